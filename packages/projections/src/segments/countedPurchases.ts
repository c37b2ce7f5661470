// What every segment report counts as "a purchase" as of a day, in one place
// so that tiers, value classes and RFM never disagree about it.
import type { CustomerProfile } from '../profiles/index.js'
import { type PurchaseAsOf, purchasesAsOf } from '../history/index.js'
import { addDays, daysBetween, type LocalDate } from '@clientele/core'

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
