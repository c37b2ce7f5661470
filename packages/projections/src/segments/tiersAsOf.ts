// Tiers as of a day (DOMAIN.md item 6): every customer's tier from their
// purchases in the window ending that day, read from the history up to it.
import { type CustomerId, type CustomerKind, DEFAULT_CURRENCY, type LocalDate } from '@clientele/core'
import * as E from 'fp-ts/lib/Either.js'
import { collectAsOf, dayNames, type ProfileCollector } from '../history/index.js'
import type { ProfilesState } from '../profiles/index.js'
import { epochDayOf } from '../internal/epochDay.js'
import { type DayWindow, newTally, refundsByIndexOf, tallyAsOf } from './countedPurchases.js'
import type { SegmentOptionInvalid } from './segmentOptionInvalid.js'
import { type ResolvedTierRules, resolveTierRules, type Tier, tierOf, tierOrder, type TierRules, tierWindowOf } from './tierRules.js'

/** One customer's tier on the day. @since 0.1.0 @category segments */
export interface TierLine {
  readonly customerId: CustomerId
  readonly kind: CustomerKind
  readonly tier: Tier
  /** Purchases in the window (returns left out): what A–D are judged by. */
  readonly purchasesInWindow: number
  /** Purchases to date: tells a passer-by (one) from a returning customer. */
  readonly purchasesToDate: number
  readonly lastPurchaseOn: LocalDate
}

/** The tiers of a shop as of a day. @since 0.1.0 @category segments */
export interface TierReport {
  readonly asOf: LocalDate
  readonly window: DayWindow
  /**
   * Every customer who had bought by the day, in the archive's order (the order they were registered,
   * the same in a replay); those who never bought have no tier.
   */
  readonly customers: ReadonlyArray<TierLine>
  /** How many customers are in each tier. */
  readonly counts: Readonly<Record<Tier, number>>
}

/**
 * Every customer's tier as of `asOf`, from the history up to that day only,
 * so last month's tiers can be rebuilt exactly (seed 001, rules per shop).
 *
 * @example
 * const tiers = tiersAsOf(views.profiles, '2026-06-30' as LocalDate, { window: { _tag: 'calendarMonth' } })
 *
 * @since 0.1.0
 * @category segments
 */
export const tiersAsOf = (state: ProfilesState, asOf: LocalDate, rules: TierRules = {}): E.Either<SegmentOptionInvalid, TierReport> => {
  const resolved = resolveTierRules(rules)
  if (E.isLeft(resolved)) return resolved
  return E.right(collectAsOf(state, asOf, tierCollector(asOf, resolved.right)))
}

/**
 * The tiers in two steps, so that one walk over the profiles can feed
 * several reports: `add` every customer registered by the day, in the
 * archive's order, then `report`. @internal
 */
export const tierCollector = (
  asOf: LocalDate,
  r: ResolvedTierRules,
): ProfileCollector<TierReport> => {
  const window = tierWindowOf(asOf, r.window)
  const customers: TierLine[] = []
  const counts = Object.fromEntries(tierOrder.map((t) => [t, 0])) as Record<Tier, number>
  const dates = dayNames(asOf)
  const asOfDay = dates.asOfDay
  const fromDay = epochDayOf(window.from)
  const tally = newTally()
  return {
    add: (p, refunded = refundsByIndexOf(p, asOf)) => {
      // Counting needs no currency: any will do.
      if (!tallyAsOf(p, asOf, asOfDay, fromDay, p.totals.currency ?? DEFAULT_CURRENCY, refunded, tally)) return
      const tier = tierOf(tally.inWindow, tally.toDate, r)
      if (tier === undefined) return
      counts[tier]++
      customers.push({ customerId: p.customerId, kind: p.registration.kind, tier, purchasesInWindow: tally.inWindow, purchasesToDate: tally.toDate, lastPurchaseOn: dates.of(tally.lastDay) })
    },
    report: () => ({ asOf, window, customers, counts }),
  }
}
