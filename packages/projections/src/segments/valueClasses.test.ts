// Value classes, ABC and big customers on a hand-made flower shop (seed 002):
// a gold customer, three small stars, a meteor, a burden, an ordinary one.
import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { abcClassesAsOf } from './abcClassesAsOf.js'
import { bigCustomersAsOf } from './bigCustomersAsOf.js'
import { complaint, d, followUp, id, purchase, purchasesEvery, refund, registered, right, stateOf } from './fixtures.test-support.js'
import { valueClassesAsOf } from './valueClassesAsOf.js'

const gold = id(1) // a company ordering 500 yuan of flowers every month
const [star1, star2, star3] = [id(2), id(3), id(4)] // 30 yuan every month
const meteor = id(5) // one 8,000-yuan wedding order, nothing else
const burden = id(6) // two small purchases, a refund, three complaints
const ordinary = id(7) // 50 yuan twice, ten months apart
const former = id(8) // bought before the window only

const shop = stateOf([
  registered(gold, 'organisation'), registered(star1), registered(star2), registered(star3),
  registered(meteor, 'organisation'), registered(burden), registered(ordinary, 'organisation'), registered(former),
  ...purchasesEvery(gold, '2026-06-25', 30, 12, 50_000),
  ...[star1, star2, star3].flatMap((s) => purchasesEvery(s, '2026-06-25', 30, 12, 3_000)),
  complaint(star3, 's3c1', '2026-02-01'),
  purchase(meteor, 'm1', '2026-03-10', {}, 800_000),
  purchase(burden, 'x1', '2026-05-01', {}, 3_000),
  purchase(burden, 'x2', '2026-06-01', {}, 3_000),
  refund(burden, 'x2', '2026-06-05', 1_500),
  complaint(burden, 'xc1', '2026-05-02'), complaint(burden, 'xc2', '2026-05-20'), complaint(burden, 'xc3', '2026-06-02'),
  followUp(burden, 'xf1', '2026-06-03', { purpose: 'complaint', complaintId: 'xc3' }),
  followUp(burden, 'xf2', '2026-06-04'), // a routine call costs the customer nothing
  purchase(ordinary, 'o1', '2025-08-01', {}, 5_000),
  purchase(ordinary, 'o2', '2026-06-01', {}, 5_000),
  purchase(former, 'f1', '2025-03-01', {}, 9_000),
])
const asOf = d('2026-06-30')

describe('value classes as of a day', () => {
  it('classes each customer from measured quantities and the shop’s own thresholds', () => {
    const r = right(valueClassesAsOf(shop, asOf))
    expect(r.window).toEqual({ from: '2025-07-01', to: '2026-06-30' })
    // 53 tickets: median 3,000; 90th percentile 50,000. Buyers' values: 80th percentile 600,000.
    expect(r.thresholds).toEqual({ highValue: 600_000, bigTicket: 50_000, medianTicket: 3_000, serviceCosts: { complaint: 900, refund: 450, complaintFollowUp: 225 } })
    const cls = Object.fromEntries(r.customers.map((c) => [c.customerId, c.valueClass]))
    expect(cls).toEqual({ [gold]: 'gold', [star1]: 'small_star', [star2]: 'small_star', [star3]: 'small_star', [meteor]: 'meteor', [burden]: 'burden', [ordinary]: 'ordinary' })
    expect(r.counts).toEqual({ gold: 1, meteor: 1, small_star: 3, burden: 1, ordinary: 1 })
  })

  it('shows the measures that decided: a meteor is one big purchase', () => {
    const r = right(valueClassesAsOf(shop, asOf))
    const byId = new Map(r.customers.map((c) => [c.customerId, c]))
    expect(byId.get(meteor)).toMatchObject({ value: 800_000, purchases: 1, largestPurchase: 800_000, concentration: 1, serviceCost: 0 })
    expect(byId.get(gold)).toMatchObject({ value: 600_000, purchases: 12, activePeriods: 12, observedPeriods: 12, regularity: 1 })
    expect(byId.get(ordinary)).toMatchObject({ value: 10_000, activePeriods: 2, observedPeriods: 12, concentration: 0.5 })
  })

  it('a burden costs more to serve than the margin on what they bring', () => {
    const x = right(valueClassesAsOf(shop, asOf)).customers.find((c) => c.customerId === burden)
    // 3 complaints × 900 + 1 refund × 450 + 1 complaint follow-up × 225 > 4,500 × 0.3.
    expect(x).toMatchObject({ value: 4_500, complaints: 3, refunds: 1, complaintFollowUps: 1, serviceCost: 3_375, valueClass: 'burden' })
    // One complaint from a steady customer does not make a burden.
    expect(right(valueClassesAsOf(shop, asOf)).customers.find((c) => c.customerId === star3)).toMatchObject({ complaints: 1, serviceCost: 900, valueClass: 'small_star' })
    // Free service: the same customer is a small star (bought in two of the three months since first coming).
    const free = right(valueClassesAsOf(shop, asOf, { serviceCosts: { complaint: 0, refund: 0, complaintFollowUp: 0 } }))
    expect(free.customers.find((c) => c.customerId === burden)?.valueClass).toBe('small_star')
  })

  it('reads only the history up to the day', () => {
    const r = right(valueClassesAsOf(shop, d('2026-03-09')))
    expect(r.customers.map((c) => c.customerId)).not.toContain(meteor)
    expect(r.customers.map((c) => c.customerId)).not.toContain(burden)
  })

  it('takes a threshold from the options instead of the distribution', () => {
    const r = right(valueClassesAsOf(shop, asOf, { highValueFrom: 30_000 }))
    expect(r.counts).toMatchObject({ gold: 4, small_star: 0 })
  })

  it('refuses bad options, naming them', () => {
    expect(valueClassesAsOf(shop, asOf, { margin: 0 })).toMatchObject(E.left({ _tag: 'SegmentOptionInvalid', option: 'margin' }))
    expect(valueClassesAsOf(shop, asOf, { windowDays: 20 })).toMatchObject(E.left({ option: 'periodDays' }))
    expect(valueClassesAsOf(shop, asOf, { serviceCosts: { refund: -1 } })).toMatchObject(E.left({ option: 'serviceCosts.refund' }))
    expect(valueClassesAsOf(shop, asOf, { currency: 'yuan' })).toMatchObject(E.left({ option: 'currency' }))
    expect(valueClassesAsOf(shop, asOf, { highValueQuantile: 1.5 })).toMatchObject(E.left({ option: 'highValueQuantile' }))
  })
})

