// What the churn analysis reports: per customer, whether they are slipping
// away and why; the win-back list; the lost and their reasons; which model
// made the call.
import type { CustomerId, LocalDate, LostReason } from '@clientele/core'
import type { BgNbdFit, FitProblem, GammaGammaFit } from './model/index.js'

/** Why a customer counts as at risk. @since 0.1.0 @category churn */
export type AtRiskWhy =
  /** The fitted BG/NBD model puts the chance they still buy here below the threshold. */
  | 'unlikely_alive'
  /** No model: the days since their last purchase exceed their own rhythm by the cadence factor. */
  | 'overdue_for_cadence'
  /** Bought once, long ago: BG/NBD calls every one-time buyer alive, so a recency rule decides. */
  | 'one_time_buyer_lapsed'

/** One customer's churn line as of the day. Money in minor units of the shop's currency. @since 0.1.0 @category churn */
export interface ChurnLine {
  readonly customerId: CustomerId
  readonly kind: 'person' | 'organisation' | 'partner'
  /** Distinct days with a purchase. */
  readonly purchaseDays: number
  readonly lastPurchaseOn: LocalDate
  readonly daysSinceLastPurchase: number
  /** Median gap between purchase days; undefined for one-time buyers. */
  readonly cadenceDays: number | undefined
  /** Purchases less refunds to date: what the customer has been worth. */
  readonly netSpend: number
  /** P(alive) from the fitted model; undefined when it could not be fitted. */
  readonly probabilityAlive: number | undefined
  /** Expected purchases in the horizon after the day; undefined without a model. */
  readonly expectedPurchases: number | undefined
  /** Expected spend over the horizon (expected purchases × Gamma-Gamma spend per purchase), rounded; undefined without both models. */
  readonly expectedValue: number | undefined
  readonly status: 'active' | 'at_risk' | 'lost'
  /** Set when `status` is `at_risk`. */
  readonly atRiskBecause?: AtRiskWhy
  /** Set when `status` is `lost`: marked lost by staff and not bought since. */
  readonly lost?: { readonly markedOn: LocalDate; readonly reason: LostReason }
}

/** Which model decided: the fitted BG/NBD (and Gamma-Gamma when it fitted), or the cadence rule and why. @since 0.1.0 @category churn */
export type ChurnModelUsed =
  | { readonly _tag: 'BgNbd'; readonly fit: BgNbdFit; readonly spend: GammaGammaFit | FitProblem; readonly penalty: PenaltyUsed | undefined }
  | { readonly _tag: 'CadenceRule'; readonly because: FitProblem | TooFewBuyers }

/**
 * The L2 penalty the BG/NBD fit used, and why: the shop set one; the shop has
 * too few repeat buyers to pin four parameters down; or the plain fit ran off
 * to the boundary (the history shows next to no dropout yet), where a weak
 * penalty keeps the estimates finite at a likelihood all but equal to the supremum.
 *
 * @since 0.1.0
 * @category churn
 */
export interface PenaltyUsed {
  readonly weight: number
  readonly because: 'set_by_shop' | 'few_repeat_buyers' | 'plain_fit_diverged'
}

/** Too few buyers to fit a model to at all. @since 0.1.0 @category churn */
export interface TooFewBuyers {
  readonly _tag: 'TooFewBuyers'
  readonly buyers: number
  readonly minimum: number
}

/** The churn analysis of a shop as of a day. @since 0.1.0 @category churn */
export interface ChurnReport {
  readonly asOf: LocalDate
  readonly model: ChurnModelUsed
  /**
   * Every customer who bought by the day, in the archive's order (the order they were
   * registered, the same in a replay), as in the tier and RFM reports.
   */
  readonly customers: ReadonlyArray<ChurnLine>
  /** At-risk customers, most valuable first (net spend, then customer id): whom to win back. */
  readonly winBack: ReadonlyArray<ChurnLine>
  /** Customers marked lost (and not back), latest mark first, then customer id. */
  readonly lost: ReadonlyArray<ChurnLine>
  /** How many are lost for each recorded reason, and at risk for each cause. */
  readonly reasons: {
    readonly lost: Readonly<Partial<Record<LostReason, number>>>
    readonly atRisk: Readonly<Partial<Record<AtRiskWhy, number>>>
  }
}
