import { fc, test } from '@fast-check/vitest'
import * as E from 'fp-ts/lib/Either.js'
import { expect } from 'vitest'
import { customerCommandArb, customerEventArb, customerHistoryArb } from '../testing/arbitraries/index.js'
import { customerDecider } from './customerDecider.js'
import { foldEvents } from './decider.js'

const fold = (events: Parameters<typeof customerDecider.evolve>[1][], from = customerDecider.initialState) => foldEvents(customerDecider, from, events)

// A history and a command for the same customer (the command may or may not be accepted).
const historyAndCommand = customerHistoryArb().chain((h) => customerCommandArb(h.customerId).map((command) => ({ ...h, command })))

test.prop([historyAndCommand], { numRuns: 300 })('re-running a command after its events were applied decides nothing new', ({ events, command }) => {
  const state = fold([...events])
  const first = customerDecider.decide(command, state)
  fc.pre(E.isRight(first))
  if (E.isLeft(first)) return
  const after = fold([...first.right], state)
  expect(customerDecider.decide(command, after)).toEqual(E.right([]))
})

test.prop([historyAndCommand], { numRuns: 300 })('a refused command leaves nothing to append, an accepted one only events of its customer', ({ events, command, customerId }) => {
  const decision = customerDecider.decide(command, fold([...events]))
  if (E.isRight(decision)) for (const e of decision.right) expect(e.data.customerId).toBe(customerId)
  else expect(typeof decision.left._tag).toBe('string')
})

test.prop([customerHistoryArb()], { numRuns: 200 })('every event of a decided history was accepted by the decider on the state before it', ({ commands, events }) => {
  // Replaying the commands decides exactly the same events again: decisions are deterministic.
  let state = customerDecider.initialState
  const replayed = []
  for (const command of commands) {
    const decision = customerDecider.decide(command, state)
    if (E.isLeft(decision)) continue
    for (const e of decision.right) {
      replayed.push(e)
      state = customerDecider.evolve(state, e)
    }
  }
  expect(replayed).toEqual(events)
})

test.prop([fc.array(customerEventArb, { maxLength: 40 })], { numRuns: 300 })('evolve never fails and replay is deterministic, whatever the events', (events) => {
  const once = fold(events)
  const twice = fold(events)
  expect(twice).toEqual(once)
})
