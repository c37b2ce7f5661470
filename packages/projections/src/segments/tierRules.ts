// The snack-shop tiers of seed 001 (客户划分): A ≥ 15 purchases in a month,
// B ≥ 10, C ≥ 5, D ≥ 3, E a passer-by who bought only once, with the seed's
// gap filled, each shop's own thresholds and window, and how often staff
// follow each tier up.
import { type LocalDate } from '@clientele/core'
import * as E from 'fp-ts/lib/Either.js'
import { type DayWindow, windowStart } from './countedPurchases.js'
import { optionInvalid, type SegmentOptionInvalid, wholeAtLeast } from './segmentOptionInvalid.js'

/**
 * A customer's tier, best first. `occasional` (回头客) fills the seed's gap:
 * bought more than once to date but fewer times in the window than D asks,
 * including a regular who skipped the whole window. An owner knows them and
 * expects neither "D" (they do not buy that often) nor "E" (not a passer-by).
 * @since 0.1.0 @category segments
 */
export type Tier = 'A' | 'B' | 'C' | 'D' | 'occasional' | 'E'

/** The tiers best first: the order `tierChanges` calls up and down. @since 0.1.0 @category segments */
export const tierOrder: ReadonlyArray<Tier> = ['A', 'B', 'C', 'D', 'occasional', 'E']

/** Purchases are counted in the `days` days ending on the day (rolling), or in the calendar month so far. @since 0.1.0 @category segments */
export type TierWindow = { readonly _tag: 'rolling'; readonly days: number } | { readonly _tag: 'calendarMonth' }

/** Minimum purchases in the window for each of A–D. @since 0.1.0 @category segments */
export interface TierThresholds {
  readonly A: number
  readonly B: number
  readonly C: number
  readonly D: number
}

/** A shop's tier rules; anything left out takes the seed's default. @since 0.1.0 @category segments */
export interface TierRules {
  /** Default rolling 30 days: every day has a full month behind it, where a calendar month starts empty on the 1st. */
  readonly window?: TierWindow
  /** Default the seed's A 15, B 10, C 5, D 3; they must descend strictly, D ≥ 1. */
  readonly thresholds?: Partial<TierThresholds>
  /** Where repeat customers below D go: the `occasional` tier (default), or folded into `D` or `E`. */
  readonly belowD?: 'occasional' | 'D' | 'E'
}

/** Tier rules with every default filled in. @since 0.1.0 @category segments */
export interface ResolvedTierRules {
  readonly window: TierWindow
  readonly thresholds: TierThresholds
  readonly belowD: 'occasional' | 'D' | 'E'
}

/** The seed's rules (001): a rolling month, A 15, B 10, C 5, D 3, the gap as its own tier. @since 0.1.0 @category segments */
export const defaultTierRules: ResolvedTierRules = {
  window: { _tag: 'rolling', days: 30 },
  thresholds: { A: 15, B: 10, C: 5, D: 3 },
  belowD: 'occasional',
}

/**
 * Days between follow-ups for each tier, the default cadence of the care
 * agenda: the best customers hear from the shop weekly (they are in the shop
 * every other day and notice neglect first), occasional buyers every two
 * months, a passer-by once a quarter (the after-purchase call comes first).
 * @since 0.1.0 @category segments
 */
export const defaultFollowUpCadence: Readonly<Record<Tier, number>> = { A: 7, B: 14, C: 30, D: 30, occasional: 60, E: 90 }

/** Fills in the defaults and checks every rule, naming the first bad one. @since 0.1.0 @category segments */
export const resolveTierRules = (rules: TierRules = {}): E.Either<SegmentOptionInvalid, ResolvedTierRules> => {
  const window = rules.window ?? defaultTierRules.window
  if (window._tag !== 'rolling' && window._tag !== 'calendarMonth') return E.left(optionInvalid('window', "must be { _tag: 'rolling', days } or { _tag: 'calendarMonth' }"))
  if (window._tag === 'rolling') {
    const bad = wholeAtLeast('window.days', window.days, 1)
    if (bad !== undefined) return E.left(bad)
  }
  const t: TierThresholds = { ...defaultTierRules.thresholds, ...rules.thresholds }
  const bad =
    wholeAtLeast('thresholds.D', t.D, 1) ??
    wholeAtLeast('thresholds.C', t.C, 1) ??
    wholeAtLeast('thresholds.B', t.B, 1) ??
    wholeAtLeast('thresholds.A', t.A, 1) ??
    (t.C > t.D ? undefined : optionInvalid('thresholds.C', `must be above D (${t.D})`)) ??
    (t.B > t.C ? undefined : optionInvalid('thresholds.B', `must be above C (${t.C})`)) ??
    (t.A > t.B ? undefined : optionInvalid('thresholds.A', `must be above B (${t.B})`))
  if (bad !== undefined) return E.left(bad)
  const belowD = rules.belowD ?? defaultTierRules.belowD
  if (belowD !== 'occasional' && belowD !== 'D' && belowD !== 'E') return E.left(optionInvalid('belowD', "must be 'occasional', 'D' or 'E'"))
  return E.right({ window, thresholds: t, belowD })
}

/** The days a tier report counts purchases in, both ends included. @since 0.1.0 @category segments */
export const tierWindowOf = (asOf: LocalDate, window: TierWindow): DayWindow =>
  window._tag === 'rolling' ? { from: windowStart(asOf, window.days), to: asOf } : { from: `${asOf.slice(0, 8)}01` as LocalDate, to: asOf }

/**
 * The tier of a customer with `inWindow` purchases in the window and
 * `toDate` purchases in all; undefined for a customer who never bought.
 * A–D go by the window; below D, one purchase to date is a passer-by (E),
 * more is the gap (`occasional`, or wherever `belowD` folds it).
 * @since 0.1.0 @category segments
 */
export const tierOf = (inWindow: number, toDate: number, rules: ResolvedTierRules = defaultTierRules): Tier | undefined => {
  const t = rules.thresholds
  if (toDate === 0) return undefined
  if (inWindow >= t.A) return 'A'
  if (inWindow >= t.B) return 'B'
  if (inWindow >= t.C) return 'C'
  if (inWindow >= t.D) return 'D'
  return toDate === 1 ? 'E' : rules.belowD
}
