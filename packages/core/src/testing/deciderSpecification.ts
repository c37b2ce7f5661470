import * as E from 'fp-ts/lib/Either.js'
import { expect } from 'vitest'
import type { Decider } from '../customer/decider.js'

/**
 * Given/when/then for deciders: given past events, when a command arrives,
 * then these events are decided (or this error).
 *
 * @example
 * const spec = deciderSpecification(customerDecider)
 * spec.given([registered]).when(logPurchase).then([purchaseLogged])
 *
 * @since 0.1.0
 * @category testing
 */
export const deciderSpecification = <C, Ev, S, Err>(decider: Decider<C, Ev, S, Err>) => ({
  given: (events: ReadonlyArray<Ev>) => ({
    when: (command: C) => {
      const decide = () => {
        let state = decider.initialState
        for (const e of events) state = decider.evolve(state, e)
        return decider.decide(command, state)
      }
      return {
        /** The command decides exactly these events. */
        then: (expected: ReadonlyArray<Ev>): void => {
          expect(decide()).toEqual(E.right(expected))
        },
        /** The command has nothing left to do (it was already applied). */
        thenNothingHappens: (): void => {
          expect(decide()).toEqual(E.right([]))
        },
        /** The command is refused with an error that matches `expected` (a partial object). */
        thenFails: (expected: Partial<Err>): void => {
          const result = decide()
          expect(E.isLeft(result), 'expected the command to be refused').toBe(true)
          if (E.isLeft(result)) expect(result.left).toMatchObject(expected as object)
        },
      }
    },
  }),
})
