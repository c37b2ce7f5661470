// The churn analysis on hand-made shops (each rule once) and on a simulated
// shop big enough for the model to fit.
import { addDays, type CustomerEvent, type LocalDate } from '@clientele/core'
import { simulateShop } from '@clientele/core/testing'
import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { A, B, C, d, markedLost, projected, purchase, refund, registered } from '../careAgenda/fixtures.test-support.js'
import { projectedEventsOf } from '../internal/projectedEvents.test-support.js'
import { profiles } from '../profiles/index.js'
import { applyAll } from '../projection.js'
import { churnAsOf } from './churnAsOf.js'
import type { ChurnReport } from './churnReport.js'

const report = (events: ReadonlyArray<CustomerEvent>, asOf: string, options = {}): ChurnReport => {
  const result = churnAsOf(applyAll(profiles, profiles.init(), projected(events)), d(asOf), options)
  if (E.isLeft(result)) throw new Error(result.left.reason)
  return result.right
}

const weekly = (id: typeof A, from: string, weeks: number): CustomerEvent[] =>
  Array.from({ length: weeks }, (_, i) => purchase(id, `${id.slice(-1)}${i}`, addDays(d(from), 7 * i), {}, 5_000))

describe('churn as of a day, hand-made shop', () => {
  // Three customers cannot support a model: the cadence rule decides, and the report says why.
  const events = [
    registered(A), registered(B), registered(C),
    ...weekly(A, '2026-01-05', 8), // weekly until 2026-02-23
    purchase(B, 'B1', '2026-01-10', {}, 80_000), // once
    ...weekly(C, '2026-03-02', 3), // weekly until 2026-03-16
    markedLost(C, '2026-03-20'),
  ]

  it('flags a regular who stopped coming, a one-time buyer long gone, and lists the lost with the reason', () => {
    const r = report(events, '2026-05-01')
    const byId = new Map(r.customers.map((c) => [c.customerId, c]))
    expect(byId.get(A)).toMatchObject({ purchaseDays: 8, lastPurchaseOn: '2026-02-23', daysSinceLastPurchase: 67, cadenceDays: 7, netSpend: 40_000 })
    expect(byId.get(B)).toMatchObject({ purchaseDays: 1, cadenceDays: undefined, status: 'at_risk', atRiskBecause: 'one_time_buyer_lapsed' })
    expect(byId.get(C)).toMatchObject({ status: 'lost', lost: { markedOn: '2026-03-20', reason: 'price' } })
    expect(r.lost.map((c) => c.customerId)).toEqual([C])
    expect(r.reasons.lost).toEqual({ price: 1 })
    // The most valuable at-risk customer comes first on the win-back list.
    expect(r.winBack[0]?.customerId).toBe(B)
  })

  it('a one-time buyer is not at risk before the recency rule says so', () => {
    const r = report(events, '2026-02-01')
    expect(r.customers.find((c) => c.customerId === B)).toMatchObject({ status: 'active', daysSinceLastPurchase: 22 })
  })

  it('a purchase refunded in full by the day is a return, not a purchase day (as in the tiers and RFM)', () => {
    const returned = report([...events, purchase(B, 'B2', '2026-03-01', {}, 8_000), refund(B, 'B2', '2026-03-02', 8_000)], '2026-05-01')
    expect(returned.customers.find((c) => c.customerId === B)).toMatchObject({ purchaseDays: 1, lastPurchaseOn: '2026-01-10' })
    // Part of it back: still a purchase.
    const kept = report([...events, purchase(B, 'B2', '2026-03-01', {}, 8_000), refund(B, 'B2', '2026-03-02', 3_000)], '2026-05-01')
    expect(kept.customers.find((c) => c.customerId === B)).toMatchObject({ purchaseDays: 2, lastPurchaseOn: '2026-03-01' })
  })

  it('a lost customer who buys again is back', () => {
    const r = report([...events, purchase(C, 'C9', '2026-04-01')], '2026-04-02')
    expect(r.customers.find((c) => c.customerId === C)?.status).toBe('active')
    // …but not on a day before that purchase.
    expect(report([...events, purchase(C, 'C9', '2026-04-01')], '2026-03-25').customers.find((c) => c.customerId === C)?.status).toBe('lost')
  })

  it('the cadence rule decides when the model cannot be fitted', () => {
    const r = report([registered(A), ...weekly(A, '2026-01-05', 3)], '2026-03-01')
    expect(r.model).toEqual({ _tag: 'CadenceRule', because: { _tag: 'TooFewBuyers', buyers: 1, minimum: 30 } })
    expect(r.customers[0]).toMatchObject({ probabilityAlive: undefined, status: 'at_risk', atRiskBecause: 'overdue_for_cadence' })
  })

  it('refuses bad settings with the option named', () => {
    const state = applyAll(profiles, profiles.init(), projected(events))
    expect(churnAsOf(state, d('2026-05-01'), { aliveBelow: 1.5 })).toEqual(E.left({ _tag: 'ChurnOptionInvalid', option: 'aliveBelow', reason: 'must be between 0 and 1' }))
    expect(churnAsOf(state, d('2026-05-01'), { horizonDays: -1 })).toMatchObject(E.left({ option: 'horizonDays' }))
    expect(churnAsOf(state, d('2026-05-01'), { unit: 'months' as never })).toMatchObject(E.left({ option: 'unit' }))
  })
})

