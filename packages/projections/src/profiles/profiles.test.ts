import { fc, test } from '@fast-check/vitest'
import type { CustomerEvent, CustomerId } from '@clientele/core'
import { simulateShop } from '@clientele/core/testing'
import { describe, expect, it } from 'vitest'
import { projectedEventsOf } from '../internal/projectedEvents.test-support.js'
import { applyAll } from '../projection.js'
import { profileOf } from './profileQueries.js'
import { profiles } from './profiles.js'

const A = '11111111-1111-4111-8111-111111111111' as CustomerId
const B = '22222222-2222-4222-8222-222222222222' as CustomerId
const stream = (id: string) => `customer-${id}`
const build = (events: ReadonlyArray<CustomerEvent>) =>
  applyAll(profiles, profiles.init(), projectedEventsOf(events.map((event) => ({ stream: stream(event.data.customerId), event }))))

const registered = (customerId: CustomerId, referredBy?: CustomerId): CustomerEvent => ({
  type: 'CustomerRegistered',
  data: { customerId, kind: 'person', name: '李娜', registeredOn: '2024-01-01' as never, channel: 'walk_in', ...(referredBy && { referredBy }) },
})
const purchased = (customerId: CustomerId, purchaseId: string, amount: number, on: string): CustomerEvent => ({
  type: 'PurchaseLogged',
  data: { customerId, purchaseId: purchaseId as never, purchasedOn: on as never, amount: { amount, currency: 'CNY' }, items: [], occasion: 'self' },
})

describe('a customer profile', () => {
  it('keeps the bill, totals net of refunds, first and last purchase', () => {
    const state = build([
      registered(A),
      purchased(A, 'p1', 10000, '2024-02-01'),
      purchased(A, 'p2', 5000, '2024-01-15'),
      { type: 'PurchaseRefunded', data: { customerId: A, purchaseId: 'p1' as never, refundId: 'r1' as never, refundedOn: '2024-02-02' as never, amount: { amount: 3000, currency: 'CNY' }, reason: 'damaged' } },
    ])
    const found = profileOf(state, A)
    expect(found._tag).toBe('Found')
    if (found._tag !== 'Found') return
    expect(found.profile.totals).toMatchObject({ gross: 15000, refunded: 3000, net: 12000, count: 2, averageTicket: 6000, firstPurchaseOn: '2024-01-15', lastPurchaseOn: '2024-02-01' })
    expect(found.profile.purchases.map((d, i) => [d.purchaseId, found.profile.purchaseRefunded[i]])).toEqual([['p1', 3000], ['p2', 0]])
  })

  it('links referrals either way round', () => {
    const state = build([registered(B, A), registered(A)])
    expect(profileOf(state, A)).toMatchObject({ profile: { referralsMade: [B] } })
  })

  it('keeps nothing but the id of a forgotten customer', () => {
    const state = build([registered(A), registered(B, A), { type: 'CustomerForgotten', data: { customerId: B, forgottenOn: '2024-03-01' as never, requestedBy: 'customer' } }])
    expect(profileOf(state, B)).toEqual({ _tag: 'Forgotten', customerId: B })
    expect(profileOf(state, A)).toMatchObject({ profile: { referralsMade: [] } })
    expect(JSON.stringify([...state.profiles.values()].map((p) => p.customerId))).not.toContain(B)
  })

  it('drops a forgotten customer from a referral still waiting for the referrer to register', () => {
    const forgetB = { type: 'CustomerForgotten', data: { customerId: B, forgottenOn: '2024-03-01' as never, requestedBy: 'customer' } } as CustomerEvent
    const state = build([registered(B, A), forgetB, registered(A)])
    expect(profileOf(state, A)).toMatchObject({ profile: { referralsMade: [] } })
    expect(state.pendingReferrals.size).toBe(0)
  })
})

const shopArb = fc.record({ seed: fc.integer({ min: 1, max: 1_000_000 }), customers: fc.integer({ min: 5, max: 40 }), days: fc.integer({ min: 30, max: 200 }) })

test.prop([shopArb], { numRuns: 25 })('totals, status and referrals equal a brute-force scan of the history', ({ seed, customers, days }) => {
  const shop = simulateShop({ seed, customers, days })
  const state = applyAll(profiles, profiles.init(), projectedEventsOf(shop.events))
  for (const customerId of shop.customerIds) {
    const own = shop.events.filter((e) => e.event.data.customerId === customerId).map((e) => e.event)
    const found = profileOf(state, customerId)
    if (own.some((e) => e.type === 'CustomerForgotten')) {
      expect(found._tag).toBe('Forgotten')
      continue
    }
    expect(found._tag).toBe('Found')
    if (found._tag !== 'Found') continue
    const purchases = own.flatMap((e) => (e.type === 'PurchaseLogged' ? [e.data] : []))
    const refunds = own.flatMap((e) => (e.type === 'PurchaseRefunded' ? [e.data] : []))
    const gross = purchases.reduce((n, p) => n + p.amount.amount, 0)
    const refunded = refunds.reduce((n, r) => n + r.amount.amount, 0)
    const days = purchases.map((p) => p.purchasedOn).sort()
    expect(found.profile.totals).toMatchObject({ gross, refunded, net: gross - refunded, count: purchases.length, firstPurchaseOn: days[0], lastPurchaseOn: days.at(-1) })
    const lastStatusEvent = own.filter((e) => e.type === 'CustomerMarkedLost' || e.type === 'PurchaseLogged').at(-1)
    expect(found.profile.status).toBe(lastStatusEvent?.type === 'CustomerMarkedLost' ? 'lost' : 'active')
    const referred = shop.events
      .filter((e) => e.event.type === 'CustomerRegistered' && e.event.data.referredBy === customerId)
      .map((e) => e.event.data.customerId)
      .filter((id) => state.profiles.has(id))
    expect([...found.profile.referralsMade].sort()).toEqual(referred.sort())
    const earned = own.reduce((n, e) => n + (e.type === 'PointsEarned' ? e.data.points : e.type === 'PointsRedeemed' || e.type === 'PointsExpired' ? -e.data.points : 0), 0)
    expect(found.profile.points.balance).toBe(earned)
  }
})

test.prop([shopArb, fc.array(fc.integer({ min: 0, max: 100 }), { maxLength: 6 })], { numRuns: 25 })(
  'built in one pass equals built in any split of batches, and resumed from a copied checkpoint',
  ({ seed, customers, days }, cuts) => {
    const events = projectedEventsOf(simulateShop({ seed, customers, days }).events)
    const whole = applyAll(profiles, profiles.init(), events)
    const points = [...new Set(cuts.map((c) => Math.floor((c / 100) * events.length)))].sort((a, b) => a - b)
    let state = profiles.init()
    let from = 0
    for (const to of [...points, events.length]) {
      state = applyAll(profiles, structuredClone(state), events.slice(from, to))
      from = to
    }
    expect(state).toEqual(whole)
  },
)
