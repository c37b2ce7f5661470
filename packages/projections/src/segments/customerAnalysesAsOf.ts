// Tiers, RFM and churn as of a day from one walk over the profiles: what a
// shop's daily run asks for together (the care agenda's tiers, the RFM
// screen, the win-back list).
import type { LocalDate } from '@clientele/core'
import * as E from 'fp-ts/lib/Either.js'
import { churnCollector } from '../churn/churnAsOf.js'
import { type ChurnOptionInvalid, type ChurnOptions, resolveChurnOptions } from '../churn/churnOptions.js'
import type { ChurnReport } from '../churn/churnReport.js'
import { registeredBy } from '../history/index.js'
import type { ProfilesState } from '../profiles/index.js'
import { refundsByIndexOf } from './countedPurchases.js'
import { rfmCollector, type RfmReport } from './rfmAsOf.js'
import { resolveRfmOptions, type RfmOptions } from './rfmOptions.js'
import type { SegmentOptionInvalid } from './segmentOptionInvalid.js'
import { tierCollector, type TierReport } from './tiersAsOf.js'
import { resolveTierRules, type TierRules } from './tierRules.js'

/** The options of each analysis, as `tiersAsOf`, `rfmAsOf` and `churnAsOf` take them. @since 0.1.0 @category segments */
export interface CustomerAnalysesOptions {
  readonly tiers?: TierRules
  readonly rfm?: RfmOptions
  readonly churn?: ChurnOptions
}

/** The three reports of one day. @since 0.1.0 @category segments */
export interface CustomerAnalyses {
  readonly tiers: TierReport
  readonly rfm: RfmReport
  readonly churn: ChurnReport
}

/**
 * Tiers, RFM and churn as of `asOf`, each equal to what `tiersAsOf`,
 * `rfmAsOf` and `churnAsOf` give for the same options, from one walk over
 * the profiles instead of three. NOTE: the walk, not the arithmetic, is
 * most of what those reports cost on a large shop (every customer's
 * profile and purchase arrays fetched from memory); here each customer is
 * fetched once for all three. A bad option is returned as the first
 * analysis's typed error, in the order tiers, RFM, churn.
 *
 * @example
 * const all = customerAnalysesAsOf(views.profiles, '2026-11-23' as LocalDate)
 * if (E.isRight(all)) all.right.churn.winBack.slice(0, 10)
 *
 * @since 0.1.0
 * @category segments
 */
export const customerAnalysesAsOf = (
  state: ProfilesState,
  asOf: LocalDate,
  options: CustomerAnalysesOptions = {},
): E.Either<SegmentOptionInvalid | ChurnOptionInvalid, CustomerAnalyses> => {
  const tierRules = resolveTierRules(options.tiers)
  if (E.isLeft(tierRules)) return tierRules
  const rfmOptions = resolveRfmOptions(options.rfm)
  if (E.isLeft(rfmOptions)) return rfmOptions
  const churnOptions = resolveChurnOptions(options.churn)
  if (E.isLeft(churnOptions)) return churnOptions
  const tiers = tierCollector(asOf, tierRules.right)
  const rfm = rfmCollector(asOf, rfmOptions.right)
  const churn = churnCollector(asOf, churnOptions.right)
  for (const p of state.profiles.values()) {
    if (!registeredBy(p, asOf)) continue
    const refunded = refundsByIndexOf(p, asOf)
    tiers.add(p, refunded)
    rfm.add(p, refunded)
    churn.add(p, refunded)
  }
  return E.right({ tiers: tiers.report(), rfm: rfm.report(), churn: churn.report() })
}
