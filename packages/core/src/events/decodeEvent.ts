import * as E from 'fp-ts/lib/Either.js'
import type * as t from 'io-ts'
import type { RecordedEvent } from '../eventStore/recordedEvent.js'
import { type Problem, problemsOf } from '../internal/problems.js'
import { type CustomerEvent, customerEventCodecs, isCustomerEventType } from './customerEvent.js'
import { type SchemaVersions, schemaVersions } from './schemaVersions.js'

/**
 * A stored event that no longer decodes: where it is and why, so that an
 * operator can find it. Holds no event data.
 *
 * @since 0.1.0
 * @category events
 */
export interface StoredEventInvalid {
  readonly _tag: 'StoredEventInvalid'
  readonly stream: string
  readonly revision: number
  readonly type: string
  readonly problems: ReadonlyArray<Problem>
}

/** What `StoredEventInvalid.type` says of a stored type that is not a customer event type. @since 0.1.0 @category events */
export const UNKNOWN_TYPE = '(not a customer event type)'

const invalidEvent = (
  recorded: Pick<RecordedEvent, 'type' | 'stream' | 'revision'>,
  problems: ReadonlyArray<Problem>,
): E.Either<StoredEventInvalid, never> =>
  // The stored type is repeated only when it is one of ours: anything else
  // could be any text written past this code (a name, a phone).
  E.left({ _tag: 'StoredEventInvalid', stream: recorded.stream, revision: recorded.revision, type: isCustomerEventType(recorded.type) ? recorded.type : UNKNOWN_TYPE, problems })

/**
 * Decodes a stored event into a domain event, upcasting older schema
 * versions first.
 *
 * @since 0.1.0
 * @category events
 */
export const decodeRecordedEvent = (
  recorded: Pick<RecordedEvent, 'type' | 'data' | 'metadata' | 'stream' | 'revision'>,
  versions: SchemaVersions = schemaVersions,
): E.Either<StoredEventInvalid, CustomerEvent> => {
  const type = recorded.type
  // Metadata is checked like the rest: a store may hand back null.
  const stored = (recorded.metadata as Partial<RecordedEvent['metadata']> | null | undefined)?.schemaVersion as number
  if (isCustomerEventType(type) && stored === versions.current[type]) {
    // The common case: a valid event of the current version, in normal form.
    // `is` confirms that without allocating; the rest pay for a full validation.
    const codec = customerEventCodecs[type].props.data as unknown as t.Type<unknown, unknown, unknown>
    if (codec.is(recorded.data)) return E.right({ type, data: recorded.data } as CustomerEvent)
  }
  const invalid = (problems: ReadonlyArray<Problem>) => invalidEvent(recorded, problems)
  if (!isCustomerEventType(type)) return invalid([{ path: 'type', reason: 'is not a known customer event type' }])
  const current = versions.current[type]
  if (!Number.isInteger(stored) || stored < 1)
    return invalid([{ path: 'metadata.schemaVersion', reason: 'must be a whole number of at least 1' }])
  if (stored > current)
    return invalid([{ path: 'metadata.schemaVersion', reason: `is newer than this code knows (${current})` }])
  let data = recorded.data
  for (let v = stored; v < current; v++) {
    const upcast = versions.upcasters[type]?.[v]
    if (upcast === undefined) return invalid([{ path: 'metadata.schemaVersion', reason: `has no upcaster from version ${v}` }])
    data = upcast(data)
  }
  const dataCodec = customerEventCodecs[type].props.data as unknown as t.Type<unknown, unknown, unknown>
  const decoded = dataCodec.decode(data)
  return E.isRight(decoded)
    ? E.right({ type, data: decoded.right } as CustomerEvent)
    : invalid(problemsOf(decoded.left).map((p) => ({ path: p.path === '' ? 'data' : `data.${p.path}`, reason: p.reason })))
}
