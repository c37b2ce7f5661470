// RFM as of a day (DOMAIN.md item 8): recency and monetary scored by
// quintiles of the shop's buyers, frequency by fixed thresholds, read as the
// common English segments and the Chinese eight classes.
import type { CustomerId, CustomerKind, LocalDate } from '@clientele/core'
import * as E from 'fp-ts/lib/Either.js'
import { collectAsOf, dayNames, type ProfileCollector } from '../history/index.js'
import type { ProfilesState } from '../profiles/index.js'
import { epochDayOf } from '../internal/epochDay.js'
import { type DayWindow, newTally, refundsByIndexOf, tallyAsOf, windowStart } from './countedPurchases.js'
import { meanOf, medianOf, quintileScorer, sortedAscending, sortedAscendingCounts } from './distribution.js'
import { frequencyScore, type ResolvedRfmOptions, resolveRfmOptions, type RfmOptions } from './rfmOptions.js'
import { type RfmClass, rfmClassOf, type RfmScore, type RfmSegment, rfmSegmentOf } from './rfmSegments.js'
import type { SegmentOptionInvalid } from './segmentOptionInvalid.js'

/** One buyer's RFM line. Money in minor units of the shop's currency. @since 0.1.0 @category segments */
export interface RfmLine {
  readonly customerId: CustomerId
  readonly kind: CustomerKind
  readonly lastPurchaseOn: LocalDate
  /** Days from the last purchase to the day (0: bought that day). */
  readonly recencyDays: number
  /** Purchases (returns left out). */
  readonly frequency: number
  /** Sales less refunds by the day. */
  readonly monetary: number
  readonly r: RfmScore
  readonly f: RfmScore
  readonly m: RfmScore
  readonly segment: RfmSegment
  /** Recent, frequent, big spender: each against the shop's split. */
  readonly high: { readonly r: boolean; readonly f: boolean; readonly m: boolean }
  readonly rfmClass: RfmClass
}

/** The RFM report of a shop as of a day. @since 0.1.0 @category segments */
export interface RfmReport {
  readonly asOf: LocalDate
  /** The days purchases were counted in; undefined for all history to date. */
  readonly window: DayWindow | undefined
  /** The values R, F and M are high against (the buyers' median or mean); undefined without buyers. */
  readonly split: { readonly recencyDays: number; readonly frequency: number; readonly monetary: number } | undefined
  /** Every customer who bought (in the window), in the archive's order (the order they were registered). */
  readonly customers: ReadonlyArray<RfmLine>
  readonly segments: Readonly<Partial<Record<RfmSegment, number>>>
  readonly classes: Readonly<Partial<Record<RfmClass, number>>>
}

// The eight possible "high" triples, shared by the lines (they are read-only):
// one object fewer per buyer at 100,000 buyers.
const HIGH: ReadonlyArray<RfmLine['high']> = Array.from({ length: 8 }, (_, i) => ({ r: (i & 4) !== 0, f: (i & 2) !== 0, m: (i & 1) !== 0 }))

/**
 * Every buyer's RFM as of `asOf`. R and M are quintile scores among the
 * buyers by mid-rank: score = 1 + ⌊5 × (buyers strictly worse + half of
 * those with the same value, itself included) / buyers⌋, so equal values get
 * equal scores in the middle of the places they share (a lone buyer, or
 * everyone who bought today, scores 3, not 1). F uses fixed
 * thresholds. High, for the eight classes: recency below the split, frequency
 * and monetary above it (the median by default: the mean is dragged up by a
 * few big spenders, so most would be "low").
 *
 * @example
 * const rfm = rfmAsOf(views.profiles, '2026-06-30' as LocalDate)
 * if (E.isRight(rfm)) rfm.right.customers.filter((c) => c.segment === 'cant_lose_them')
 *
 * @since 0.1.0
 * @category segments
 */
