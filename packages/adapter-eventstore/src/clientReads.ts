import type { ClientResolvedEvent } from './client.js'

/**
 * Ends a client read that the adapter stops consuming before its end (a page
 * is full, or a stored event is refused). Leaving the loop is not enough for
 * `@eventstore/db-client`: its read stream is destroyed but the gRPC call
 * under it stays open, paused, and the client's `dispose()` then waits for
 * it forever. Its reads have `cancel()`; the successor client's are async
 * generators, which leaving the loop already closes.
 *
 * @since 0.1.0
 * @category reads
 */
export const cancelRead = async (read: AsyncIterable<ClientResolvedEvent>): Promise<void> => {
  const cancel = (read as { readonly cancel?: unknown }).cancel
  if (typeof cancel !== 'function') return
  try {
    await (cancel as () => Promise<void>).call(read)
  } catch {
    // Already ended: nothing left to cancel.
  }
}
