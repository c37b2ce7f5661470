// EventStoreDB does not refuse an event id that another stream already holds
// (its own duplicate check, for `any`, is a cache of recent ids in the same
// stream). The port promises DuplicateEventId for that case, so the adapter
// keeps a bounded memory of the ids it has appended itself, and refuses one
// that comes back for another stream. It is a safety net, not a guarantee:
// ids written by other processes, or forgotten, go unnoticed.

/**
 * The streams of the most recently appended ids, least recent dropped first.
 *
 * @since 0.1.0
 * @category idempotence
 */
export interface KnownIds {
  /** The first id of `ids` that this memory places in a stream other than `stream`. */
  readonly inOtherStream: (stream: string, ids: ReadonlyArray<string>) => string | undefined
  readonly remember: (stream: string, ids: ReadonlyArray<string>) => void
}

/**
 * A memory of at most `capacity` ids.
 *
 * @since 0.1.0
 * @category idempotence
 */
export const createKnownIds = (capacity: number): KnownIds => {
  // A Map iterates in insertion order: re-inserting an id makes it the most recent.
  const streamById = new Map<string, string>()
  return {
    inOtherStream: (stream, ids) => ids.find((id) => {
      const known = streamById.get(id)
      return known !== undefined && known !== stream
    }),
    remember: (stream, ids) => {
      if (capacity <= 0) return
      for (const id of ids) {
        streamById.delete(id)
        streamById.set(id, stream)
      }
      for (const oldest of streamById.keys()) {
        if (streamById.size <= capacity) break
        streamById.delete(oldest)
      }
    },
  }
}