export const rfmAsOf = (state: ProfilesState, asOf: LocalDate, options: RfmOptions = {}): E.Either<SegmentOptionInvalid, RfmReport> => {
  const resolved = resolveRfmOptions(options)
  if (E.isLeft(resolved)) return resolved
  return E.right(collectAsOf(state, asOf, rfmCollector(asOf, resolved.right)))
}

/**
 * RFM in two steps, so that one walk over the profiles can feed several
 * reports: `add` every customer registered by the day, in the archive's
 * order, then `report`. NOTE: the buyers' figures are kept in columns and
 * each line is made once, when its scores are known. @internal
 */
export const rfmCollector = (
  asOf: LocalDate,
  o: ResolvedRfmOptions,
): ProfileCollector<RfmReport> => {
  const window: DayWindow | undefined = o.windowDays === undefined ? undefined : { from: windowStart(asOf, o.windowDays), to: asOf }
  const dates = dayNames(asOf)
  const asOfDay = dates.asOfDay
  const fromDay = window === undefined ? Number.NEGATIVE_INFINITY : epochDayOf(window.from)
  // NOTE: the id and kind are read while the walk has the profile at hand;
  // fetching each profile again when the lines are made cost more than the scoring.
  const ids: CustomerId[] = []
  const kinds: CustomerKind[] = []
  // Days from the last purchase to the day: also where the last purchase day is read back from.
  const recencies: number[] = []
  const frequencies: number[] = []
  const monies: number[] = []
  const tally = newTally()
  return {
    add: (p, refunded = refundsByIndexOf(p, asOf)) => {
      if (!tallyAsOf(p, asOf, asOfDay, fromDay, o.currency, refunded, tally) || tally.inWindow === 0) return
      ids.push(p.customerId)
      kinds.push(p.registration.kind)
      recencies.push(asOfDay - tally.lastInWindowDay)
      frequencies.push(tally.inWindow)
      monies.push(tally.valueInWindow)
    },
    report: () => {
      const n = ids.length
      const recency = sortedAscendingCounts(recencies)
      const money = sortedAscending(monies)
      const frequency = sortedAscendingCounts(frequencies)
      const splitOf = o.split === 'median' ? medianOf : meanOf
      const split =
        n === 0 ? undefined : { recencyDays: splitOf(recency) as number, frequency: splitOf(frequency) as number, monetary: splitOf(money) as number }
      const segments: Partial<Record<RfmSegment, number>> = {}
      const classes: Partial<Record<RfmClass, number>> = {}
      const customers: RfmLine[] = []
      // Better recency is fewer days ago; better money is more.
      const recencyScore = quintileScorer(recency, 'lower')
      const moneyScore = quintileScorer(money, 'higher')
      for (let i = 0; i < n; i++) {
        const recencyDays = recencies[i] as number
        const f = frequencies[i] as number
        const monetary = monies[i] as number
        const r = recencyScore(recencyDays)
        const m = moneyScore(monetary)
        const s = split as NonNullable<typeof split>
        const high = HIGH[(recencyDays < s.recencyDays ? 4 : 0) + (f > s.frequency ? 2 : 0) + (monetary > s.monetary ? 1 : 0)] as RfmLine['high']
        const fScore = frequencyScore(f, o.frequencyFrom)
        const segment = rfmSegmentOf(r, fScore)
        const rfmClass = rfmClassOf(high.r, high.f, high.m)
        customers.push({
          customerId: ids[i] as CustomerId,
          kind: kinds[i] as CustomerKind,
          lastPurchaseOn: dates.of(asOfDay - recencyDays),
          recencyDays,
          frequency: f,
          monetary,
          r,
          f: fScore,
          m,
          segment,
          high,
          rfmClass,
        })
        segments[segment] = (segments[segment] ?? 0) + 1
        classes[rfmClass] = (classes[rfmClass] ?? 0) + 1
      }
      return { asOf, window, split, customers, segments, classes }
    },
  }
}
