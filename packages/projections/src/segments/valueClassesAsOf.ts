// Value classes as of a day (DOMAIN.md item 7, seed 002): gold (黄金客户),
// meteor (流星客户), small star (小星客户) and burden (负担客户), from measured
// quantities and thresholds read from the shop's own distribution.
import type { LocalDate } from '@clientele/core'
import * as E from 'fp-ts/lib/Either.js'
import { registeredBy } from '../history/index.js'
import type { ProfilesState } from '../profiles/index.js'
import { type DayWindow, windowStart } from './countedPurchases.js'
import { medianOf, nearestRank, sortedAscending } from './distribution.js'
import type { SegmentOptionInvalid } from './segmentOptionInvalid.js'
import { DEFAULT_COST_WEIGHTS, resolveValueClassOptions, type ServiceCosts, type ValueClassOptions } from './valueClassOptions.js'
import type { ValueClass, ValueClassLine, ValueMeasures } from './valueClassLine.js'
import { type LineInProgress, measureContext, measureCustomer, serviceCostOf } from './valueMeasures.js'

/** The thresholds the classes were decided with: the shop's own unless set in the options. @since 0.1.0 @category segments */
export interface ValueThresholds {
  /** Gold from this value; undefined when nobody bought for money in the window (then nobody is gold). */
  readonly highValue: number | undefined
  /** A big ticket from this purchase value; undefined when there were no tickets (then nobody is a meteor). */
  readonly bigTicket: number | undefined
  /** The median purchase value in the window, which the default service costs are priced from. */
  readonly medianTicket: number | undefined
  readonly serviceCosts: ServiceCosts
}

/** The value classes of a shop as of a day. @since 0.1.0 @category segments */
export interface ValueClassReport {
  readonly asOf: LocalDate
  readonly window: DayWindow
  readonly thresholds: ValueThresholds
  /** Every customer who bought or needed service in the window, in the archive's order (the order they were registered). */
  readonly customers: ReadonlyArray<ValueClassLine>
  readonly counts: Readonly<Record<ValueClass, number>>
}

/**
 * Every customer's value class as of `asOf`, first match wins:
 * burden — service cost above what the shop keeps of their value (value × margin);
 * meteor — one big ticket (≥ the shop's 90th percentile) holding ≥ 80 % of their value;
 * gold — regular and of high value (≥ the shop's 80th percentile of buyers);
 * small star — regular, value below that; ordinary — the rest.
 * Regular: a purchase in at least half of the 30-day periods since they first came, and in two at least.
 *
 * @example
 * const classes = valueClassesAsOf(views.profiles, '2026-06-30' as LocalDate, { margin: 0.4 })
 *
 * @since 0.1.0
 * @category segments
 */
export const valueClassesAsOf = (state: ProfilesState, asOf: LocalDate, options: ValueClassOptions = {}): E.Either<SegmentOptionInvalid, ValueClassReport> => {
  const resolved = resolveValueClassOptions(options)
  if (E.isLeft(resolved)) return resolved
  const o = resolved.right
  const window: DayWindow = { from: windowStart(asOf, o.windowDays), to: asOf }
  const cx = measureContext(asOf, window, o.periodDays, o.currency)
  const customers: LineInProgress[] = []
  const values: number[] = []
  for (const p of state.profiles.values()) {
    if (!registeredBy(p, asOf)) continue
    const line = measureCustomer(p, cx)
    if (line === undefined) continue
    customers.push(line)
    if (line.value > 0) values.push(line.value)
  }
  const ticketDistribution = sortedAscending(cx.tickets)
  const medianTicket = medianOf(ticketDistribution)
  const costOf = (k: keyof ServiceCosts): number => o.serviceCosts[k] ?? Math.round(o.margin * (medianTicket ?? 0) * DEFAULT_COST_WEIGHTS[k])
  const thresholds: ValueThresholds = {
    highValue: o.highValueFrom ?? nearestRank(sortedAscending(values), o.highValueQuantile),
    bigTicket: o.bigTicketFrom ?? nearestRank(ticketDistribution, o.bigTicketQuantile),
    medianTicket,
    serviceCosts: { complaint: costOf('complaint'), refund: costOf('refund'), complaintFollowUp: costOf('complaintFollowUp') },
  }
  const counts: Record<ValueClass, number> = { gold: 0, meteor: 0, small_star: 0, burden: 0, ordinary: 0 }
  for (const line of customers) {
    line.serviceCost = serviceCostOf(line, thresholds.serviceCosts)
    line.valueClass = classOf(line, thresholds, o)
    counts[line.valueClass]++
  }
  return E.right({ asOf, window, thresholds, customers, counts })
}

const classOf = (
  m: ValueMeasures,
  t: ValueThresholds,
  o: { readonly margin: number; readonly concentratedFrom: number; readonly regularFrom: number },
): ValueClass => {
  if (m.serviceCost > m.value * o.margin) return 'burden'
  if (t.bigTicket !== undefined && m.purchases > 0 && m.largestPurchase >= t.bigTicket && m.concentration >= o.concentratedFrom) return 'meteor'
  const regular = m.activePeriods >= 2 && m.regularity >= o.regularFrom
  if (!regular) return 'ordinary'
  return t.highValue !== undefined && m.value >= t.highValue ? 'gold' : 'small_star'
}
