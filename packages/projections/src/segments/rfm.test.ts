// RFM on a small hand-made shop of six buyers: scores with ties, the fixed
// frequency thresholds, the English segments and the Chinese eight classes.
import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { d, id, purchase, purchasesEvery, refund, registered, right, stateOf } from './fixtures.test-support.js'
import { rfmAsOf } from './rfmAsOf.js'
import { rfmClassLabels, rfmSegmentLabels, rfmSegmentOf } from './rfmSegments.js'

const [p1, p2, p3, p4, p5, p6, none] = [id(1), id(2), id(3), id(4), id(5), id(6), id(7)] as const

const events = [
  ...[p1, p2, p3, p4, p5, p6, none].map((x) => registered(x)),
  ...purchasesEvery(p1, '2026-06-29', 10, 12, 10_000), // 12 purchases, yesterday: 120,000
  purchase(p2, 'p2', '2026-06-30', {}, 5_000), // new today
  ...purchasesEvery(p3, '2026-05-01', 20, 3, 10_000), // 3, two months ago
  ...purchasesEvery(p4, '2026-01-01', 15, 6, 33_333), // 6, half a year ago: 199,998 + 2 (below)
  purchase(p4, 'p4x', '2026-01-01', {}, 2),
  purchase(p5, 'p5', '2025-06-30', {}, 5_000), // once, a year ago
  purchase(p6, 'p6', '2026-06-20', {}, 300_000), // one big order ten days ago
  purchase(p6, 'p6r', '2026-06-21', {}, 7_000), // …and one returned
  refund(p6, 'p6r', '2026-06-22', 7_000),
]
const shop = stateOf(events)
const asOf = d('2026-06-30')

describe('RFM as of a day, six buyers', () => {
  const r = right(rfmAsOf(shop, asOf))
  const line = (x: typeof p1) => r.customers.find((c) => c.customerId === x)

  it('measures recency, frequency and money, leaving returns out', () => {
    expect(r.customers.map((c) => c.customerId)).toEqual([p1, p2, p3, p4, p5, p6])
    expect(line(p4)).toMatchObject({ recencyDays: 180, frequency: 7, monetary: 200_000, lastPurchaseOn: '2026-01-01' })
    expect(line(p6)).toMatchObject({ recencyDays: 10, frequency: 1, monetary: 300_000 })
  })

  it('scores R and M by quintiles, equal values equally, and F by fixed thresholds', () => {
    // Score 1 + ⌊5 × (buyers worse + half of those equal, itself included) / 6⌋.
    // Recency 0, 1, 10, 60, 180, 365 days: 5, 4, 3, 3, 2, 1.
    // Money 5,000 (twice), 30,000, 120,000, 200,000, 300,000: the tied pair share places 1–2 and both score 1; then 3, 3, 4, 5.
    // Frequency 12, 1, 3, 7, 1, 1 against [2, 3, 5, 10].
    expect(r.customers.map((c) => `${c.r}${c.f}${c.m}`)).toEqual(['453', '511', '333', '244', '111', '315'])
  })

  it('puts ties in the middle of the places they share: a lone buyer, or everyone buying today, is not scored as the worst', () => {
    const lone = right(rfmAsOf(stateOf([registered(p1), purchase(p1, 'a', '2026-06-30', {}, 5_000)]), asOf))
    expect(lone.customers.map((c) => [c.r, c.m, c.segment])).toEqual([[3, 3, 'about_to_sleep']])
    const today = right(rfmAsOf(stateOf([p1, p2, p3, p4].flatMap((x, i) => [registered(x), purchase(x, `t${i}`, '2026-06-30', {}, 5_000)])), asOf))
    expect(today.customers.map((c) => c.r)).toEqual([3, 3, 3, 3])
    expect(today.customers.some((c) => c.segment === 'lost')).toBe(false)
  })

  it('names the English segments from R and F', () => {
    expect(r.customers.map((c) => c.segment)).toEqual(['loyal', 'new_customers', 'need_attention', 'at_risk', 'lost', 'about_to_sleep'])
    expect(r.segments).toEqual({ loyal: 1, new_customers: 1, need_attention: 1, at_risk: 1, lost: 1, about_to_sleep: 1 })
  })

  it('names the eight Chinese classes against the medians', () => {
    // Medians: recency (10 + 60) / 2 = 35 days, frequency (1 + 3) / 2 = 2, money (30,000 + 120,000) / 2 = 75,000.
    expect(r.split).toEqual({ recencyDays: 35, frequency: 2, monetary: 75_000 })
    expect(r.customers.map((c) => rfmClassLabels[c.rfmClass])).toEqual(['重要价值客户', '一般发展客户', '一般保持客户', '重要保持客户', '一般挽留客户', '重要发展客户'])
  })

  it('can split at the mean instead, and count only a window', () => {
    const mean = right(rfmAsOf(shop, asOf, { split: 'mean' }))
    // The mean spend (110,000) is dragged up by the big orders: the 120,000 buyer is only just above it.
    expect(mean.split?.monetary).toBe(110_000)
    const year = right(rfmAsOf(shop, asOf, { windowDays: 90 }))
    expect(year.window).toEqual({ from: '2026-04-02', to: '2026-06-30' })
    expect(year.customers.map((c) => c.customerId)).toEqual([p1, p2, p3, p6])
    expect(year.customers[0]).toMatchObject({ frequency: 9, monetary: 90_000 })
  })

  it('an empty shop has no buyers and no split', () => {
    expect(right(rfmAsOf(stateOf([registered(none)]), asOf))).toMatchObject({ customers: [], split: undefined, segments: {}, classes: {} })
  })

  it('refuses bad options, naming them', () => {
    expect(rfmAsOf(shop, asOf, { frequencyFrom: [2, 2, 5, 10] })).toEqual(E.left({ _tag: 'SegmentOptionInvalid', option: 'frequencyFrom[1]', reason: 'must be a whole number ≥ 3' }))
    expect(rfmAsOf(shop, asOf, { frequencyFrom: [0, 2, 5, 10] })).toMatchObject(E.left({ option: 'frequencyFrom[0]' }))
    expect(rfmAsOf(shop, asOf, { windowDays: 0 })).toMatchObject(E.left({ option: 'windowDays' }))
  })
})

describe('the RFM names', () => {
  it('every R and F score has a segment, and every segment is reached', () => {
    const seen = new Set<string>()
    for (const r of [1, 2, 3, 4, 5] as const) for (const f of [1, 2, 3, 4, 5] as const) seen.add(rfmSegmentOf(r, f))
    expect([...seen].sort()).toEqual(Object.keys(rfmSegmentLabels).sort())
    expect(rfmSegmentOf(5, 5)).toBe('champions')
    expect(rfmSegmentOf(1, 5)).toBe('cant_lose_them')
    expect(rfmSegmentOf(1, 1)).toBe('lost')
    expect(rfmSegmentOf(2, 1)).toBe('hibernating')
    expect(rfmSegmentOf(4, 1)).toBe('promising')
  })
})
