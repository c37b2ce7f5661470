import { validate as isUuidOfAnyCase } from 'uuid'
import type { ExpectedRevision } from './expectedRevision.js'
import type { EventToAppend } from './recordedEvent.js'

// The checks every store adapter makes before anything is written, kept once
// here so that every adapter refuses the same appends with the same reasons.
// Every reason names the field at fault and never quotes a value: reasons end
// up in logs, and event data may hold personal data.

const optionalMetadataText = ['commandId', 'actor', 'correlationId', 'causationId'] as const

/** Deeper than any event needs; also how a cycle is refused without tracking ancestors. */
const MAX_DEPTH = 64

/**
 * Why this append is invalid, or `undefined` when it is valid. Checks the
 * stream name, an exact expected revision (a whole number from 0), that the
 * batch is non-empty, and each event's id (a uuid, not repeated in the
 * batch), type, metadata and data (which must survive a JSON round trip).
 * Arguments are `unknown` because callers in plain JavaScript can pass
 * anything.
 *
 * @example
 * invalidAppendReason('customer-1', [], { kind: 'any' }) // 'an append needs at least one event'
 *
 * @since 0.1.0
 * @category event store
 */
export const invalidAppendReason = (
  stream: unknown,
  events: unknown,
  expected: ExpectedRevision,
): string | undefined => {
  if (typeof stream !== 'string' || stream.length === 0) return 'the stream name must be a non-empty string'
  if (expected.kind === 'exact' && !(Number.isSafeInteger(expected.revision) && expected.revision >= 0)) {
    return 'an exact expected revision must be a whole number from 0'
  }
  if (!Array.isArray(events)) return 'the events must be an array'
  if (events.length === 0) return 'an append needs at least one event'
  const firstIndexById = new Map<string, number>()
  for (const [index, event] of (events as ReadonlyArray<unknown>).entries()) {
    const reason = invalidEventReason(event, `events[${index}]`)
    if (reason !== undefined) return reason
    const id = (event as EventToAppend).id
    const earlier = firstIndexById.get(id)
    // A batch that names one id twice could never be stored as written, nor
    // be matched by an idempotent retry, so it is malformed.
    if (earlier !== undefined) return `events[${index}].id repeats events[${earlier}].id`
    firstIndexById.set(id, index)
  }
  return undefined
}

const invalidEventReason = (event: unknown, at: string): string | undefined => {
  if (!isPlainRecord(event)) return `${at} must be an object`
  if (typeof event['id'] !== 'string' || !isUuidOfAnyCase(event['id'])) return `${at}.id must be a uuid`
  if (typeof event['type'] !== 'string' || event['type'].length === 0) return `${at}.type must be a non-empty string`
  const metadata = event['metadata']
  if (!isPlainRecord(metadata)) return `${at}.metadata must be an object`
  const schemaVersion = metadata['schemaVersion']
  if (typeof schemaVersion !== 'number' || !Number.isInteger(schemaVersion) || schemaVersion < 1) {
    return `${at}.metadata.schemaVersion must be a positive integer`
  }
  for (const key of optionalMetadataText) {
    const value = metadata[key]
    if (value !== undefined && typeof value !== 'string') return `${at}.metadata.${key} must be a string`
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
 * Whether `value` comes back from JSON text as it went in, as it must for
 * stores that keep data as text. Stricter than "JSON.stringify does not
 * throw": a Date, a Map, NaN or a class instance would come back as something
 * else. Object properties holding `undefined` are allowed and dropped, as JSON
 * does. A cycle (or absurd nesting) exceeds `MAX_DEPTH` and is refused.
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
      if (Array.isArray(value)) {
        for (const item of value) if (item === undefined || !survivesJson(item, depth + 1)) return false
        return true
      }
      if (!isPlainRecord(value)) return false
      for (const key in value) {
        const item = value[key]
        if (item !== undefined && !survivesJson(item, depth + 1)) return false
      }
      return true
    }
    default:
      return false
  }
}
