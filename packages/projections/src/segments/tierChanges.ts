// Tier changes between two days (动态管理): who moved from which tier to
// which, e.g. "who dropped from B to D this month", so staff can act on it.
import type { CustomerId, LocalDate } from '@clientele/core'
import * as E from 'fp-ts/lib/Either.js'
import type { ProfilesState } from '../profiles/index.js'
import type { SegmentOptionInvalid } from './segmentOptionInvalid.js'
import { type Tier, tierOrder, type TierRules } from './tierRules.js'
import { tiersAsOf } from './tiersAsOf.js'

/** A tier, or `none` for a customer with no tier that day (not registered yet, or not bought yet). @since 0.1.0 @category segments */
export type TierOrNone = Tier | 'none'

/** One customer whose tier differs between the two days. @since 0.1.0 @category segments */
export interface TierChange {
  readonly customerId: CustomerId
  readonly from: TierOrNone
  readonly to: TierOrNone
  /** `up` towards A, `down` towards E and then `none`. */
  readonly direction: 'up' | 'down'
}

/** The tier changes of a shop between two days. @since 0.1.0 @category segments */
export interface TierChangeReport {
  readonly from: LocalDate
  readonly to: LocalDate
  /** Only the customers whose tier changed, by customer id. */
  readonly changes: ReadonlyArray<TierChange>
}

const rank = (t: TierOrNone): number => (t === 'none' ? tierOrder.length : tierOrder.indexOf(t))

/**
 * Who moved between tiers from the day `from` to the day `to`, each day's
 * tiers read as of that day with the same rules (see `tiersAsOf`).
 *
 * @example
 * const month = tierChanges(views.profiles, '2026-05-31' as LocalDate, '2026-06-30' as LocalDate)
 * if (E.isRight(month)) tierMoves(month.right, 'B', 'D') // who dropped from B to D
 *
 * @since 0.1.0
 * @category segments
 */
export const tierChanges = (state: ProfilesState, from: LocalDate, to: LocalDate, rules: TierRules = {}): E.Either<SegmentOptionInvalid, TierChangeReport> => {
  const before = tiersAsOf(state, from, rules)
  if (E.isLeft(before)) return before
  const after = tiersAsOf(state, to, rules)
  if (E.isLeft(after)) return after
  const then = new Map<CustomerId, Tier>(before.right.customers.map((c) => [c.customerId, c.tier]))
  const now = new Map<CustomerId, Tier>(after.right.customers.map((c) => [c.customerId, c.tier]))
  const ids = [...new Set([...then.keys(), ...now.keys()])].sort()
  const changes: TierChange[] = []
  for (const customerId of ids) {
    const a: TierOrNone = then.get(customerId) ?? 'none'
    const b: TierOrNone = now.get(customerId) ?? 'none'
    if (a !== b) changes.push({ customerId, from: a, to: b, direction: rank(b) < rank(a) ? 'up' : 'down' })
  }
  return E.right({ from, to, changes })
}

/** The customers who moved from one given tier to another, e.g. B to D. @since 0.1.0 @category segments */
export const tierMoves = (report: TierChangeReport, from: TierOrNone, to: TierOrNone): ReadonlyArray<TierChange> =>
  report.changes.filter((c) => c.from === from && c.to === to)
