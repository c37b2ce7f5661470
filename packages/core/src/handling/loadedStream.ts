import * as E from 'fp-ts/lib/Either.js'
import { customerDecider } from '../customer/customerDecider.js'
import type { CustomerState } from '../customer/customerState.js'
import { decodeRecordedEvent, type StoredEventInvalid } from '../events/decodeEvent.js'
import type { CustomerEvent } from '../events/customerEvent.js'
import type { RecordedEvent } from '../eventStore/recordedEvent.js'

/** What a command recorded, kept to answer the same command id again. */
export interface CommandOutcome {
  readonly events: ReadonlyArray<CustomerEvent>
  readonly revision: number
  readonly position: bigint
}

/**
 * A customer's stream as the handler knows it: the folded state up to a
 * revision, and the outcome of every command id seen in it.
 *
 * NOTE: the outcomes map is shared by successive values of one stream and
 * only grows: an entry is added only for events that are stored. It may know
 * a command that the state has not folded yet (a concurrent command of the
 * same handler); answering that command id with its stored outcome is right.
 */
export interface LoadedStream {
  readonly state: CustomerState
  readonly revision: number | undefined
  readonly outcomes: Map<string, CommandOutcome>
}

export const emptyStream = (): LoadedStream => ({ state: customerDecider.initialState, revision: undefined, outcomes: new Map() })

const remember = (outcomes: Map<string, CommandOutcome>, commandId: string, event: CustomerEvent, revision: number, position: bigint): void => {
  const earlier = outcomes.get(commandId)
  outcomes.set(commandId, { events: earlier === undefined ? [event] : [...earlier.events, event], revision, position })
}

/** Folds events read from the store onto what was known. */
export const extendWithRecorded = (known: LoadedStream, read: ReadonlyArray<RecordedEvent>): E.Either<StoredEventInvalid, LoadedStream> => {
  // Never fold an event twice, even if a store hands back more than was asked.
  const recorded = known.revision === undefined ? read : read.filter((r) => r.revision > (known.revision as number))
  if (recorded.length === 0) return E.right(known)
  let state = known.state
  let revision = known.revision
  const decodedEvents: CustomerEvent[] = []
  for (const r of recorded) {
    const decoded = decodeRecordedEvent(r)
    if (E.isLeft(decoded)) return decoded
    decodedEvents.push(decoded.right)
    state = customerDecider.evolve(state, decoded.right)
    revision = r.revision
  }
  // Only once everything decoded: a stream that fails to load teaches nothing.
  recorded.forEach((r, i) => {
    if (r.metadata.commandId !== undefined) remember(known.outcomes, r.metadata.commandId, decodedEvents[i]!, r.revision, r.position)
  })
  return E.right({ state, revision, outcomes: known.outcomes })
}

/** Folds the events this handler just appended, so the next command needs no re-read. */
export const extendWithAppended = (
  known: LoadedStream,
  commandId: string,
  events: ReadonlyArray<CustomerEvent>,
  lastRevision: number,
  lastPosition: bigint,
): LoadedStream => {
  let state = known.state
  for (const e of events) state = customerDecider.evolve(state, e)
  known.outcomes.set(commandId, { events, revision: lastRevision, position: lastPosition })
  return { state, revision: lastRevision, outcomes: known.outcomes }
}
