// The shape of the complaint report (DOMAIN.md item 10): what an owner reads
// to see whether complaints are handled fast, whether customers leave
// satisfied, and where complaints keep coming from.
import type { ComplaintCategory, CustomerId, LocalDate, Resolution } from '@clientele/core'
import type { ReportPeriod, ReportSpan } from './reportOptions.js'

/** Options of `complaintReport`. @since 0.1.0 @category reports */
export interface ComplaintReportOptions {
  /** Only complaints filed in these days (and purchases made in them); every day up to "as of" when absent. */
  readonly period?: ReportPeriod
  /** A customer with at least this many complaints in the window complains repeatedly; default 2. */
  readonly repeatComplaints?: number
  /** The window, in days, ending on the report's last day (the period's `to`, else "as of"); default 90. */
  readonly repeatWindowDays?: number
}

/** Days from filing to resolution, so an owner sees how long customers wait. @since 0.1.0 @category reports */
export interface ResolutionTimes {
  /** Nearest-rank 50th percentile: the lower middle value for an even count; undefined with nothing resolved. */
  readonly medianDays: number | undefined
  /** Nearest-rank 90th percentile: the value at rank ⌈0.9·n⌉; undefined with nothing resolved. */
  readonly p90Days: number | undefined
}

/** How many complaints of one kind, to find the recurring causes to prevent. @since 0.1.0 @category reports */
export interface ComplaintCategoryCount {
  readonly category: ComplaintCategory
  readonly complaints: number
}

/** Complaints against purchases, so a busy week does not look like a bad one. @since 0.1.0 @category reports */
export interface ComplaintRate {
  readonly complaints: number
  readonly purchases: number
  /** complaints / purchases; undefined when there was no purchase. */
  readonly rate: number | undefined
}

/** The complaint rate of one item category, to see which goods cause trouble. @since 0.1.0 @category reports */
export interface ItemCategoryComplaintRate extends ComplaintRate {
  readonly category: string
}

/** A customer who keeps complaining, by id only (the archive is confidential). @since 0.1.0 @category reports */
export interface RepeatComplainer {
  readonly customerId: CustomerId
  /** Complaints filed in the window. */
  readonly complaints: number
  readonly lastFiledOn: LocalDate
}

/**
 * Complaints as they stood at the end of the "as of" day, for those filed in
 * the period: counts, waiting times, remedies, satisfaction, causes, rates
 * per purchase, and who complains repeatedly.
 *
 * @since 0.1.0
 * @category reports
 */
export interface ComplaintReport {
  readonly asOf: LocalDate
  readonly period: ReportSpan
  /** Complaints filed in the period. */
  readonly filed: number
  /** Of those, still unresolved at the end of "as of". */
  readonly open: number
  /** Of those, resolved by the end of "as of". */
  readonly resolved: number
  readonly timeToResolution: ResolutionTimes
  /** Resolved complaints by remedy, every remedy listed in the vocabulary's order. */
  readonly resolutionMix: Readonly<Record<Resolution, number>>
  /** Resolved complaints the customer was satisfied with. */
  readonly satisfied: number
  /** satisfied / resolved; undefined with nothing resolved. */
  readonly satisfactionRate: number | undefined
  /** Categories with at least one complaint, most complaints first; ties in the vocabulary's order. */
  readonly topCategories: ReadonlyArray<ComplaintCategoryCount>
  readonly perPurchase: {
    /** Every complaint filed in the period over every purchase made in it. */
    readonly overall: ComplaintRate
    /**
     * Complaints that name a purchase on the customer's ledger, counted once
     * for each item category of that purchase, over the period's purchases
     * listing that category. Highest rate first (undefined rates last), then
     * most complaints, then category in code-unit order.
     */
    readonly byItemCategory: ReadonlyArray<ItemCategoryComplaintRate>
    /** The same for purchases that list no items. */
    readonly uncategorised: ComplaintRate
    /** Complaints that name no purchase, or one not on the customer's ledger by "as of". */
    readonly unlinked: number
  }
  /** Most complaints first, then the most recent, then customer id in code-unit order. */
  readonly repeatComplainers: ReadonlyArray<RepeatComplainer>
}
