import * as E from 'fp-ts/lib/Either.js'
import type { ReadAllOptions, RecordedEvent, StoreError } from '@clientele/core'
import type { EventStoreDbClient } from './client.js'
import { cancelRead } from './clientReads.js'
import { recordedEventOf } from './eventMapping.js'
import { portPositionOf, startingAt } from './positions.js'
import { storeErrorOf } from './storeErrors.js'

/**
 * One page of `$all` as the server holds it: the selected events strictly
 * after `after`, and how far the page got.
 *
 * @since 0.1.0
 * @category reads
 */
export interface AllPage {
  readonly events: ReadonlyArray<RecordedEvent>
  /** The position of the last event read, selected or not; undefined when none was. */
  readonly scannedTo: bigint | undefined
  /** Whether the read reached the end of `$all`. */
  readonly exhausted: boolean
}

/**
 * Reads up to `limit` events of `$all` (selected or not) strictly after
 * `after`, keeping the selected ones. Reads of `$all` include their start
 * position, so the event at `after` itself is read again and skipped. A
 * selected event that is not valid is a Left (skipped ones are not checked:
 * they are not Clientele's). Client errors are thrown, for the caller to map.
 *
 * @since 0.1.0
 * @category reads
 */
export const readAllPage = async (
  client: EventStoreDbClient,
  after: bigint | undefined,
  limit: number | undefined,
  selected: (stream: string, type: string) => boolean,
): Promise<E.Either<StoreError, AllPage>> => {
  const fromPosition = startingAt(after)
  // One more than asked for, when starting at an event that will be skipped.
  const request = limit === undefined ? undefined : fromPosition === 'start' ? limit : limit + 1
  const events: RecordedEvent[] = []
  let scannedTo: bigint | undefined
  let received = 0
  const read = client.readAll({ direction: 'forwards', fromPosition, ...(request !== undefined && { maxCount: request }) })
  for await (const resolved of read) {
    received += 1
    const position = portPositionOf(resolved)
    if (position === undefined || (after !== undefined && position <= after)) continue
    if (limit !== undefined && events.length >= limit) {
      // `after` was not an event's position, so nothing was skipped: the extra event is left for the next page.
      await cancelRead(read)
      return E.right({ events, scannedTo, exhausted: false })
    }
    scannedTo = position
    const event = resolved.event
    if (event === undefined || !selected(event.streamId, event.type)) continue
    const recorded = recordedEventOf(resolved)
    if (recorded === undefined) continue
    if (E.isLeft(recorded)) {
      await cancelRead(read)
      return recorded
    }
    events.push(recorded.right)
  }
  return E.right({ events, scannedTo, exhausted: request === undefined || received < request })
}

/**
 * The port's `readAll`: the selected events strictly after `after`, at most
 * `maxCount` of them. Skipped events (system events, other programs'
 * streams) do not count against `maxCount`: the read goes on until it has
 * `maxCount` selected events or reaches the end.
 *
 * @since 0.1.0
 * @category reads
 */
export const readAllEvents = async (
  client: EventStoreDbClient,
  options: ReadAllOptions,
  selected: (stream: string, type: string) => boolean,
): Promise<E.Either<StoreError, ReadonlyArray<RecordedEvent>>> => {
  const maxCount = options.maxCount === undefined ? undefined : Math.max(0, Math.floor(options.maxCount))
  if (maxCount === 0) return E.right([])
  try {
    const events: RecordedEvent[] = []
    let after = options.after
    for (;;) {
      const remaining = maxCount === undefined ? undefined : maxCount - events.length
      const read = await readAllPage(client, after, remaining, selected)
      if (E.isLeft(read)) return read
      const page = read.right
      events.push(...page.events)
      if (page.exhausted || page.scannedTo === undefined || (maxCount !== undefined && events.length >= maxCount)) {
        return E.right(events)
      }
      after = page.scannedTo
    }
  } catch (error) {
    return E.left(storeErrorOf(error, { operation: 'readAll' }))
  }
}
