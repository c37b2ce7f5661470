import * as E from 'fp-ts/lib/Either.js'
import type { EventMetadata, EventToAppend, RecordedEvent, StoreError } from '@clientele/core'
import type { ClientEventData, ClientRecordedEvent, ClientResolvedEvent } from './client.js'
import { portPositionOf } from './positions.js'
import { portRevisionOf } from './revisions.js'

/**
 * An event as the clients append it: JSON data, the metadata as JSON beside
 * it, the port's id as the server's event id.
 *
 * @since 0.1.0
 * @category mapping
 */
export const clientEventOf = (event: EventToAppend): ClientEventData => ({
  id: event.id,
  contentType: 'application/json',
  type: event.type,
  data: event.data,
  metadata: event.metadata,
})

/**
 * The port's event for one a client read: undefined when the read yielded no
 * event (a link to a deleted event, say) or no position; a Left when the
 * stored event is not one the port can hand out. A stream may have been
 * written by another program, and a bad event must be a Left here, not a
 * crash somewhere in a projection. As in the SQLite store, the reason names
 * the position and the field at fault, never a value.
 *
 * NOTE: the clients give back data that is not valid JSON as the raw text
 * (a string), which cannot be told apart from a stored JSON string; such an
 * event passes here and fails to decode in `decodeRecordedEvent` (`data`).
 *
 * @since 0.1.0
 * @category mapping
 */
export const recordedEventOf = (resolved: ClientResolvedEvent): E.Either<StoreError, RecordedEvent> | undefined => {
  const event = resolved.event
  const position = portPositionOf(resolved)
  if (event === undefined || position === undefined) return undefined
  const problem = problemOf(event)
  if (problem !== undefined) {
    return E.left({ _tag: 'StoreFailure', reason: `the stored event at position ${position} is invalid (${problem})` })
  }
  return E.right({
    id: event.id,
    type: event.type,
    data: event.data,
    metadata: event.metadata as EventMetadata,
    stream: event.streamId,
    revision: portRevisionOf(event.revision),
    position,
    recordedAt: event.created.toISOString(),
  })
}

/** What is wrong with a stored event, field first, or undefined when nothing is. */
const problemOf = (event: ClientRecordedEvent): string | undefined => {
  // The clients parse JSON data only when the content type says JSON; anything else arrives as bytes.
  if (!event.isJson || event.data instanceof Uint8Array) return 'data: not stored as JSON'
  const metadata = event.metadata
  // No metadata arrives as undefined; metadata that is not JSON arrives as its bytes.
  if (metadata === undefined) return 'metadata: missing'
  if (metadata instanceof Uint8Array) return 'metadata: not JSON'
  if (typeof metadata !== 'object' || metadata === null || Array.isArray(metadata)) return 'metadata: not a JSON object'
  const schemaVersion = (metadata as { readonly schemaVersion?: unknown }).schemaVersion
  if (typeof schemaVersion !== 'number' || !Number.isInteger(schemaVersion) || schemaVersion < 1) {
    return 'metadata.schemaVersion: not a whole number from 1'
  }
  return undefined
}
