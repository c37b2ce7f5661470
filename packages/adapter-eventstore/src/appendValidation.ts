import { validate as isUuid } from 'uuid'
import type { EventToAppend, ExpectedRevision } from '@clientele/core'

// The checks every port adapter makes before anything is written (the memory
// store makes the same ones). Reasons name the field at fault and never
// quote a value: event data may hold personal data, and reasons are logged.

const optionalMetadataText = ['commandId', 'actor', 'correlationId', 'causationId'] as const

/** Deeper than any event needs; also how a cycle is refused without tracking ancestors. */
const MAX_DEPTH = 64

/**
 * Why this append cannot be sent, or undefined when it can.
 *
 * @since 0.1.0
 * @category validation
 */
export const invalidAppendReason = (
  stream: unknown,
  events: unknown,
  expected: ExpectedRevision,
): string | undefined => {
  if (typeof stream !== 'string' || stream.length === 0) return 'the stream name must be a non-empty string'
  if (stream.startsWith('$')) return 'the stream name must not start with $ (system streams are the server’s)'
  if (expected.kind === 'exact' && !(Number.isSafeInteger(expected.revision) && expected.revision >= 0)) {
    return 'an exact expected revision must be a whole number from 0'
  }
  if (!Array.isArray(events)) return 'the events must be an array'
  if (events.length === 0) return 'an append needs at least one event'
  const seen = new Map<string, number>()
  for (const [index, event] of (events as ReadonlyArray<unknown>).entries()) {
    const reason = invalidEventReason(event, `events[${index}]`)
    if (reason !== undefined) return reason
    const id = (event as EventToAppend).id
    const earlier = seen.get(id)
    if (earlier !== undefined) return `events[${index}].id repeats events[${earlier}].id`
    seen.set(id, index)
  }
  return undefined
}

const invalidEventReason = (event: unknown, at: string): string | undefined => {
  if (!isPlainRecord(event)) return `${at} must be an object`
  if (typeof event['id'] !== 'string' || !isUuid(event['id'])) return `${at}.id must be a uuid`
  const type = event['type']
  if (typeof type !== 'string' || type.length === 0) return `${at}.type must be a non-empty string`
  if (type.startsWith('$')) return `${at}.type must not start with $ (system event types are the server’s)`
  const metadata = event['metadata']
  if (!isPlainRecord(metadata)) return `${at}.metadata must be an object`
  const schemaVersion = metadata['schemaVersion']
  if (typeof schemaVersion !== 'number' || !Number.isInteger(schemaVersion) || schemaVersion < 1) {
    return `${at}.metadata.schemaVersion must be a positive integer`
  }
  for (const key of optionalMetadataText) {
    if (metadata[key] !== undefined && typeof metadata[key] !== 'string') return `${at}.metadata.${key} must be a string`
  }
  if (!survivesJson(metadata, 0)) return `${at}.metadata must be JSON`
  if (!('data' in event) || !survivesJson(event['data'], 0)) {
    return `${at}.data must be JSON (plain objects, arrays, strings, finite numbers, booleans, null)`
  }
  return undefined
}

const isPlainRecord = (value: unknown): value is Record<string, unknown> => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const prototype: unknown = Object.getPrototypeOf(value)
  return prototype === Object.prototype || prototype === null
}

/**
 * Whether `value` comes back from JSON text as it went in: the server keeps
 * data as JSON text. A Date, a Map, NaN or a class instance would come back
 * as something else, so they are refused. Properties holding undefined are
 * dropped, as JSON does.
 */
const survivesJson = (value: unknown, depth: number): boolean => {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true
    case 'number':
      return Number.isFinite(value)
    case 'object': {
      if (value === null) return true
      if (depth >= MAX_DEPTH) return false
      if (Array.isArray(value)) return value.every((item) => item !== undefined && survivesJson(item, depth + 1))
      if (!isPlainRecord(value)) return false
      return Object.values(value).every((item) => item === undefined || survivesJson(item, depth + 1))
    }
    default:
      return false
  }
}
