// What a shop can tune in the value classes of seed 002 (gold, meteor, small
// star, burden). Every threshold left out is read from the shop's own
// distribution as of the day, so no fixed amount of money is built in.
import { DEFAULT_CURRENCY } from '@clientele/core'
import * as E from 'fp-ts/lib/Either.js'
import { currencyCode, optionInvalid, type SegmentOptionInvalid, share, wholeAtLeast } from './segmentOptionInvalid.js'

/** What serving a customer costs, per incident, in minor units of the shop's currency. @since 0.1.0 @category segments */
export interface ServiceCosts {
  readonly complaint: number
  readonly refund: number
  /** A follow-up about a complaint; routine care calls are the shop's own choice and cost the customer nothing here. */
  readonly complaintFollowUp: number
}

/** Options of `valueClassesAsOf`. @since 0.1.0 @category segments */
export interface ValueClassOptions {
  /** The shop's currency: values add up only amounts in it. Default CNY. */
  readonly currency?: string
  /** Value, regularity and service are measured over the days ending on the day; default 365 (a year of seasons). */
  readonly windowDays?: number
  /** Regularity counts the periods of this many days with a purchase; default 30 (a month). */
  readonly periodDays?: number
  /** Regular (持续性消费) from this share of the periods since the customer first came, and at least two; default 0.5. */
  readonly regularFrom?: number
  /** High value from this quantile of the buyers' values; default 0.8 (the top fifth). */
  readonly highValueQuantile?: number
  /** …or from this value (minor units), instead of the quantile. */
  readonly highValueFrom?: number
  /** A big ticket from this quantile of the shop's purchase values; default 0.9. */
  readonly bigTicketQuantile?: number
  /** …or from this value (minor units), instead of the quantile. */
  readonly bigTicketFrom?: number
  /** One purchase holding at least this share of the customer's value is a one-off (一次性); default 0.8. */
  readonly concentratedFrom?: number
  /** The share of sales the shop keeps (gross margin), which service costs are weighed against; default 0.3. */
  readonly margin?: number
  /** Per-incident costs; by default the margin on the shop's median ticket for a complaint, half that for a refund, a quarter for a follow-up about a complaint. */
  readonly serviceCosts?: Partial<ServiceCosts>
}

/** The options with defaults filled in, except what the distribution decides. @since 0.1.0 @category segments */
export interface ResolvedValueClassOptions {
  readonly currency: string
  readonly windowDays: number
  readonly periodDays: number
  readonly regularFrom: number
  readonly highValueQuantile: number
  readonly highValueFrom: number | undefined
  readonly bigTicketQuantile: number
  readonly bigTicketFrom: number | undefined
  readonly concentratedFrom: number
  readonly margin: number
  readonly serviceCosts: Partial<ServiceCosts>
}

/** How many of a complaint's cost a refund and a complaint follow-up cost by default. @internal */
export const DEFAULT_COST_WEIGHTS: Readonly<ServiceCosts> = { complaint: 1, refund: 0.5, complaintFollowUp: 0.25 }

const amount = (option: string, value: number | undefined): SegmentOptionInvalid | undefined =>
  value === undefined || (Number.isSafeInteger(value) && value >= 0) ? undefined : optionInvalid(option, 'must be a whole number of minor units ≥ 0')

/** Fills in the defaults and checks every setting, naming the first bad one. @since 0.1.0 @category segments */
export const resolveValueClassOptions = (options: ValueClassOptions = {}): E.Either<SegmentOptionInvalid, ResolvedValueClassOptions> => {
  const o: ResolvedValueClassOptions = {
    currency: options.currency ?? DEFAULT_CURRENCY,
    windowDays: options.windowDays ?? 365,
    periodDays: options.periodDays ?? 30,
    regularFrom: options.regularFrom ?? 0.5,
    highValueQuantile: options.highValueQuantile ?? 0.8,
    highValueFrom: options.highValueFrom,
    bigTicketQuantile: options.bigTicketQuantile ?? 0.9,
    bigTicketFrom: options.bigTicketFrom,
    concentratedFrom: options.concentratedFrom ?? 0.8,
    margin: options.margin ?? 0.3,
    serviceCosts: options.serviceCosts ?? {},
  }
  const bad =
    currencyCode(o.currency) ??
    wholeAtLeast('windowDays', o.windowDays, 1) ??
    wholeAtLeast('periodDays', o.periodDays, 1) ??
    (o.periodDays <= o.windowDays ? undefined : optionInvalid('periodDays', `must not exceed windowDays (${o.windowDays})`)) ??
    share('regularFrom', o.regularFrom, true) ??
    share('highValueQuantile', o.highValueQuantile, true) ??
    amount('highValueFrom', o.highValueFrom) ??
    share('bigTicketQuantile', o.bigTicketQuantile, true) ??
    amount('bigTicketFrom', o.bigTicketFrom) ??
    share('concentratedFrom', o.concentratedFrom, true) ??
    share('margin', o.margin, true) ??
    amount('serviceCosts.complaint', o.serviceCosts.complaint) ??
    amount('serviceCosts.refund', o.serviceCosts.refund) ??
    amount('serviceCosts.complaintFollowUp', o.serviceCosts.complaintFollowUp)
  return bad === undefined ? E.right(o) : E.left(bad)
}
