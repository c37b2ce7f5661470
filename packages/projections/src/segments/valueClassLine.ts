// One customer's line in the value-class report: the class and the measured
// quantities that decided it.
import type { CustomerId, CustomerKind } from '@clientele/core'

/**
 * A customer's value class. `ordinary` (一般客户) holds whoever fits none of
 * the seed's four: an irregular buyer of middling value, a one-off small buyer.
 * @since 0.1.0 @category segments
 */
export type ValueClass = 'gold' | 'meteor' | 'small_star' | 'burden' | 'ordinary'

/** The seed's names of the value classes. @since 0.1.0 @category segments */
export const valueClassLabels: Readonly<Record<ValueClass, string>> = {
  gold: '黄金客户',
  meteor: '流星客户',
  small_star: '小星客户',
  burden: '负担客户',
  ordinary: '一般客户',
}

/** One customer's value class with the measures that decided it. @since 0.1.0 @category segments */
export interface ValueClassLine extends ValueMeasures {
  readonly customerId: CustomerId
  readonly kind: CustomerKind
  readonly valueClass: ValueClass
}

/** What is measured of one customer over the window. Money in minor units of the shop's currency. @since 0.1.0 @category segments */
export interface ValueMeasures {
  /** Sales in the window less their refunds by the day. */
  readonly value: number
  /** Purchases in the window (returns left out). */
  readonly purchases: number
  /** The largest single purchase in the window. */
  readonly largestPurchase: number
  /** `largestPurchase / value`: 1 when everything was one purchase; 0 without value. */
  readonly concentration: number
  /** Periods (counted back from the day) in the window with a purchase. */
  readonly activePeriods: number
  /** Periods in the window since the customer's first purchase (all of them when that was before the window). */
  readonly observedPeriods: number
  /** `activePeriods / observedPeriods`; 0 when nothing was observed. */
  readonly regularity: number
  /** Complaints filed, refunds made and follow-ups about a complaint, in the window. */
  readonly complaints: number
  readonly refunds: number
  readonly complaintFollowUps: number
  /** The incidents priced with the shop's service costs. */
  readonly serviceCost: number
}
