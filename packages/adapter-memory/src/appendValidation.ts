import { validate as isUuid } from 'uuid'
import type { EventToAppend } from '@clientele/core'

// Checks an append before anything is stored. Every reason names the field at
// fault and never quotes a value: a reason ends up in logs, and event data may
// hold personal data.

const optionalMetadataStrings = ['commandId', 'actor', 'correlationId', 'causationId'] as const

/**
 * Why this append is invalid, or `undefined` when it is valid. Checks the
 * stream name, that the batch is non-empty, and each event's id (a uuid, not
 * repeated in the batch), type, metadata and data.
 *
 * @since 0.1.0
 * @category validation
 */
export const invalidAppendReason = (stream: unknown, events: unknown): string | undefined => {
  if (typeof stream !== 'string' || stream.length === 0) return 'the stream name must be a non-empty string'
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
  if (!isRecord(event)) return `${at} must be an object`
  if (typeof event['id'] !== 'string' || !isUuid(event['id'])) return `${at}.id must be a uuid`
  if (typeof event['type'] !== 'string' || event['type'].length === 0) return `${at}.type must be a non-empty string`
  const metadata = event['metadata']
  if (!isRecord(metadata)) return `${at}.metadata must be an object`
  const schemaVersion = metadata['schemaVersion']
  if (typeof schemaVersion !== 'number' || !Number.isInteger(schemaVersion) || schemaVersion < 1) {
    return `${at}.metadata.schemaVersion must be a positive integer`
  }
  for (const key of optionalMetadataStrings) {
    const value = metadata[key]
    if (value !== undefined && typeof value !== 'string') return `${at}.metadata.${key} must be a string`
  }
  if (!isJson(metadata, 0)) return `${at}.metadata must be JSON`
  if (!('data' in event) || !isJson(event['data'], 0)) {
    return `${at}.data must be JSON (plain objects, arrays, strings, finite numbers, booleans, null)`
  }
  return undefined
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

// Deeper than any event has reason to be; also how a cycle is caught, without
// keeping a set of ancestors for every event appended.
const MAX_DEPTH = 64

/**
 * Whether `value` survives a JSON round trip unchanged, as it must for stores
 * that keep data as text. Stricter than "JSON.stringify does not throw": a
 * Date, a Map, NaN or a class instance would come back as something else.
 * Object properties holding `undefined` are allowed and dropped, as JSON does.
 * A cycle (or absurd nesting) exceeds `MAX_DEPTH` and is refused.
 */
const isJson = (value: unknown, depth: number): boolean => {
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
        for (const item of value) if (item === undefined || !isJson(item, depth + 1)) return false
        return true
      }
      if (!isPlainObject(value)) return false
      for (const key in value) {
        const item = (value as Record<string, unknown>)[key]
        if (item !== undefined && !isJson(item, depth + 1)) return false
      }
      return true
    }
    default:
      return false
  }
}

const isPlainObject = (value: object): boolean => {
  const prototype: unknown = Object.getPrototypeOf(value)
  return prototype === Object.prototype || prototype === null
}

/**
 * A deep copy that shares nothing with the caller's value, deep-frozen so that
 * the stored history can be handed out to readers without copying again.
 *
 * @since 0.1.0
 * @category validation
 */
export const frozenJsonCopy = <A>(value: A): A => deepFreeze(JSON.parse(JSON.stringify(value)) as A)

/**
 * Freezes `value` and everything reachable from it; returns it.
 *
 * @since 0.1.0
 * @category validation
 */
export const deepFreeze = <A>(value: A): A => {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const item of Object.values(value)) deepFreeze(item)
  }
  return value
}
