// What every segment report counts as "a purchase" as of a day, in one place
// so that tiers, value classes and RFM never disagree about it.
import type { BilledPurchase, CustomerProfile } from '../profiles/index.js'
import { type PurchaseAsOf, purchasesAsOf } from '../history/index.js'
import { addDays, daysBetween, type LocalDate } from '@clientele/core'
import { epochDayOf } from '../internal/epochDay.js'

/**
 * The customer's purchases dated on or before `asOf`, in the order logged, net
 * of the refunds made by then. NOTE: a purchase refunded in full by the day
 * (a return, 退货) is not counted: the customer took nothing home. A
 * zero-amount purchase (a free sample, a gift) still counts as a visit.
 * @internal
 */
export const countedPurchasesAsOf = (p: CustomerProfile, asOf: LocalDate): PurchaseAsOf[] => {
  const all = purchasesAsOf(p, asOf)
  // Compacted in place: one array per customer, at 100,000 customers.
  let kept = 0
  for (const x of all) if (!(x.purchase.amount.amount > 0 && x.net <= 0)) all[kept++] = x
  all.length = kept
  return all
}

/** What a counted purchase brought in the shop's currency (minor units); 0 in any other currency. @internal */
export const valueIn = (x: PurchaseAsOf, currency: string): number => (x.purchase.amount.currency === currency ? x.net : 0)

/** Days from each purchase day back to `asOf`, memoised: a shop's purchases fall on few distinct days. @internal */
export const daysBackFrom = (asOf: LocalDate): ((day: LocalDate) => number) => {
  const memo = new Map<LocalDate, number>()
  return (day) => {
    let n = memo.get(day)
    if (n === undefined) {
      n = daysBetween(day, asOf)
      memo.set(day, n)
    }
    return n
  }
}

/** The first day of a window of `days` days that ends on (and includes) `asOf`. @internal */
export const windowStart = (asOf: LocalDate, days: number): LocalDate => addDays(asOf, 1 - days)

/** The window a report looked at: both ends included. @since 0.1.0 @category segments */
export interface DayWindow {
  readonly from: LocalDate
  readonly to: LocalDate
}

/** A customer's sales in a window: what ABC and the big-customer lists rank by. @internal */
export interface WindowSales {
  /** Net of refunds by the day, minor units of the shop's currency. */
  readonly sales: number
  readonly purchases: number
  readonly lastPurchaseOn: LocalDate
}

/** The customer's counted purchases from `from` to `asOf`; undefined when there were none. @internal */
export const windowSalesOf = (p: CustomerProfile, asOf: LocalDate, from: LocalDate, currency: string): WindowSales | undefined => {
  let sales = 0
  let purchases = 0
  let last = '' as LocalDate
  for (const x of countedPurchasesAsOf(p, asOf)) {
    const on = x.purchase.purchasedOn
    if (on < from) continue
    sales += valueIn(x, currency)
    purchases++
    if (on > last) last = on
  }
  return purchases === 0 ? undefined : { sales, purchases, lastPurchaseOn: last }
}

/**
 * What tiers and RFM read of a customer's counted purchases as of a day: the
 * count and last day to date, and the count, value and last day from the
 * window's first day on; days as day numbers (`epochDayOf`), -Infinity for
 * none. Filled in by `tallyAsOf` (one object reused from customer to
 * customer). @internal
 */
export interface PurchaseTally {
  toDate: number
  lastDay: number
  inWindow: number
  valueInWindow: number
  lastInWindowDay: number
}

/** A tally to fill in. @internal */
export const newTally = (): PurchaseTally => ({
  toDate: 0,
  lastDay: Number.NEGATIVE_INFINITY,
  inWindow: 0,
  valueInWindow: 0,
  lastInWindowDay: Number.NEGATIVE_INFINITY,
})

/**
 * What was refunded of each purchase by the end of `asOf`, by its index in
 * the profile's purchases (the sum of its refunds dated on or before the
 * day, in the order logged, as `purchasesAsOf` adds them); undefined when
 * nothing was refunded by then. NOTE: most customers have no refund, and
 * those who do have one or two: finding the purchase by scanning the bill
 * costs less than a map of every purchase id. @internal
 */
