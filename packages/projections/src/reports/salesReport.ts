// The sales report as of a day, read from the profiles with the history
// helpers so that it equals the report of the history replayed up to that day.
import { type CustomerEventOf, type CustomerId, type LocalDate, Occasion, SalesChannel } from '@clientele/core'
import * as E from 'fp-ts/lib/Either.js'
import { purchasesAsOf, registeredBy } from '../history/index.js'
import type { CustomerProfile, ProfilesState } from '../profiles/index.js'
import { type CategoryWeight, categoryWeights, splitByWeight } from './categoryShares.js'
import { byText } from './figures.js'
import { inSpan, type ReportOptionInvalid, type ReportSpan, resolveCurrency, resolveSpan } from './reportOptions.js'
import type { ChannelBucket, CustomerMix, Revenue, ReferrerCount, SalesReport, SalesReportOptions } from './salesReportTypes.js'

type PurchaseData = CustomerEventOf<'PurchaseLogged'>['data']

/** A bucket of the report while it is being filled. */
interface Acc {
  purchases: number
  gross: number
  refunds: number
  newCustomers: number
  returningCustomers: number
}

const accOf = <K>(m: Map<K, Acc>, key: K): Acc => {
  let a = m.get(key)
  if (a === undefined) m.set(key, (a = { purchases: 0, gross: 0, refunds: 0, newCustomers: 0, returningCustomers: 0 }))
  return a
}

const revenue = (a: Acc): Revenue => ({ purchases: a.purchases, gross: a.gross, refunds: a.refunds, net: a.gross - a.refunds })
const mix = (a: Acc): CustomerMix => ({ newCustomers: a.newCustomers, returningCustomers: a.returningCustomers })

const monthOf = (day: LocalDate): string => day.slice(0, 7)

const channelOf = (p: PurchaseData): ChannelBucket => p.channel ?? 'unspecified'

/** Everything the report adds up, keyed the way it is listed. */
interface Sums {
  readonly total: Acc
  readonly days: Map<LocalDate, Acc>
  readonly months: Map<string, Acc>
  readonly categories: Map<string, Acc>
  readonly uncategorised: Acc
  readonly occasions: Map<Occasion, Acc>
  readonly channels: Map<ChannelBucket, Acc>
  readonly unattributed: { refunds: number; amount: number }
  readonly other: { purchases: number; refunds: number }
  readonly referrers: Map<CustomerId, number>
  readonly referrals: { total: number; unknown: number }
}

/**
 * Adds `amount` to the field of each category bucket of a purchase, split by
 * its items. `before` is what was refunded of the sale before this refund:
 * a refund gets the split of everything refunded so far less the split of
 * what came before it, so a sale's refunds add up per category to the split
 * of their sum (a sale refunded in full gives back exactly its items' amounts).
 */
const addByCategory = (s: Sums, weights: ReadonlyArray<CategoryWeight>, amount: number, field: 'gross' | 'refunds', before = 0): void => {
  if (weights.length === 0) {
    s.uncategorised[field] += amount
    if (field === 'gross') s.uncategorised.purchases++
    return
  }
  const shares = splitByWeight(before + amount, weights)
  const earlier = before === 0 ? undefined : splitByWeight(before, weights)
  weights.forEach(({ category }, i) => {
    const a = accOf(s.categories, category)
    a[field] += (shares[i] as number) - (earlier?.[i] ?? 0)
    if (field === 'gross') a.purchases++
  })
}

const addSale = (s: Sums, p: PurchaseData): void => {
  const amount = p.amount.amount
  for (const a of [s.total, accOf(s.days, p.purchasedOn), accOf(s.months, monthOf(p.purchasedOn)), accOf(s.occasions, p.occasion), accOf(s.channels, channelOf(p))]) {
    a.purchases++
    a.gross += amount
  }
  addByCategory(s, categoryWeights(p), amount, 'gross')
}

const addRefund = (s: Sums, r: CustomerEventOf<'PurchaseRefunded'>['data'], sale: PurchaseData | undefined, before: number): void => {
  const amount = r.amount.amount
  for (const a of [s.total, accOf(s.days, r.refundedOn), accOf(s.months, monthOf(r.refundedOn))]) a.refunds += amount
  if (sale === undefined) {
    s.unattributed.refunds++
    s.unattributed.amount += amount
    return
  }
  accOf(s.occasions, sale.occasion).refunds += amount
  accOf(s.channels, channelOf(sale)).refunds += amount
  addByCategory(s, categoryWeights(sale), amount, 'refunds', before)
}

