// RFM as of a day (DOMAIN.md item 8): recency and monetary scored by
// quintiles of the shop's buyers, frequency by fixed thresholds, read as the
// common English segments and the Chinese eight classes.
import type { CustomerId, CustomerKind, LocalDate } from '@clientele/core'
import * as E from 'fp-ts/lib/Either.js'
import { registeredBy } from '../history/index.js'
import type { ProfilesState } from '../profiles/index.js'
import { epochDayOf } from '../internal/epochDay.js'
import { type DayWindow, daysBackFrom, tallyAsOf, windowStart } from './countedPurchases.js'
import { countAbove, countBelow, meanOf, medianOf, quintileScore, sortedAscending } from './distribution.js'
import { frequencyScore, resolveRfmOptions, type RfmOptions } from './rfmOptions.js'
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

// A line while the report is being made: scores, names and splits are filled in once every buyer is known.
type LineInProgress = { -readonly [K in keyof RfmLine]: RfmLine[K] } & { high: { r: boolean; f: boolean; m: boolean } }

/**
 * Every buyer's RFM as of `asOf`. R and M are quintile scores among the
 * buyers: score = 1 + ⌊5 × (buyers strictly worse) / buyers⌋, so equal values
 * get equal scores and a group of ties takes the score of its lowest member
 * (when 60 % spent the same, they all score 1, not 2 or 3). F uses fixed
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
  const o = resolved.right
  const window: DayWindow | undefined = o.windowDays === undefined ? undefined : { from: windowStart(asOf, o.windowDays), to: asOf }
  const daysBack = daysBackFrom(asOf)
  const customers: LineInProgress[] = []
  const asOfDay = epochDayOf(asOf)
  const fromDay = window === undefined ? Number.NEGATIVE_INFINITY : epochDayOf(window.from)
  for (const p of state.profiles.values()) {
    if (!registeredBy(p, asOf)) continue
    const tally = tallyAsOf(p, asOf, asOfDay, fromDay, o.currency)
    if (tally === undefined || tally.inWindow === 0) continue
    const frequency = tally.inWindow
    const monetary = tally.valueInWindow
    const last = tally.lastInWindowOn
    // NOTE: one object per buyer with every property set (placeholders until the distribution is known): at 100,000 buyers, fewer and same-shaped objects are what keeps this fast.
    customers.push({
      customerId: p.customerId,
      kind: p.registration.kind,
      lastPurchaseOn: last,
      recencyDays: daysBack(last),
      frequency,
      monetary,
      r: 1,
      f: 1,
      m: 1,
      segment: 'lost',
      high: { r: false, f: false, m: false },
      rfmClass: 'general_win_back',
    })
  }
  const n = customers.length
  const recency = sortedAscending(customers.map((b) => b.recencyDays))
  const money = sortedAscending(customers.map((b) => b.monetary))
  const frequencies = sortedAscending(customers.map((b) => b.frequency))
  const splitOf = o.split === 'median' ? medianOf : meanOf
  const split =
    n === 0 ? undefined : { recencyDays: splitOf(recency) as number, frequency: splitOf(frequencies) as number, monetary: splitOf(money) as number }
  const segments: Partial<Record<RfmSegment, number>> = {}
  const classes: Partial<Record<RfmClass, number>> = {}
  for (const c of customers) {
    // Worse recency is longer ago; worse money is less.
    c.r = quintileScore(countAbove(recency, c.recencyDays), n)
    c.m = quintileScore(countBelow(money, c.monetary), n)
    c.f = frequencyScore(c.frequency, o.frequencyFrom)
    const s = split as NonNullable<typeof split>
    c.high.r = c.recencyDays < s.recencyDays
    c.high.f = c.frequency > s.frequency
    c.high.m = c.monetary > s.monetary
    c.segment = rfmSegmentOf(c.r, c.f)
    c.rfmClass = rfmClassOf(c.high.r, c.high.f, c.high.m)
    segments[c.segment] = (segments[c.segment] ?? 0) + 1
    classes[c.rfmClass] = (classes[c.rfmClass] ?? 0) + 1
  }
  return E.right({ asOf, window, split, customers, segments, classes })
}
