// The measured quantities behind a customer's value class (seed 002): value
// over the window, how regularly they buy, how much of it was one purchase,
// and what serving them cost — each read from the history up to the day.
import { daysBetween, type LocalDate } from '@clientele/core'
import { complaintsAsOf, followUpsAsOf } from '../history/index.js'
import type { CustomerProfile } from '../profiles/index.js'
import { countedPurchasesAsOf, type DayWindow } from './countedPurchases.js'
import type { ServiceCosts } from './valueClassOptions.js'

/** What is measured of one customer over the window. Money in minor units of the shop's currency. @since 0.1.0 @category segments */
export interface ValueMeasures {
  /** Sales in the window less their refunds by the day. */
  readonly value: number
  /** Purchases in the window (returns left out). */
  readonly purchases: number
  /** The largest single purchase in the window. */
  readonly largestPurchase: number
  /** `largestPurchase / value`: 1 when everything was one purchase; 0 without value. */
  readonly concentration: number
  /** Periods (counted back from the day) in the window with a purchase. */
  readonly activePeriods: number
  /** Periods in the window since the customer's first purchase (all of them when that was before the window). */
  readonly observedPeriods: number
  /** `activePeriods / observedPeriods`; 0 when nothing was observed. */
  readonly regularity: number
  /** Complaints filed, refunds made and follow-ups about a complaint, in the window. */
  readonly complaints: number
  readonly refunds: number
  readonly complaintFollowUps: number
  /** The incidents priced with the shop's service costs. */
  readonly serviceCost: number
}

/** The raw counts of one customer, before the shop's thresholds and costs are known. @internal */
export type RawMeasures = Omit<ValueMeasures, 'serviceCost'> & { readonly tickets: ReadonlyArray<number> }

/** Measures one customer over the window; undefined when nothing happened in it (no purchase, no incident). @internal */
export const measureCustomer = (p: CustomerProfile, asOf: LocalDate, window: DayWindow, periodDays: number, currency: string): RawMeasures | undefined => {
  const all = countedPurchasesAsOf(p, asOf, currency)
  const totalPeriods = Math.ceil((daysBetween(window.from, asOf) + 1) / periodDays)
  const tickets: number[] = []
  const active = new Set<number>()
  let value = 0
  let largest = 0
  let first: LocalDate | undefined
  for (const { purchasedOn, value: v } of all) {
    if (first === undefined || purchasedOn < first) first = purchasedOn
    if (purchasedOn < window.from) continue
    tickets.push(v)
    value += v
    if (v > largest) largest = v
    active.add(Math.floor(daysBetween(purchasedOn, asOf) / periodDays))
  }
  let complaints = 0
  for (const c of complaintsAsOf(p, asOf)) if (c.filed.filedOn >= window.from) complaints++
  let refunds = 0
  for (const r of p.refunds) if (r.refundedOn >= window.from && r.refundedOn <= asOf) refunds++
  let complaintFollowUps = 0
  for (const f of followUpsAsOf(p, asOf))
    if (f.contactedOn >= window.from && (f.purpose === 'complaint' || f.complaintId !== undefined)) complaintFollowUps++
  if (tickets.length === 0 && complaints + refunds + complaintFollowUps === 0) return undefined
  const observed = first === undefined ? 0 : first < window.from ? totalPeriods : Math.floor(daysBetween(first, asOf) / periodDays) + 1
  return {
    value,
    purchases: tickets.length,
    largestPurchase: largest,
    concentration: value > 0 ? largest / value : 0,
    activePeriods: active.size,
    observedPeriods: observed,
    regularity: observed === 0 ? 0 : active.size / observed,
    complaints,
    refunds,
    complaintFollowUps,
    tickets,
  }
}

/** The incidents priced: complaints, refunds and follow-ups about complaints. @internal */
export const serviceCostOf = (m: Pick<ValueMeasures, 'complaints' | 'refunds' | 'complaintFollowUps'>, costs: ServiceCosts): number =>
  m.complaints * costs.complaint + m.refunds * costs.refund + m.complaintFollowUps * costs.complaintFollowUp
