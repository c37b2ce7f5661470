// Which events of `$all` belong to Clientele. `$all` holds the server's own
// events (streams and types starting with `$`), and a database may be shared
// with other programs; reads of `$all` and subscriptions keep only the
// selected streams.

/**
 * The streams `readAll` and `subscribeToAll` deliver: those whose name starts
 * with one of the prefixes, or every stream that is not a system stream.
 * Events whose type starts with `$` are never delivered.
 *
 * @since 0.1.0
 * @category model
 */
export type StreamSelection = ReadonlyArray<string> | 'allUserStreams'

/**
 * Clientele's own streams: one per customer, `customer-<id>`.
 *
 * @since 0.1.0
 * @category model
 */
export const clienteleStreams: StreamSelection = ['customer-']

/**
 * The test for one event, built once per read.
 *
 * @since 0.1.0
 * @category model
 */
export const selects = (selection: StreamSelection): ((stream: string, type: string) => boolean) => {
  if (selection === 'allUserStreams') return (stream, type) => !stream.startsWith('$') && !type.startsWith('$')
  const prefixes = selection.filter((prefix) => prefix.length > 0 && !prefix.startsWith('$'))
  if (prefixes.length === 1) {
    const [only = ''] = prefixes
    return (stream, type) => stream.startsWith(only) && !type.startsWith('$')
  }
  return (stream, type) => !type.startsWith('$') && prefixes.some((prefix) => stream.startsWith(prefix))
}
