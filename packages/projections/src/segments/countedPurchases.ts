// What every segment report counts as "a purchase" as of a day, in one place
// so that tiers, value classes and RFM never disagree about it.
import type { CustomerProfile } from '../profiles/index.js'
import { purchasesAsOf } from '../history/index.js'
import { addDays, type LocalDate } from '@clientele/core'

/** A purchase that counts on the day, with what it was worth in the shop's currency. @internal */
export interface CountedPurchase {
  readonly purchasedOn: LocalDate
  /** Amount less refunds made by the day, in minor units; 0 when the purchase was in another currency. */
  readonly value: number
}

/**
 * The customer's purchases dated on or before `asOf`, in the order logged, net
 * of the refunds made by then. NOTE: a purchase refunded in full by the day
 * (a return, 退货) is not counted: the customer took nothing home. A
 * zero-amount purchase (a free sample, a gift) still counts as a visit.
 * @internal
 */
export const countedPurchasesAsOf = (p: CustomerProfile, asOf: LocalDate, currency: string): CountedPurchase[] => {
  const out: CountedPurchase[] = []
  for (const { purchase, net } of purchasesAsOf(p, asOf)) {
    if (purchase.amount.amount > 0 && net <= 0) continue
    out.push({ purchasedOn: purchase.purchasedOn, value: purchase.amount.currency === currency ? net : 0 })
  }
  return out
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
  for (const { purchasedOn, value } of countedPurchasesAsOf(p, asOf, currency)) {
    if (purchasedOn < from) continue
    sales += value
    purchases++
    if (purchasedOn > last) last = purchasedOn
  }
  return purchases === 0 ? undefined : { sales, purchases, lastPurchaseOn: last }
}
