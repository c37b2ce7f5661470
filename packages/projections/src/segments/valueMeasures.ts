// The measured quantities behind a customer's value class (seed 002): value
// over the window, how regularly they buy, how much of it was one purchase,
// and what serving them cost — each read from the history up to the day.
import { daysBetween, type LocalDate } from '@clientele/core'
import type { CustomerProfile } from '../profiles/index.js'
import { countedPurchasesAsOf, type DayWindow, daysBackFrom, valueIn } from './countedPurchases.js'
import type { ValueClassLine, ValueMeasures } from './valueClassLine.js'
import type { ServiceCosts } from './valueClassOptions.js'

/** What every customer's measurement shares: the window, the periods, and a memo of days back from the day. @internal */
export interface MeasureContext {
  readonly asOf: LocalDate
  readonly window: DayWindow
  readonly periodDays: number
  readonly totalPeriods: number
  readonly currency: string
  readonly daysBack: (day: LocalDate) => number
  /** Scratch marks of the periods seen, one per period, cleared after each customer. */
  readonly seen: Uint8Array
  /** Every positive purchase value in the window, of every customer: the shop's ticket distribution. */
  readonly tickets: number[]
}

/** A line while the report is being made: class and service cost are filled in once the shop's thresholds are known. @internal */
export type LineInProgress = { -readonly [K in keyof ValueClassLine]: ValueClassLine[K] }

/** The context of one report. @internal */
export const measureContext = (asOf: LocalDate, window: DayWindow, periodDays: number, currency: string): MeasureContext => {
  const totalPeriods = Math.ceil((daysBetween(window.from, asOf) + 1) / periodDays)
  return { asOf, window, periodDays, totalPeriods, currency, daysBack: daysBackFrom(asOf), seen: new Uint8Array(totalPeriods), tickets: [] }
}

/** Measures one customer over the window; undefined when nothing happened in it (no purchase, no incident). @internal */
export const measureCustomer = (p: CustomerProfile, cx: MeasureContext): LineInProgress | undefined => {
  const { asOf, window, periodDays, seen } = cx
  const touched: number[] = []
  let purchases = 0
  let value = 0
  let largest = 0
  let first: LocalDate | undefined
  for (const x of countedPurchasesAsOf(p, asOf)) {
    const on = x.purchase.purchasedOn
    if (first === undefined || on < first) first = on
    if (on < window.from) continue
    const v = valueIn(x, cx.currency)
    purchases++
    if (v > 0) cx.tickets.push(v)
    value += v
    if (v > largest) largest = v
    const period = Math.floor(cx.daysBack(on) / periodDays)
    if (seen[period] === 0) {
      seen[period] = 1
      touched.push(period)
    }
  }
  for (const period of touched) seen[period] = 0
  // The same cut as complaintsAsOf and followUpsAsOf (filed / contacted by the day), counted without copying.
  let complaints = 0
  for (const c of p.complaints) if (c.filed.filedOn >= window.from && c.filed.filedOn <= asOf) complaints++
  let refunds = 0
  for (const r of p.refunds) if (r.refundedOn >= window.from && r.refundedOn <= asOf) refunds++
  let complaintFollowUps = 0
  for (const f of p.followUps)
    if (f.contactedOn >= window.from && f.contactedOn <= asOf && (f.purpose === 'complaint' || f.complaintId !== undefined)) complaintFollowUps++
  if (purchases === 0 && complaints + refunds + complaintFollowUps === 0) return undefined
  const observed = first === undefined ? 0 : first < window.from ? cx.totalPeriods : Math.floor(cx.daysBack(first) / periodDays) + 1
  // NOTE: one object per customer, every property set here (the class and cost once the thresholds are known).
  return {
    customerId: p.customerId,
    kind: p.registration.kind,
    valueClass: 'ordinary',
    value,
    purchases,
    largestPurchase: largest,
    concentration: value > 0 ? largest / value : 0,
    activePeriods: touched.length,
    observedPeriods: observed,
    regularity: observed === 0 ? 0 : touched.length / observed,
    complaints,
    refunds,
    complaintFollowUps,
    serviceCost: 0,
  }
}

/** The incidents priced: complaints, refunds and follow-ups about complaints. @internal */
export const serviceCostOf = (m: Pick<ValueMeasures, 'complaints' | 'refunds' | 'complaintFollowUps'>, costs: ServiceCosts): number =>
  m.complaints * costs.complaint + m.refunds * costs.refund + m.complaintFollowUps * costs.complaintFollowUp
