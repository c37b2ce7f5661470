import type * as E from 'fp-ts/lib/Either.js'

/**
 * A decider as a plain record: where a stream starts, how a fact changes it,
 * and what a command decides given the state.
 *
 * @since 0.1.0
 * @category customer
 */
export interface Decider<Command, Event, State, Error> {
  readonly initialState: State
  /** Never fails: events are facts. */
  readonly evolve: (state: State, event: Event) => State
  /** An empty array means "nothing to do" (the command was already applied). */
  readonly decide: (command: Command, state: State) => E.Either<Error, ReadonlyArray<Event>>
}

/** Folds events into a state. @since 0.1.0 @category customer */
export const foldEvents = <Event, State>(
  decider: Pick<Decider<unknown, Event, State, unknown>, 'evolve'>,
  state: State,
  events: Iterable<Event>,
): State => {
  let s = state
  for (const e of events) s = decider.evolve(s, e)
  return s
}
