// Value classes as of a day (DOMAIN.md item 7, seed 002): gold (黄金客户),
// meteor (流星客户), small star (小星客户) and burden (负担客户), from measured
// quantities and thresholds read from the shop's own distribution.
import type { CustomerId, CustomerKind, LocalDate } from '@clientele/core'
import * as E from 'fp-ts/lib/Either.js'
import { registeredBy } from '../history/index.js'
import type { ProfilesState } from '../profiles/index.js'
import { type DayWindow, windowStart } from './countedPurchases.js'
import { medianOf, nearestRank, sortedAscending } from './distribution.js'
import type { SegmentOptionInvalid } from './segmentOptionInvalid.js'
import { DEFAULT_COST_WEIGHTS, resolveValueClassOptions, type ServiceCosts, type ValueClassOptions } from './valueClassOptions.js'
import { measureContext, measureCustomer, type RawMeasures, serviceCostOf, type ValueMeasures } from './valueMeasures.js'

/**
 * A customer's value class. `ordinary` (一般客户) holds whoever fits none of
 * the seed's four: an irregular buyer of middling value, a one-off small buyer.
 * @since 0.1.0 @category segments
 */
export type ValueClass = 'gold' | 'meteor' | 'small_star' | 'burden' | 'ordinary'

/** The seed's names of the value classes. @since 0.1.0 @category segments */
export const valueClassLabels: Readonly<Record<ValueClass, string>> = {
  gold: '黄金客户',
  meteor: '流星客户',
  small_star: '小星客户',
  burden: '负担客户',
  ordinary: '一般客户',
}

/** One customer's value class with the measures that decided it. @since 0.1.0 @category segments */
export interface ValueClassLine extends ValueMeasures {
  readonly customerId: CustomerId
  readonly kind: CustomerKind
  readonly valueClass: ValueClass
}

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

interface Measured {
  readonly customerId: CustomerId
  readonly kind: CustomerKind
  readonly m: RawMeasures
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
  const measured: Measured[] = []
  const tickets: number[] = []
  const values: number[] = []
  for (const p of state.profiles.values()) {
    if (!registeredBy(p, asOf)) continue
    const m = measureCustomer(p, cx)
    if (m === undefined) continue
    measured.push({ customerId: p.customerId, kind: p.registration.kind, m })
    for (const t of m.tickets) if (t > 0) tickets.push(t)
    if (m.value > 0) values.push(m.value)
  }
  const ticketDistribution = sortedAscending(tickets)
  const medianTicket = medianOf(ticketDistribution)
  const costOf = (k: keyof ServiceCosts): number => o.serviceCosts[k] ?? Math.round(o.margin * (medianTicket ?? 0) * DEFAULT_COST_WEIGHTS[k])
  const thresholds: ValueThresholds = {
    highValue: o.highValueFrom ?? nearestRank(sortedAscending(values), o.highValueQuantile),
    bigTicket: o.bigTicketFrom ?? nearestRank(ticketDistribution, o.bigTicketQuantile),
    medianTicket,
    serviceCosts: { complaint: costOf('complaint'), refund: costOf('refund'), complaintFollowUp: costOf('complaintFollowUp') },
  }
  const counts: Record<ValueClass, number> = { gold: 0, meteor: 0, small_star: 0, burden: 0, ordinary: 0 }
  const customers = measured
    .map(({ customerId, kind, m }): ValueClassLine => {
      const serviceCost = serviceCostOf(m, thresholds.serviceCosts)
      const valueClass = classOf(m, serviceCost, thresholds, o)
      counts[valueClass]++
      // NOTE: properties listed, not spread: spreading is several times slower at 100,000 customers.
      return {
        customerId,
        kind,
        valueClass,
        value: m.value,
        purchases: m.purchases,
        largestPurchase: m.largestPurchase,
        concentration: m.concentration,
        activePeriods: m.activePeriods,
        observedPeriods: m.observedPeriods,
        regularity: m.regularity,
        complaints: m.complaints,
        refunds: m.refunds,
        complaintFollowUps: m.complaintFollowUps,
        serviceCost,
      }
    })
  return E.right({ asOf, window, thresholds, customers, counts })
}

const classOf = (
  m: RawMeasures,
  serviceCost: number,
  t: ValueThresholds,
  o: { readonly margin: number; readonly concentratedFrom: number; readonly regularFrom: number },
): ValueClass => {
  if (serviceCost > m.value * o.margin) return 'burden'
  if (t.bigTicket !== undefined && m.purchases > 0 && m.largestPurchase >= t.bigTicket && m.concentration >= o.concentratedFrom) return 'meteor'
  const regular = m.activePeriods >= 2 && m.regularity >= o.regularFrom
  if (!regular) return 'ordinary'
  return t.highValue !== undefined && m.value >= t.highValue ? 'gold' : 'small_star'
}