export const refundedByIndexAsOf = (p: CustomerProfile, asOf: LocalDate): Float64Array | undefined => {
  let out: Float64Array | undefined
  const purchases = p.purchases
  let byId: Map<string, number[]> | undefined
  for (const r of p.refunds) {
    if (r.refundedOn > asOf) continue
    out ??= new Float64Array(purchases.length)
    if (byId === undefined && p.refunds.length * purchases.length > 4096) {
      byId = new Map()
      for (let j = 0; j < purchases.length; j++) {
        const id = (purchases[j] as BilledPurchase).purchaseId
        const at = byId.get(id)
        if (at === undefined) byId.set(id, [j])
        else at.push(j)
      }
    }
    if (byId !== undefined) {
      for (const j of byId.get(r.purchaseId) ?? []) out[j] = (out[j] as number) + r.amount.amount
    } else {
      for (let j = 0; j < purchases.length; j++)
        if ((purchases[j] as BilledPurchase).purchaseId === r.purchaseId) out[j] = (out[j] as number) + r.amount.amount
    }
  }
  return out
}

/** `refundedByIndexAsOf`, skipping the call for a customer who never had a refund. @internal */
export const refundsByIndexOf = (p: CustomerProfile, asOf: LocalDate): Float64Array | undefined =>
  p.refunds.length === 0 ? undefined : refundedByIndexAsOf(p, asOf)

/**
 * The tally of `countedPurchasesAsOf` and `valueIn`, with the window starting
 * on day number `fromDay` (-Infinity for all history), written into `into`;
 * false without a counted purchase. `refunded` is `refundsByIndexOf(p, asOf)`
 * (a walk feeding several reports works it out once per customer).
 * NOTE: a customer buying only in the shop's currency (nearly all of them)
 * is tallied from the profile's day and amount arrays, with the refunds by
 * the day (if any) added up per purchase index: no purchase object, date
 * string or refund map per purchase. Anyone else takes the general path; the
 * segment laws check both against a recomputation from the raw events. @internal
 */
export const tallyAsOf = (
  p: CustomerProfile,
  asOf: LocalDate,
  asOfDay: number,
  fromDay: number,
  currency: string,
  refunded: Float64Array | undefined,
  into: PurchaseTally,
): boolean => {
  const t = p.totals
  if (t.otherCurrencyPurchases > 0 || (t.currency !== undefined && t.currency !== currency)) return tallyOfObjects(p, asOf, fromDay, currency, into)
  const { purchaseDays: days, purchaseAmounts: amounts } = p
  let toDate = 0
  let inWindow = 0
  let value = 0
  let last = Number.NEGATIVE_INFINITY
  let lastInWindow = Number.NEGATIVE_INFINITY
  for (let i = 0; i < days.length; i++) {
    const day = days[i] as number
    if (day > asOfDay) continue
    let net = amounts[i] as number
    if (refunded !== undefined) {
      const amount = net
      net = amount - (refunded[i] as number)
      // Refunded in full by the day: a return, not counted.
      if (amount > 0 && net <= 0) continue
    }
    toDate++
    if (day > last) last = day
    if (day < fromDay) continue
    inWindow++
    value += net
    if (day > lastInWindow) lastInWindow = day
  }
  if (toDate === 0) return false
  into.toDate = toDate
  into.lastDay = last
  into.inWindow = inWindow
  into.valueInWindow = value
  into.lastInWindowDay = lastInWindow
  return true
}

const tallyOfObjects = (p: CustomerProfile, asOf: LocalDate, fromDay: number, currency: string, into: PurchaseTally): boolean => {
  const counted = countedPurchasesAsOf(p, asOf)
  if (counted.length === 0) return false
  let last = Number.NEGATIVE_INFINITY
  let inWindow = 0
  let value = 0
  let lastInWindow = Number.NEGATIVE_INFINITY
  for (const x of counted) {
    const day = epochDayOf(x.purchase.purchasedOn)
    if (day > last) last = day
    if (day < fromDay) continue
    inWindow++
    value += valueIn(x, currency)
    if (day > lastInWindow) lastInWindow = day
  }
  into.toDate = counted.length
  into.lastDay = last
  into.inWindow = inWindow
  into.valueInWindow = value
  into.lastInWindowDay = lastInWindow
  return true
}
