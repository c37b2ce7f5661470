// The shape of the sales report: the owner's cash book cut by day, month,
// goods, occasion and channel, who came new and who came back, and which old
// customers bring new ones (DOMAIN.md items 2 and 13).
import type { CustomerId, LocalDate, Occasion, SalesChannel } from '@clientele/core'
import type { ReportPeriod, ReportSpan } from './reportOptions.js'

/** Options of `salesReport`. @since 0.1.0 @category reports */
export interface SalesReportOptions {
  /** Only sales, refunds and registrations dated in these days; every day up to "as of" when absent. */
  readonly period?: ReportPeriod
  /** The shop's currency: only amounts in it are added up; others are counted in `otherCurrencies`. Default CNY. */
  readonly currency?: string
}

/**
 * Money in and out, in minor units of the shop's currency, the way a cash
 * book has it: a sale on the day it was made, a refund on the day the money
 * went back (not on the sale's day, which may be in an already closed month).
 *
 * @since 0.1.0
 * @category reports
 */
export interface Revenue {
  /** Sales in the shop's currency. */
  readonly purchases: number
  readonly gross: number
  readonly refunds: number
  /** gross − refunds; negative on a day with more refunds than sales. */
  readonly net: number
}

/** Who bought in a period: new in the period of their first purchase ever, returning in any later one. @since 0.1.0 @category reports */
export interface CustomerMix {
  readonly newCustomers: number
  readonly returningCustomers: number
}

/** One day of the cash book. @since 0.1.0 @category reports */
export interface DaySales extends Revenue, CustomerMix {
  readonly day: LocalDate
}

/** One month of the cash book (`YYYY-MM`). @since 0.1.0 @category reports */
export interface MonthSales extends Revenue, CustomerMix {
  readonly month: string
}

/** Sales of one item category, so an owner sees which goods carry the shop. @since 0.1.0 @category reports */
export interface CategorySales extends Revenue {
  readonly category: string
}

/** Sales for one occasion, to plan stock for birthdays and festivals. @since 0.1.0 @category reports */
export interface OccasionSales extends Revenue {
  readonly occasion: Occasion
}

/** A sale with no channel recorded is counted under `unspecified` rather than guessed. @since 0.1.0 @category reports */
export type ChannelBucket = SalesChannel | 'unspecified'

/** Sales through one channel, to see whether WeChat and phone orders pay off. @since 0.1.0 @category reports */
export interface ChannelSales extends Revenue {
  readonly channel: ChannelBucket
}

/** How many new customers an old one brought (老顾客带新顾客), by id only. @since 0.1.0 @category reports */
export interface ReferrerCount {
  readonly referrerId: CustomerId
  readonly referrals: number
}

/**
 * Sales as of the end of a day, for the days of the period. Amounts are in
 * the shop's currency only; customer counts are about visits, whatever the
 * currency paid in.
 *
 * @since 0.1.0
 * @category reports
 */
export interface SalesReport {
  readonly asOf: LocalDate
  readonly period: ReportSpan
  readonly currency: string
  /** The whole period; its customer mix counts each buyer once (new when the first purchase ever falls in the period). */
  readonly total: Revenue & CustomerMix
  /** Days with a sale (any currency) or a refund in the shop's currency, oldest first. */
  readonly byDay: ReadonlyArray<DaySales>
  /** Months likewise, oldest first. */
  readonly byMonth: ReadonlyArray<MonthSales>
  /**
   * A sale's price split across the item categories it lists in proportion to
   * their item amounts (largest remainder, to the fen); a refund split the
   * same way over its sale's categories. `purchases` counts each sale once
   * per category it lists. Highest net first, then highest gross, then
   * category in code-unit order.
   */
  readonly byCategory: ReadonlyArray<CategorySales>
  /** Sales that list no items, and refunds of them. */
  readonly uncategorised: Revenue
  /** Highest net first, ties in the vocabulary's order. */
  readonly byOccasion: ReadonlyArray<OccasionSales>
  /** Highest net first, ties in the vocabulary's order, `unspecified` last. */
  readonly byChannel: ReadonlyArray<ChannelSales>
  /**
   * Refunds in the shop's currency whose sale is not on the customer's ledger
   * by "as of" (never in a history the decider made): in the day, month and
   * total figures, in no category, occasion or channel.
   */
  readonly unattributedRefunds: { readonly refunds: number; readonly amount: number }
  /** Sales and refunds in the period in another currency, left out of every sum. */
  readonly otherCurrencies: { readonly purchases: number; readonly refunds: number }
  readonly referrals: {
    /** Customers registered in the period who name a referrer. */
    readonly total: number
    /** Most referrals first, then referrer id in code-unit order. */
    readonly byReferrer: ReadonlyArray<ReferrerCount>
    /** Referrals naming someone not registered by "as of" (unknown, registered later, or forgotten). */
    readonly unknownReferrer: number
  }
}
