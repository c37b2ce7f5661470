// ABC by cumulative sales (seeds 000, 002): rank customers by what they
// bought in the window; A are the few who make most of the sales, C the many
// who make little. The Pareto split most shop manuals use is the default.
import { type CustomerId, type CustomerKind, DEFAULT_CURRENCY, type LocalDate } from '@clientele/core'
import * as E from 'fp-ts/lib/Either.js'
import { registeredBy } from '../history/index.js'
import type { ProfilesState } from '../profiles/index.js'
import { type DayWindow, windowSalesOf, windowStart } from './countedPurchases.js'
import { currencyCode, optionInvalid, type SegmentOptionInvalid, share, wholeAtLeast } from './segmentOptionInvalid.js'

/** An ABC class. @since 0.1.0 @category segments */
export type AbcClass = 'A' | 'B' | 'C'

/** Options of `abcClassesAsOf`. @since 0.1.0 @category segments */
export interface AbcOptions {
  /** The shop's currency: sales add up only amounts in it. Default CNY. */
  readonly currency?: string
  /** Sales are counted over the days ending on the day; default 365. */
  readonly windowDays?: number
  /** A while the sales of better-ranked customers are below this share of the total; default 0.8. */
  readonly aShare?: number
  /** B while below this share (so B makes the next ~15 %); default 0.95. */
  readonly bShare?: number
}

/** One customer's place in the ranking. Money in minor units. @since 0.1.0 @category segments */
export interface AbcLine {
  readonly customerId: CustomerId
  readonly kind: CustomerKind
  /** 1 for the best customer; ties are ranked by customer id but share a class. */
  readonly rank: number
  readonly sales: number
  readonly purchases: number
  /** Of the total sales; 0 when the total is 0. */
  readonly share: number
  /** Of the total sales, this customer and all ranked before included. */
  readonly cumulativeShare: number
  readonly abc: AbcClass
}

/** ABC classes of a shop as of a day. @since 0.1.0 @category segments */
export interface AbcReport {
  readonly asOf: LocalDate
  readonly window: DayWindow
  readonly totalSales: number
  /** Every customer who bought in the window, best first (sales, then customer id). */
  readonly customers: ReadonlyArray<AbcLine>
  readonly counts: Readonly<Record<AbcClass, number>>
  readonly salesByClass: Readonly<Record<AbcClass, number>>
}

/**
 * ABC classes as of `asOf` by cumulative sales over the window: a customer is
 * A while the customers ranked before them made less than `aShare` (80 %) of
 * the sales, B while less than `bShare` (95 %), C after — so A is the smallest
 * group that makes 80 %. NOTE: customers with equal sales get the class of
 * the first of them (ties go up), and a customer without sales is always C.
 *
 * @since 0.1.0
 * @category segments
 */
export const abcClassesAsOf = (state: ProfilesState, asOf: LocalDate, options: AbcOptions = {}): E.Either<SegmentOptionInvalid, AbcReport> => {
  const currency = options.currency ?? DEFAULT_CURRENCY
  const windowDays = options.windowDays ?? 365
  const aShare = options.aShare ?? 0.8
  const bShare = options.bShare ?? 0.95
  const bad =
    currencyCode(currency) ??
    wholeAtLeast('windowDays', windowDays, 1) ??
    share('aShare', aShare) ??
    share('bShare', bShare, true) ??
    (bShare > aShare ? undefined : optionInvalid('bShare', `must be above aShare (${aShare})`))
  if (bad !== undefined) return E.left(bad)
  const window: DayWindow = { from: windowStart(asOf, windowDays), to: asOf }
  const ranked: Array<{ customerId: CustomerId; kind: CustomerKind; sales: number; purchases: number }> = []
  let total = 0
  for (const p of state.profiles.values()) {
    if (!registeredBy(p, asOf)) continue
    const s = windowSalesOf(p, asOf, window.from, currency)
    if (s === undefined) continue
    ranked.push({ customerId: p.customerId, kind: p.registration.kind, sales: s.sales, purchases: s.purchases })
    total += s.sales
  }
  ranked.sort((a, b) => b.sales - a.sales || (a.customerId < b.customerId ? -1 : a.customerId > b.customerId ? 1 : 0))
  const counts: Record<AbcClass, number> = { A: 0, B: 0, C: 0 }
  const salesByClass: Record<AbcClass, number> = { A: 0, B: 0, C: 0 }
  const customers: AbcLine[] = []
  let cumulative = 0
  let groupSales = Number.NaN
  let groupClass: AbcClass = 'C'
  for (const [i, c] of ranked.entries()) {
    if (c.sales !== groupSales) {
      groupSales = c.sales
      groupClass = c.sales <= 0 ? 'C' : cumulative < aShare * total ? 'A' : cumulative < bShare * total ? 'B' : 'C'
    }
    cumulative += c.sales
    counts[groupClass]++
    salesByClass[groupClass] += c.sales
    customers.push({
      customerId: c.customerId,
      kind: c.kind,
      sales: c.sales,
      purchases: c.purchases,
      rank: i + 1,
      share: total > 0 ? c.sales / total : 0,
      cumulativeShare: total > 0 ? cumulative / total : 0,
      abc: groupClass,
    })
  }
  return E.right({ asOf, window, totalSales: total, customers, counts, salesByClass })
}