describe('churn as of a day, simulated shop', () => {
  const shop = simulateShop({ seed: 7, customers: 600, days: 540 })
  const state = applyAll(profiles, profiles.init(), projectedEventsOf(shop.events))
  const asOf = '2025-06-24' as LocalDate

  it('fits BG/NBD and Gamma-Gamma, and every figure is in range', () => {
    const r = churnAsOf(state, asOf)
    if (E.isLeft(r)) throw new Error('options')
    expect(r.right.model._tag).toBe('BgNbd')
    if (r.right.model._tag === 'BgNbd') expect(r.right.model.spend._tag).toBe('GammaGammaFit')
    for (const c of r.right.customers) {
      expect(c.probabilityAlive).toBeGreaterThanOrEqual(0)
      expect(c.probabilityAlive).toBeLessThanOrEqual(1)
      expect(c.expectedPurchases).toBeGreaterThanOrEqual(0)
      if (c.purchaseDays === 1) expect(c.probabilityAlive).toBe(1)
    }
    const values = r.right.winBack.map((c) => c.netSpend)
    expect(values).toEqual([...values].sort((a, b) => b - a))
    expect(r.right.winBack.length).toBeGreaterThan(0)
  })
})

describe('a shop whose history shows no dropout yet', () => {
  // 600 regulars, each buying every 7 to 12 days from registration to the day: the plain
  // maximum-likelihood BG/NBD runs off to the boundary (no dropout to estimate).
  const ids = Array.from({ length: 600 }, (_, i) => `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}` as typeof A)
  const events = ids.flatMap((id, i) => [
    registered(id, '2026-01-01'),
    ...Array.from({ length: 10 }, (_, k) => purchase(id, `P${k}`, addDays(d('2026-01-01'), (i % 30) + k * (7 + (i % 6))), {}, 5_000)),
  ])

  it('refits with the weak penalty, keeps the model and says why', () => {
    const r = report(events, '2026-04-30')
    const plain = report(events, '2026-04-30', { penalty: { weight: 0 } })
    expect(plain.model).toMatchObject({ _tag: 'CadenceRule', because: { _tag: 'ParametersDiverged' } })
    expect(r.model).toMatchObject({ _tag: 'BgNbd', penalty: { weight: 0.1, because: 'plain_fit_diverged' } })
    if (r.model._tag !== 'BgNbd' || plain.model._tag !== 'CadenceRule' || !('report' in plain.model.because)) throw new Error('unexpected models')
    // All but the supremum: the penalty costs next to nothing in likelihood.
    const supremum = plain.model.because.report.logLikelihood
    expect(r.model.fit.report.logLikelihood).toBeGreaterThan(supremum - 0.01 * Math.abs(supremum))
    for (const v of Object.values(r.model.fit.params)) expect(Number.isFinite(v) && v > 0 && v < 1.2e6).toBe(true)
  })
})
