import type { EventMetadata, EventToAppend, RecordedEvent } from '@clientele/core'
import type { ClientEventData, ClientResolvedEvent } from './client.js'
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
 * The port's event for one a client read, or undefined when the read
 * yielded no event (a link to a deleted event, say) or no position.
 * Metadata that is not a JSON object (an event some other program wrote)
 * comes back as an empty object, so decoding it reports the missing schema
 * version instead of failing here.
 *
 * @since 0.1.0
 * @category mapping
 */
export const recordedEventOf = (resolved: ClientResolvedEvent): RecordedEvent | undefined => {
  const event = resolved.event
  const position = portPositionOf(resolved)
  if (event === undefined || position === undefined) return undefined
  const metadata = event.metadata
  return {
    id: event.id,
    type: event.type,
    data: event.data,
    metadata: (isObject(metadata) ? metadata : {}) as EventMetadata,
    stream: event.streamId,
    revision: portRevisionOf(event.revision),
    position,
    recordedAt: event.created.toISOString(),
  }
}

const isObject = (value: unknown): value is object =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array)
