import * as E from 'fp-ts/lib/Either.js'
import type { ReadStreamOptions, RecordedEvent, StoreError } from '@clientele/core'
import type { ClientReadStreamOptions, EventStoreDbClient } from './client.js'
import { cancelRead } from './clientReads.js'
import { recordedEventOf } from './eventMapping.js'
import { isStreamNotFound, storeErrorOf } from './storeErrors.js'

/**
 * The client's options for the port's stream read, or undefined when the
 * read can only be empty (a limit of 0, or backwards from below revision 0).
 */
const clientOptionsOf = (options: ReadStreamOptions): ClientReadStreamOptions | undefined => {
  const backwards = options.direction === 'backwards'
  const maxCount = options.maxCount === undefined ? undefined : Math.max(0, Math.floor(options.maxCount))
  if (maxCount === 0) return undefined
  if (backwards && options.fromRevision !== undefined && options.fromRevision < 0) return undefined
  const fromRevision =
    options.fromRevision === undefined ? (backwards ? 'end' : 'start') : BigInt(Math.max(0, Math.floor(options.fromRevision)))
  return { direction: backwards ? 'backwards' : 'forwards', fromRevision, ...(maxCount !== undefined && { maxCount }) }
}

/**
 * Reads one stream. A stream that does not exist (or was soft-deleted) reads
 * as empty; a tombstoned one is StreamDeleted; a stored event that is not
 * valid makes the read a StoreFailure.
 *
 * @since 0.1.0
 * @category reads
 */
export const readStreamEvents = async (
  client: EventStoreDbClient,
  stream: string,
  options: ReadStreamOptions,
): Promise<E.Either<StoreError, ReadonlyArray<RecordedEvent>>> => {
  const clientOptions = clientOptionsOf(options)
  if (clientOptions === undefined) return E.right([])
  const events: RecordedEvent[] = []
  try {
    const read = client.readStream(stream, clientOptions)
    for await (const resolved of read) {
      const event = recordedEventOf(resolved)
      if (event === undefined) continue
      if (E.isLeft(event)) {
        await cancelRead(read)
        return event
      }
      events.push(event.right)
    }
    return E.right(events)
  } catch (error) {
    if (isStreamNotFound(error)) return E.right([])
    return E.left(storeErrorOf(error, { operation: 'readStream', stream }))
  }
}
