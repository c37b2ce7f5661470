// From a customer's purchase days to the summaries the churn models take.
// Days are whole day numbers (days since an epoch, e.g. `epochDayOf`); the
// "as of" day is an argument, never the clock.
import type { LocalDate } from '@clientele/core'
import * as E from 'fp-ts/lib/Either.js'
import { epochDayOf as epochDay } from '../../internal/epochDay.js'
import type { CustomerSummary } from './customerSummary.js'
import type { SpendSummary } from './gammaGamma.js'

/**
 * The time unit of a summary; fitted rates are per unit, so a fit and its
 * predictions must use the same one.
 *
 * @since 0.1.0
 * @category churn model
 */
export type TimeUnit = 'days' | 'weeks'

/**
 * Why a purchase history gives no summary: nothing bought by the "as of"
 * day, or a day or amount that is not a usable number.
 *
 * @since 0.1.0
 * @category churn model
 */
export type PurchaseHistoryProblem =
  | { readonly _tag: 'PurchasesAbsent' }
  | { readonly _tag: 'PurchaseDayInvalid'; readonly index: number }
  | { readonly _tag: 'PurchaseAmountInvalid'; readonly index: number }
  | { readonly _tag: 'AsOfDayInvalid' }

/** One purchase's day number and value, as the spend summary takes them. @since 0.1.0 @category churn model */
export interface DatedAmount {
  readonly day: number
  readonly amount: number
}

/** Days since 1970-01-01 of a shop-local date: the day numbers this module's helpers take. @since 0.1.0 @category churn model */
export const epochDayOf = (date: LocalDate): number => epochDay(date)

const daysPer = (unit: TimeUnit): number => (unit === 'weeks' ? 7 : 1)

/**
 * The BG/NBD summary of one customer as of a day: purchases after `asOf`
 * are ignored (they are the future, e.g. a holdout period), purchases on
 * one day count once, `x` counts the days after the first, `tx` and `T`
 * run from the first purchase day to the last and to `asOf`, in `unit`.
 *
 * @example summaryOfPurchaseDays([10, 10, 17, 31], 45, 'weeks') // right({ x: 2, tx: 3, T: 5 })
 * @since 0.1.0
 * @category churn model
 */
export const summaryOfPurchaseDays = (
  days: ReadonlyArray<number>,
  asOf: number,
  unit: TimeUnit,
): E.Either<PurchaseHistoryProblem, CustomerSummary> => {
  if (!Number.isInteger(asOf)) return E.left({ _tag: 'AsOfDayInvalid' })
  const distinct = new Set<number>()
  let first = Number.POSITIVE_INFINITY
  let last = Number.NEGATIVE_INFINITY
  for (let i = 0; i < days.length; i++) {
    const d = days[i]
    if (d === undefined || !Number.isInteger(d)) return E.left({ _tag: 'PurchaseDayInvalid', index: i })
    if (d > asOf) continue
    distinct.add(d)
    if (d < first) first = d
    if (d > last) last = d
  }
  if (distinct.size === 0) return E.left({ _tag: 'PurchasesAbsent' })
  const per = daysPer(unit)
  return E.right({ x: distinct.size - 1, tx: (last - first) / per, T: (asOf - first) / per })
}

/**
 * The Gamma-Gamma summary of one customer as of a day: amounts on one day
 * are added into one purchase, the first day is left out (it is the
 * acquisition, not a repeat), and `zbar` is the mean of the rest (0 when
 * there is none).
 *
 * @since 0.1.0
 * @category churn model
 */
export const spendSummaryOfPurchases = (purchases: ReadonlyArray<DatedAmount>, asOf: number): E.Either<PurchaseHistoryProblem, SpendSummary> => {
  if (!Number.isInteger(asOf)) return E.left({ _tag: 'AsOfDayInvalid' })
  const byDay = new Map<number, number>()
  let first = Number.POSITIVE_INFINITY
  for (let i = 0; i < purchases.length; i++) {
    const purchase = purchases[i]
    if (purchase === undefined || !Number.isInteger(purchase.day)) return E.left({ _tag: 'PurchaseDayInvalid', index: i })
    if (!Number.isFinite(purchase.amount)) return E.left({ _tag: 'PurchaseAmountInvalid', index: i })
    if (purchase.day > asOf) continue
    byDay.set(purchase.day, (byDay.get(purchase.day) ?? 0) + purchase.amount)
    if (purchase.day < first) first = purchase.day
  }
  if (byDay.size === 0) return E.left({ _tag: 'PurchasesAbsent' })
  let total = 0
  for (const [day, amount] of byDay) if (day !== first) total += amount
  const x = byDay.size - 1
  return E.right({ x, zbar: x === 0 ? 0 : total / x })
}
