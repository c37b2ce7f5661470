import { describe, expect, it } from 'vitest'
import { foldEvents } from './decider.js'
import { customerDecider } from './customerDecider.js'
import { customerId, day, joined, purchased, registered } from './fixtures.test-support.js'

const fold = (events: Parameters<typeof customerDecider.evolve>[1][]) => foldEvents(customerDecider, customerDecider.initialState, events)

describe('evolving a customer', () => {
  it('ignores everything before the registration', () => {
    expect(fold([purchased('p1', 100)])).toEqual({ status: 'unregistered' })
  })
  it('brings a lost customer back when they buy again', () => {
    const state = fold([registered, { type: 'CustomerMarkedLost', data: { customerId, markedOn: day('2024-05-01'), reason: 'price' } }, purchased('p1', 100, '2024-06-01')])
    expect(state.status).toBe('active')
    expect(state.status === 'active' && state.lost).toBeUndefined()
  })
  it('keeps the points balance', () => {
    const state = fold([
      registered,
      joined,
      { type: 'PointsEarned', data: { customerId, entryId: 'e1' as never, points: 30, earnedOn: day('2024-03-02') } },
      { type: 'PointsRedeemed', data: { customerId, entryId: 'e2' as never, points: 12, redeemedOn: day('2024-03-03') } },
    ])
    expect(state.status === 'active' && state.pointsBalance).toBe(18)
  })
  it('keeps only the id of a forgotten customer', () => {
    const state = fold([registered, { type: 'CustomerForgotten', data: { customerId, forgottenOn: day('2024-06-01'), requestedBy: 'customer' } }, purchased('p1', 1)])
    expect(state).toEqual({ status: 'forgotten', customerId })
  })
})
