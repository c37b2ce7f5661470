// Tiers on a hand-made snack shop (seed 001): each tier once, the gap, the
// windows, the changes between two days, and bad rules refused by name.
import { describe, expect, it } from 'vitest'
import * as E from 'fp-ts/lib/Either.js'
import { d, id, purchase, purchasesEvery, refund, registered, right, stateOf } from './fixtures.test-support.js'
import { tierChanges, tierMoves } from './tierChanges.js'
import { defaultFollowUpCadence, tierOrder } from './tierRules.js'
import { tiersAsOf } from './tiersAsOf.js'

const [a, b, c, dd, occasional, e, never, lapsed, returned, slipping] = [id(1), id(2), id(3), id(4), id(5), id(6), id(7), id(8), id(9), id(10)] as const

// June 2026 in a snack shop: the month ending on the 30th.
const shop = stateOf([
  ...[a, b, c, dd, occasional, e, never, lapsed, returned, slipping].map((x) => registered(x)),
  ...purchasesEvery(a, '2026-06-30', 2, 15, 1_200), // 15 in June: A
  ...purchasesEvery(b, '2026-06-28', 3, 10, 1_500), // 10: B
  ...purchasesEvery(c, '2026-06-25', 6, 5, 2_000), // 5: C
  ...purchasesEvery(dd, '2026-06-20', 8, 3, 2_500), // 3: D
  ...purchasesEvery(occasional, '2026-06-20', 14, 2, 3_000), // twice in June: below D, but no passer-by
  purchase(e, 'e1', '2026-06-12', {}, 800), // once ever: E
  ...purchasesEvery(lapsed, '2026-04-30', 2, 20, 1_000), // an A in April, nothing since
  ...purchasesEvery(returned, '2026-06-21', 5, 3, 2_000), // three purchases, one returned in full
  refund(returned, `${returned.slice(-4)}-2`, '2026-06-22', 2_000),
  ...purchasesEvery(slipping, '2026-05-30', 3, 10, 1_000), // B in May…
  ...purchasesEvery(slipping, '2026-06-25', 8, 3, 1_000, 'june'), // …D in June
])

describe('tiers as of a day, snack shop', () => {
  it('puts each customer in the seed tier by purchases in the last 30 days', () => {
    const r = right(tiersAsOf(shop, d('2026-06-30')))
    expect(r.window).toEqual({ from: '2026-06-01', to: '2026-06-30' })
    const tier = new Map(r.customers.map((x) => [x.customerId, x.tier]))
    expect(Object.fromEntries([a, b, c, dd, occasional, e, lapsed, returned, slipping].map((x) => [x.slice(-2), tier.get(x)]))).toEqual({
      '01': 'A', '02': 'B', '03': 'C', '04': 'D', '05': 'occasional', '06': 'E', '08': 'occasional', '09': 'occasional', '10': 'D',
    })
    // A customer who never bought has no tier.
    expect(tier.has(never)).toBe(false)
    expect(r.customers.find((x) => x.customerId === returned)).toMatchObject({ purchasesInWindow: 2, purchasesToDate: 2 })
    expect(r.customers.find((x) => x.customerId === lapsed)).toMatchObject({ purchasesInWindow: 0, purchasesToDate: 20, lastPurchaseOn: '2026-04-30' })
    expect(r.counts).toEqual({ A: 1, B: 1, C: 1, D: 2, occasional: 3, E: 1 })
  })

  it('the gap can be folded into D or E instead', () => {
    const toD = right(tiersAsOf(shop, d('2026-06-30'), { belowD: 'D' })).counts
    const toE = right(tiersAsOf(shop, d('2026-06-30'), { belowD: 'E' })).counts
    expect([toD.D, toD.occasional, toD.E]).toEqual([5, 0, 1])
    expect([toE.D, toE.occasional, toE.E]).toEqual([2, 0, 4])
  })

  it('a calendar month counts from the 1st: mid-month, the month so far', () => {
    const r = right(tiersAsOf(shop, d('2026-06-15'), { window: { _tag: 'calendarMonth' } }))
    expect(r.window).toEqual({ from: '2026-06-01', to: '2026-06-15' })
    // A bought on June 2, 4, …, 14 by then: 7 purchases, C.
    expect(r.customers.find((x) => x.customerId === a)).toMatchObject({ tier: 'C', purchasesInWindow: 7 })
  })

  it('shops set their own thresholds and window', () => {
    const r = right(tiersAsOf(shop, d('2026-06-30'), { thresholds: { A: 12, B: 8, C: 5, D: 2 }, window: { _tag: 'rolling', days: 7 } }))
    expect(r.window).toEqual({ from: '2026-06-24', to: '2026-06-30' })
    expect(r.customers.find((x) => x.customerId === a)).toMatchObject({ tier: 'D', purchasesInWindow: 4 })
  })

  it('as of an earlier day, reads only the history up to it', () => {
    const r = right(tiersAsOf(shop, d('2026-04-30')))
    expect(r.customers.map((x) => [x.customerId, x.tier])).toEqual([[lapsed, 'A']])
  })

  it('lists who moved between two days, and answers "who dropped from B to D this month"', () => {
    const month = right(tierChanges(shop, d('2026-05-31'), d('2026-06-30')))
    expect(tierMoves(month, 'B', 'D')).toEqual([{ customerId: slipping, from: 'B', to: 'D', direction: 'down' }])
    // The April regular who stopped had already slipped by the end of May.
    expect(tierMoves(right(tierChanges(shop, d('2026-04-30'), d('2026-06-30'))), 'A', 'occasional').map((x) => x.customerId)).toEqual([lapsed])
    expect(tierMoves(month, 'none', 'A')).toEqual([{ customerId: a, from: 'none', to: 'A', direction: 'up' }])
    // Nobody whose tier stayed the same is listed.
    expect(month.changes.every((x) => x.from !== x.to)).toBe(true)
    expect(month.changes).toHaveLength(10 - 2)
  })

  it('refuses bad rules, naming the option', () => {
    expect(tiersAsOf(shop, d('2026-06-30'), { thresholds: { B: 20 } })).toEqual(E.left({ _tag: 'SegmentOptionInvalid', option: 'thresholds.A', reason: 'must be above B (20)' }))
    expect(tiersAsOf(shop, d('2026-06-30'), { thresholds: { C: 3 } })).toMatchObject(E.left({ option: 'thresholds.C' }))
    expect(tiersAsOf(shop, d('2026-06-30'), { thresholds: { D: 0 } })).toMatchObject(E.left({ option: 'thresholds.D' }))
    expect(tiersAsOf(shop, d('2026-06-30'), { window: { _tag: 'rolling', days: 0 } })).toMatchObject(E.left({ option: 'window.days' }))
    expect(tiersAsOf(shop, d('2026-06-30'), { window: { _tag: 'rolling', days: 2.5 } })).toMatchObject(E.left({ option: 'window.days' }))
    expect(tierChanges(shop, d('2026-05-31'), d('2026-06-30'), { thresholds: { A: 1.5 } })).toMatchObject(E.left({ option: 'thresholds.A' }))
  })

  it('the default follow-up cadence covers every tier and never shortens down the tiers', () => {
    const days = tierOrder.map((t) => defaultFollowUpCadence[t])
    expect(days.every((n) => Number.isInteger(n) && n > 0)).toBe(true)
    expect([...days].sort((x, y) => x - y)).toEqual(days)
  })
})