describe('ABC by cumulative sales', () => {
  it('A makes the first 80 %, B the next 15 %, C the rest; ties share the better class', () => {
    const r = right(abcClassesAsOf(shop, asOf))
    expect(r.totalSales).toBe(1_522_500)
    expect(r.customers.map((c) => [c.customerId, c.abc])).toEqual([
      [meteor, 'A'], [gold, 'A'], [star1, 'B'], [star2, 'B'],
      // The third small star starts past 95 %, but spent what the other two did.
      [star3, 'B'],
      [ordinary, 'C'], [burden, 'C'],
    ])
    expect(r.counts).toEqual({ A: 2, B: 3, C: 2 })
    expect(r.salesByClass).toEqual({ A: 1_400_000, B: 108_000, C: 14_500 })
    expect(r.customers[1]).toMatchObject({ rank: 2, cumulativeShare: 1_400_000 / 1_522_500 })
  })

  it('takes the shares from the options, and refuses shares out of order', () => {
    expect(right(abcClassesAsOf(shop, asOf, { aShare: 0.5 })).counts).toEqual({ A: 1, B: 4, C: 2 })
    expect(abcClassesAsOf(shop, asOf, { aShare: 0.9, bShare: 0.8 })).toMatchObject(E.left({ option: 'bShare' }))
    expect(abcClassesAsOf(shop, asOf, { aShare: 1 })).toMatchObject(E.left({ option: 'aShare' }))
  })
})

describe('big customers', () => {
  it('lists organisations and persons apart, each against its own kind', () => {
    const r = right(bigCustomersAsOf(shop, asOf))
    expect(r.thresholds).toEqual({ organisation: 800_000, person: 36_000, partner: undefined })
    expect(r.organisations.map((c) => c.customerId)).toEqual([meteor])
    expect(r.persons.map((c) => c.customerId)).toEqual([star1, star2, star3])
    expect(r.partners).toEqual([])
    expect(r.organisations[0]).toMatchObject({ sales: 800_000, purchases: 1, lastPurchaseOn: '2026-03-10', shareOfKind: 800_000 / 1_410_000 })
  })

  it('takes a fixed minimum and a limit from the options', () => {
    const r = right(bigCustomersAsOf(shop, asOf, { minSales: 500_000 }))
    expect([r.organisations.map((c) => c.customerId), r.persons]).toEqual([[meteor, gold], []])
    expect(right(bigCustomersAsOf(shop, asOf, { limit: 1 })).persons.map((c) => c.customerId)).toEqual([star1])
    expect(bigCustomersAsOf(shop, asOf, { limit: 0 })).toMatchObject(E.left({ option: 'limit' }))
  })
})
