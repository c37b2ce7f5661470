import type { CustomerEvent, CustomerId } from '@clientele/core'

/**
 * A decoded event with its place in the store, as projections receive it.
 *
 * @since 0.1.0
 * @category projections
 */
export interface ProjectedEvent {
  readonly event: CustomerEvent
  readonly customerId: CustomerId
  readonly stream: string
  readonly revision: number
  readonly position: bigint
  /** When the store recorded it (ISO-8601 UTC); business days are in the event's own data. */
  readonly recordedAt: string
}

/**
 * A read model as a fold: a fresh empty state and how one event changes it.
 *
 * NOTE: `apply` updates the state in place and returns it. A shop's read
 * models hold 100,000 customers with indexes; copying them per event would
 * make rebuilding millions of events impossible. The fold is still pure in
 * what matters: no clock, no randomness, no I/O, and the same events always
 * give the same state. To keep a state while applying more (a checkpoint),
 * take a copy with `structuredClone`.
 *
 * @since 0.1.0
 * @category projections
 */
export interface Projection<S> {
  readonly name: string
  readonly init: () => S
  readonly apply: (state: S, event: ProjectedEvent) => S
}

/** Applies events in order. @since 0.1.0 @category projections */
export const applyAll = <S>(projection: Projection<S>, state: S, events: Iterable<ProjectedEvent>): S => {
  let s = state
  for (const e of events) s = projection.apply(s, e)
  return s
}
