import { invalidAppendReason as invalidForEveryStore } from '@clientele/core'
import type { ExpectedRevision } from '@clientele/core'

// The port's own checks (shared by every adapter, in @clientele/core), then
// EventStoreDB's: names starting with $ belong to the server. Reasons name
// the field at fault and never quote a value.

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
  const reason = invalidForEveryStore(stream, events, expected)
  if (reason !== undefined) return reason
  // Valid for every store: a non-empty string and an array of events.
  if ((stream as string).startsWith('$')) return 'the stream name must not start with $ (system streams are the server’s)'
  for (const [index, event] of (events as ReadonlyArray<{ readonly type: string }>).entries()) {
    if (event.type.startsWith('$')) return `events[${index}].type must not start with $ (system event types are the server’s)`
  }
  return undefined
}
