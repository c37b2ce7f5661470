// The sales report on a flower shop's March, figure by figure, and its
// refusals of bad settings.
import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { A, B, C, D, d, flowerShopMonth, MARCH, refund, registered, sale, stateOf } from './fixtures.test-support.js'
import { salesReport } from './salesReport.js'
import type { SalesReport, SalesReportOptions } from './salesReportTypes.js'

const shop = stateOf(flowerShopMonth)
const report = (asOf: string, options: SalesReportOptions = {}, state = shop): SalesReport => {
  const r = salesReport(state, d(asOf), options)
  if (E.isLeft(r)) throw new Error(r.left.problem)
  return r.right
}
const money = (purchases: number, gross: number, refunds: number) => ({ purchases, gross, refunds, net: gross - refunds })

describe('sales report, a flower shop in March', () => {
  const march = report('2026-04-10', { period: MARCH })

  it('adds up the cash book: sales on their day, refunds on the day the money went back', () => {
    expect(march.currency).toBe('CNY')
    expect(march.total).toEqual({ ...money(5, 67_800, 7_000), newCustomers: 4, returningCustomers: 1 })
    expect(march.byDay).toEqual([
      // The Valentine's refund counts in March, when the money went back.
      { day: '2026-03-02', ...money(0, 0, 2_000), newCustomers: 0, returningCustomers: 0 },
      { day: '2026-03-05', ...money(1, 5_000, 0), newCustomers: 1, returningCustomers: 0 },
      { day: '2026-03-08', ...money(2, 49_900, 0), newCustomers: 1, returningCustomers: 1 },
      { day: '2026-03-09', ...money(0, 0, 5_000), newCustomers: 0, returningCustomers: 0 },
      { day: '2026-03-12', ...money(1, 3_000, 0), newCustomers: 1, returningCustomers: 0 },
      // The tourist paid in USD: a new customer, no CNY.
      { day: '2026-03-15', ...money(0, 0, 0), newCustomers: 1, returningCustomers: 0 },
      { day: '2026-03-20', ...money(1, 9_900, 0), newCustomers: 0, returningCustomers: 1 },
    ])
    expect(march.byMonth).toEqual([{ month: '2026-03', ...money(5, 67_800, 7_000), newCustomers: 4, returningCustomers: 1 }])
    expect(march.otherCurrencies).toEqual({ purchases: 1, refunds: 0 })
    expect(march.unattributedRefunds).toEqual({ refunds: 0, amount: 0 })
  })

  it('a customer who first bought before a period that starts mid-month is returning in its month too', () => {
    const late = report('2026-04-10', { period: { from: d('2026-03-15'), to: d('2026-03-31') } })
    expect(late.byMonth.map((m) => [m.month, m.newCustomers, m.returningCustomers])).toEqual([['2026-03', late.total.newCustomers, late.total.returningCustomers]])
  })

  it('a sale refunded in full, in several refunds, nets every category to zero', () => {
    const returned = stateOf([
      registered(A, '2026-01-01'),
      sale(A, 'S1', '2026-03-03', [['花', 3_334], ['卡', 3_333], ['瓶', 3_333]]),
      refund(A, 'S1', 'R1', '2026-03-04', 5_000),
      refund(A, 'S1', 'R2', '2026-03-05', 5_000),
    ])
    const r = report('2026-03-31', { period: MARCH }, returned)
    expect(r.byCategory.map((c) => [c.category, c.gross, c.refunds, c.net]).sort()).toEqual([
      ['卡', 3_333, 3_333, 0],
      ['瓶', 3_333, 3_333, 0],
      ['花', 3_334, 3_334, 0],
    ].sort())
    // The first refund before the period still counts as "before" the second.
    const april = report('2026-04-30', { period: { from: d('2026-03-05'), to: d('2026-04-30') } }, returned)
    // 5,000 split is 1,667 / 1,667 / 1,666 (the tied fen to the first listed); 10,000 is the items' own amounts.
    expect(Object.fromEntries(april.byCategory.map((c) => [c.category, c.refunds]))).toEqual({ 花: 3_334 - 1_667, 卡: 3_333 - 1_667, 瓶: 3_333 - 1_666 })
  })

  it('splits sales and refunds by item category, sales without items uncategorised', () => {
    expect(march.byCategory).toEqual([
      // The Valentine's refund goes to its sale's category; the Women's Day refund is split 18,800 : 1,200.
      { category: '鲜花', ...money(3, 58_600, 2_000 + 4_700) },
      { category: '绿植', ...money(1, 5_000, 0) },
      { category: '贺卡', ...money(1, 1_200, 300) },
    ])
    expect(march.uncategorised).toEqual(money(1, 3_000, 0))
  })

  it('by occasion and by channel, a sale without a channel under unspecified', () => {
    expect(march.byOccasion).toEqual([
      { occasion: 'anniversary', ...money(1, 29_900, 0) },
      { occasion: 'festival', ...money(1, 20_000, 7_000) },
      { occasion: 'birthday', ...money(1, 9_900, 0) },
      { occasion: 'self', ...money(1, 5_000, 0) },
      { occasion: 'gift', ...money(1, 3_000, 0) },
    ])
    expect(march.byChannel).toEqual([
      { channel: 'phone', ...money(1, 29_900, 0) },
      { channel: 'wechat', ...money(1, 20_000, 7_000) },
      { channel: 'unspecified', ...money(1, 9_900, 0) },
      { channel: 'in_store', ...money(2, 8_000, 0) },
    ])
  })

  it('counts referrals by referrer; one by a forgotten customer names no one', () => {
    expect(march.referrals).toEqual({ total: 3, byReferrer: [{ referrerId: A, referrals: 2 }], unknownReferrer: 1 })
  })

  it('rebuilt on a later day, last month is the same (an April refund of a March sale stays in April)', () => {
    expect({ ...report('2026-03-31', { period: MARCH }), asOf: march.asOf }).toEqual(march)
  })

  it('without a period covers every day up to "as of", month by month', () => {
    const all = report('2026-04-10')
    expect(all.period).toEqual({ from: undefined, to: '2026-04-10' })
    expect(all.byMonth).toEqual([
      { month: '2026-02', ...money(1, 52_000, 0), newCustomers: 1, returningCustomers: 0 },
      { month: '2026-03', ...money(5, 67_800, 7_000), newCustomers: 4, returningCustomers: 1 },
      { month: '2026-04', ...money(1, 8_800, 9_900), newCustomers: 0, returningCustomers: 1 },
    ])
    expect(all.total).toEqual({ ...money(7, 128_600, 16_900), newCustomers: 5, returningCustomers: 0 })
    // As of April 2 the refund of April 3 is not yet made.
    expect(report('2026-04-02').total).toMatchObject(money(7, 128_600, 7_000))
  })

  it('a shop trading in USD adds up only USD', () => {
    const usd = report('2026-04-10', { period: MARCH, currency: 'USD' })
    expect(usd.total).toMatchObject(money(1, 10_000, 0))
    expect(usd.otherCurrencies).toEqual({ purchases: 5, refunds: 2 })
  })

  it('splits an odd refund to the fen, leftover fen to the largest remainder', () => {
    const state = stateOf([registered(B, '2026-03-01'), sale(B, 'p', '2026-03-02', [['鲜花', 100], ['贺卡', 200], ['鲜花', 50]]), refund(B, 'p', 'r', '2026-03-03', 100)])
    // 100 × 150/350 = 42.86, 100 × 200/350 = 57.14: floors 42 + 57, the leftover fen to 鲜花.
    expect(report('2026-03-31', {}, state).byCategory).toEqual([{ category: '贺卡', ...money(1, 200, 57) }, { category: '鲜花', ...money(1, 150, 43) }])
  })

  it('refuses bad settings with the option named', () => {
    expect(salesReport(shop, d('2026-04-10'), { period: { from: d('2026-03-31'), to: d('2026-03-01') } })).toEqual(
      E.left({ _tag: 'ReportOptionInvalid', option: 'period.from', problem: 'after_period_to' }),
    )
    expect(salesReport(shop, d('2026-03-20'), { period: MARCH })).toEqual(E.left({ _tag: 'ReportOptionInvalid', option: 'period.to', problem: 'after_as_of' }))
    expect(salesReport(shop, d('2026-04-10'), { period: { from: d('2026-3-1'), to: d('2026-03-31') } })).toMatchObject(E.left({ option: 'period.from', problem: 'not_a_day' }))
    expect(salesReport(shop, d('2026-02-30'))).toMatchObject(E.left({ option: 'asOf', problem: 'not_a_day' }))
    expect(salesReport(shop, d('2026-04-10'), { currency: 'rmb' })).toMatchObject(E.left({ option: 'currency', problem: 'not_a_currency' }))
  })

  it('an empty shop has an empty report', () => {
    const r = report('2026-04-10', {}, stateOf([registered(C, '2026-04-01'), registered(D, '2026-05-01', C)]))
    expect(r).toMatchObject({ total: { ...money(0, 0, 0), newCustomers: 0, returningCustomers: 0 }, byDay: [], byMonth: [], byCategory: [] })
    // D registers after "as of": not yet a referral.
    expect(r.referrals).toEqual({ total: 0, byReferrer: [], unknownReferrer: 0 })
  })
})
