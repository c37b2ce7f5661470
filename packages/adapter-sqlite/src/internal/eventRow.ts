import * as E from 'fp-ts/lib/Either.js'
import type { EventMetadata, RecordedEvent, StoreError } from '@clientele/core'

/** The columns every read selects, in the order {@link recordedEventOf} expects. */
export const EVENT_COLUMNS = 'position, stream, revision, id, type, data, metadata, recorded_at'

const MAX_SAFE_REVISION = BigInt(Number.MAX_SAFE_INTEGER)

/** A row as better-sqlite3 returns it in raw mode with safe integers: cells in {@link EVENT_COLUMNS} order. */
export type EventRow = ReadonlyArray<unknown>

/**
 * The event a stored row holds, checked: the file may have been edited by
 * hand or by another program, and a bad row must become a Left, not a crash
 * somewhere in a projection. The reason names the position and the column,
 * never the value.
 */
export const recordedEventOf = (row: EventRow): E.Either<StoreError, RecordedEvent> => {
  const [position, stream, revision, id, type, data, metadata, recordedAt] = row
  if (typeof position !== 'bigint') return invalid('?', 'position')
  if (typeof stream !== 'string' || stream.length === 0) return invalid(position, 'stream')
  if (typeof revision !== 'bigint' || revision < 0n || revision > MAX_SAFE_REVISION) {
    return invalid(position, 'revision')
  }
  if (typeof id !== 'string' || id.length === 0) return invalid(position, 'id')
  if (typeof type !== 'string' || type.length === 0) return invalid(position, 'type')
  if (typeof recordedAt !== 'string') return invalid(position, 'recorded_at')
  const parsedData = parseJson(data)
  if (parsedData === notJson) return invalid(position, 'data')
  const parsedMetadata = parseJson(metadata)
  if (!isMetadata(parsedMetadata)) return invalid(position, 'metadata')
  return E.right({
    id,
    type,
    data: parsedData,
    metadata: parsedMetadata,
    stream,
    revision: Number(revision),
    position,
    recordedAt,
  })
}

const notJson: unique symbol = Symbol('not JSON')

const parseJson = (text: unknown): unknown => {
  if (typeof text !== 'string') return notJson
  try {
    return JSON.parse(text) as unknown
  } catch {
    return notJson
  }
}

const isMetadata = (value: unknown): value is EventMetadata => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const schemaVersion = (value as { readonly schemaVersion?: unknown }).schemaVersion
  return typeof schemaVersion === 'number' && Number.isInteger(schemaVersion) && schemaVersion >= 1
}

const invalid = (position: bigint | string, column: string): E.Either<StoreError, never> =>
  E.left({ _tag: 'StoreFailure', reason: `the stored event at position ${position} is invalid (${column})` })

/** Every row's event, or the first row's problem. */
export const recordedEventsOf = (rows: ReadonlyArray<EventRow>): E.Either<StoreError, ReadonlyArray<RecordedEvent>> => {
  const events: RecordedEvent[] = new Array<RecordedEvent>(rows.length)
  for (let i = 0; i < rows.length; i += 1) {
    const event = recordedEventOf(rows[i] ?? [])
    if (E.isLeft(event)) return event
    events[i] = event.right
  }
  return E.right(events)
}

/** Checks each row and adds its event to `events`; the first bad row stops it. */
export const appendRecordedEvents = (events: RecordedEvent[], rows: ReadonlyArray<EventRow>): E.Either<StoreError, void> => {
  for (let i = 0; i < rows.length; i += 1) {
    const event = recordedEventOf(rows[i] ?? [])
    if (E.isLeft(event)) return event
    events.push(event.right)
  }
  return E.right(undefined)
}