const addCustomer = (s: Sums, p: CustomerProfile, asOf: LocalDate, span: ReportSpan, currency: string): void => {
  const purchases = purchasesAsOf(p, asOf)
  const ledger = new Map<string, PurchaseData>()
  let first: LocalDate | undefined
  const days = new Set<LocalDate>()
  for (const { purchase } of purchases) {
    if (!ledger.has(purchase.purchaseId)) ledger.set(purchase.purchaseId, purchase)
    if (first === undefined || purchase.purchasedOn < first) first = purchase.purchasedOn
    if (!inSpan(span, purchase.purchasedOn)) continue
    days.add(purchase.purchasedOn)
    if (purchase.amount.currency === currency) addSale(s, purchase)
    else s.other.purchases++
  }
  if (first !== undefined && days.size > 0) {
    const firstMonth = monthOf(first)
    const months = new Set<string>()
    for (const day of days) {
      months.add(monthOf(day))
      const a = accOf(s.days, day)
      if (day === first) a.newCustomers++
      else a.returningCustomers++
    }
    // New only in the month of a first purchase inside the period: a period that
    // starts mid-month after it sees a returning customer, as its total does.
    const firstInSpan = inSpan(span, first)
    for (const month of months) {
      const a = accOf(s.months, month)
      if (month === firstMonth && firstInSpan) a.newCustomers++
      else a.returningCustomers++
    }
    if (firstInSpan) s.total.newCustomers++
    else s.total.returningCustomers++
  }
  // What each sale had given back before each refund, counting refunds made before the period too.
  const refundedSoFar = new Map<string, number>()
  for (const r of p.refunds) {
    if (r.refundedOn > asOf) continue
    const before = refundedSoFar.get(r.purchaseId) ?? 0
    if (r.amount.currency === currency) refundedSoFar.set(r.purchaseId, before + r.amount.amount)
    if (!inSpan(span, r.refundedOn)) continue
    if (r.amount.currency === currency) addRefund(s, r, ledger.get(r.purchaseId), before)
    else s.other.refunds++
  }
}

const addReferral = (s: Sums, state: ProfilesState, p: CustomerProfile, asOf: LocalDate, span: ReportSpan): void => {
  const by = p.registration.referredBy
  if (by === undefined || !inSpan(span, p.registration.registeredOn)) return
  s.referrals.total++
  const referrer = state.profiles.get(by)
  if (referrer === undefined || !registeredBy(referrer, asOf)) s.referrals.unknown++
  else s.referrers.set(by, (s.referrers.get(by) ?? 0) + 1)
}

const rankOf = <K extends string>(keys: Readonly<Record<K, unknown>>): ((k: K) => number) => {
  const order = new Map((Object.keys(keys) as K[]).map((k, i) => [k, i]))
  return (k) => order.get(k) ?? order.size
}
const OCCASION_RANK = rankOf(Occasion.keys)
const CHANNEL_RANK = rankOf<ChannelBucket>({ ...SalesChannel.keys, unspecified: null })

const byNet = (a: Revenue, b: Revenue): number => b.net - a.net || b.gross - a.gross

/**
 * Sales as of the end of `asOf`, for the days of the period (every day up to
 * `asOf` by default): gross, refunds and net in the shop's currency by day,
 * month, item category, occasion and channel, the way the cash book has them
 * (refunds on the day the money went back); new and returning customers per
 * day and month; referrals by referrer. A pure function of the history up to
 * `asOf`, so last month's figures can be rebuilt on any later day.
 *
 * @example
 * const march = salesReport(views.profiles, '2026-04-10' as LocalDate, { period: { from: '2026-03-01', to: '2026-03-31' } as ReportPeriod })
 *
 * @since 0.1.0
 * @category reports
 */
export const salesReport = (state: ProfilesState, asOf: LocalDate, options: SalesReportOptions = {}): E.Either<ReportOptionInvalid, SalesReport> => {
  const span = resolveSpan(asOf, options.period)
  if (E.isLeft(span)) return span
  const currency = resolveCurrency(options.currency)
  if (E.isLeft(currency)) return currency
  const s: Sums = {
    total: { purchases: 0, gross: 0, refunds: 0, newCustomers: 0, returningCustomers: 0 },
    days: new Map(),
    months: new Map(),
    categories: new Map(),
    uncategorised: { purchases: 0, gross: 0, refunds: 0, newCustomers: 0, returningCustomers: 0 },
    occasions: new Map(),
    channels: new Map(),
    unattributed: { refunds: 0, amount: 0 },
    other: { purchases: 0, refunds: 0 },
    referrers: new Map(),
    referrals: { total: 0, unknown: 0 },
  }
  for (const p of state.profiles.values()) {
    if (!registeredBy(p, asOf)) continue
    addCustomer(s, p, asOf, span.right, currency.right)
    addReferral(s, state, p, asOf, span.right)
  }
  const byReferrer: ReferrerCount[] = [...s.referrers]
    .map(([referrerId, referrals]) => ({ referrerId, referrals }))
    .sort((a, b) => b.referrals - a.referrals || byText(a.referrerId, b.referrerId))
  return E.right({
    asOf,
    period: span.right,
    currency: currency.right,
    total: { ...revenue(s.total), ...mix(s.total) },
    byDay: [...s.days].sort(([a], [b]) => byText(a, b)).map(([day, a]) => ({ day, ...revenue(a), ...mix(a) })),
    byMonth: [...s.months].sort(([a], [b]) => byText(a, b)).map(([month, a]) => ({ month, ...revenue(a), ...mix(a) })),
    byCategory: [...s.categories].map(([category, a]) => ({ category, ...revenue(a) })).sort((a, b) => byNet(a, b) || byText(a.category, b.category)),
    uncategorised: revenue(s.uncategorised),
    byOccasion: [...s.occasions].map(([occasion, a]) => ({ occasion, ...revenue(a) })).sort((a, b) => byNet(a, b) || OCCASION_RANK(a.occasion) - OCCASION_RANK(b.occasion)),
    byChannel: [...s.channels].map(([channel, a]) => ({ channel, ...revenue(a) })).sort((a, b) => byNet(a, b) || CHANNEL_RANK(a.channel) - CHANNEL_RANK(b.channel)),
    unattributedRefunds: { ...s.unattributed },
    otherCurrencies: { ...s.other },
    referrals: { total: s.referrals.total, byReferrer, unknownReferrer: s.referrals.unknown },
  })
}
