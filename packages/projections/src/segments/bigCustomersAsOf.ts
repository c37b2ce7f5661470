// Big customers (大客户, seeds 000 and 002): the few who buy the most, listed
// apart for organisations (企事业单位), persons and business partners, since
// the shop looks after each kind differently (the account manager, the gift
// on the birthday, the annual terms).
import { type CustomerId, type CustomerKind, DEFAULT_CURRENCY, type LocalDate } from '@clientele/core'
import * as E from 'fp-ts/lib/Either.js'
import { registeredBy } from '../history/index.js'
import type { ProfilesState } from '../profiles/index.js'
import { type DayWindow, windowSalesOf, windowStart } from './countedPurchases.js'
import { nearestRank, sortedAscending } from './distribution.js'
import { currencyCode, type SegmentOptionInvalid, share, wholeAtLeast } from './segmentOptionInvalid.js'

/** Options of `bigCustomersAsOf`. @since 0.1.0 @category segments */
export interface BigCustomerOptions {
  /** The shop's currency: sales add up only amounts in it. Default CNY. */
  readonly currency?: string
  /** Sales are counted over the days ending on the day; default 365. */
  readonly windowDays?: number
  /** Big from this quantile of the sales of customers of the same kind; default 0.9 (the top tenth of each kind). */
  readonly quantile?: number
  /** …or from these sales (minor units), for every kind, instead of the quantile. */
  readonly minSales?: number
  /** At most this many per list; no limit by default. */
  readonly limit?: number
}

/** One big customer. Money in minor units. @since 0.1.0 @category segments */
export interface BigCustomerLine {
  readonly customerId: CustomerId
  readonly kind: CustomerKind
  readonly sales: number
  readonly purchases: number
  readonly lastPurchaseOn: LocalDate
  /** Of the sales of all customers of this kind in the window. */
  readonly shareOfKind: number
}

/** The big customers of a shop as of a day, one list per kind, biggest first. @since 0.1.0 @category segments */
export interface BigCustomerReport {
  readonly asOf: LocalDate
  readonly window: DayWindow
  readonly organisations: ReadonlyArray<BigCustomerLine>
  readonly persons: ReadonlyArray<BigCustomerLine>
  readonly partners: ReadonlyArray<BigCustomerLine>
  /** The sales each kind's list starts from; undefined for a kind nobody of bought anything. */
  readonly thresholds: Readonly<Record<CustomerKind, number | undefined>>
}

const KINDS: ReadonlyArray<CustomerKind> = ['organisation', 'person', 'partner']

/**
 * The big customers as of `asOf`: per kind, those whose sales over the window
 * reach the kind's own 90th percentile (nearest rank, among those with
 * sales), so a shop's few companies are judged against each other and not
 * against its thousands of walk-ins. Biggest first, ties by customer id.
 *
 * @since 0.1.0
 * @category segments
 */
export const bigCustomersAsOf = (state: ProfilesState, asOf: LocalDate, options: BigCustomerOptions = {}): E.Either<SegmentOptionInvalid, BigCustomerReport> => {
  const currency = options.currency ?? DEFAULT_CURRENCY
  const windowDays = options.windowDays ?? 365
  const quantile = options.quantile ?? 0.9
  const bad =
    currencyCode(currency) ??
    wholeAtLeast('windowDays', windowDays, 1) ??
    share('quantile', quantile, true) ??
    (options.minSales === undefined ? undefined : wholeAtLeast('minSales', options.minSales, 1)) ??
    (options.limit === undefined ? undefined : wholeAtLeast('limit', options.limit, 1))
  if (bad !== undefined) return E.left(bad)
  const window: DayWindow = { from: windowStart(asOf, windowDays), to: asOf }
  const byKind = new Map<CustomerKind, Array<Omit<BigCustomerLine, 'shareOfKind'>>>(KINDS.map((k) => [k, []]))
  for (const p of state.profiles.values()) {
    if (!registeredBy(p, asOf)) continue
    const s = windowSalesOf(p, asOf, window.from, currency)
    if (s === undefined || s.sales <= 0) continue
    byKind.get(p.registration.kind)?.push({ customerId: p.customerId, kind: p.registration.kind, sales: s.sales, purchases: s.purchases, lastPurchaseOn: s.lastPurchaseOn })
  }
  const thresholds = {} as Record<CustomerKind, number | undefined>
  const lists = {} as Record<CustomerKind, BigCustomerLine[]>
  for (const kind of KINDS) {
    const all = byKind.get(kind) ?? []
    const total = all.reduce((n, c) => n + c.sales, 0)
    const from = options.minSales ?? nearestRank(sortedAscending(all.map((c) => c.sales)), quantile)
    thresholds[kind] = from
    const big = from === undefined ? [] : all.filter((c) => c.sales >= from)
    big.sort((a, b) => b.sales - a.sales || (a.customerId < b.customerId ? -1 : a.customerId > b.customerId ? 1 : 0))
    lists[kind] = big
      .slice(0, options.limit ?? big.length)
      .map((c) => ({ customerId: c.customerId, kind: c.kind, sales: c.sales, purchases: c.purchases, lastPurchaseOn: c.lastPurchaseOn, shareOfKind: c.sales / total }))
  }
  return E.right({ asOf, window, organisations: lists.organisation, persons: lists.person, partners: lists.partner, thresholds })
}
