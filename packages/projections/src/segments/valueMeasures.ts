// The measured quantities behind a customer's value class (seed 002): value
// over the window, how regularly they buy, how much of it was one purchase,
// and what serving them cost — each read from the history up to the day.
import { daysBetween, type LocalDate } from '@clientele/core'
import type { CustomerProfile } from '../profiles/index.js'
import { countedPurchasesAsOf, type DayWindow, daysBackFrom, valueIn } from './countedPurchases.js'
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
}

/** The context of one report. @internal */
export const measureContext = (asOf: LocalDate, window: DayWindow, periodDays: number, currency: string): MeasureContext => {
  const totalPeriods = Math.ceil((daysBetween(window.from, asOf) + 1) / periodDays)
  return { asOf, window, periodDays, totalPeriods, currency, daysBack: daysBackFrom(asOf), seen: new Uint8Array(totalPeriods) }
}

/** Measures one customer over the window; undefined when nothing happened in it (no purchase, no incident). @internal */
export const measureCustomer = (p: CustomerProfile, cx: MeasureContext): RawMeasures | undefined => {
  const { asOf, window, periodDays, seen } = cx
  const tickets: number[] = []
  const touched: number[] = []
  let value = 0
  let largest = 0
  let first: LocalDate | undefined
  for (const x of countedPurchasesAsOf(p, asOf)) {
    const on = x.purchase.purchasedOn
    if (first === undefined || on < first) first = on
    if (on < window.from) continue
    const v = valueIn(x, cx.currency)
    tickets.push(v)
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
  if (tickets.length === 0 && complaints + refunds + complaintFollowUps === 0) return undefined
  const observed = first === undefined ? 0 : first < window.from ? cx.totalPeriods : Math.floor(cx.daysBack(first) / periodDays) + 1
  return {
    value,
    purchases: tickets.length,
    largestPurchase: largest,
    concentration: value > 0 ? largest / value : 0,
    activePeriods: touched.length,
    observedPeriods: observed,
    regularity: observed === 0 ? 0 : touched.length / observed,
    complaints,
    refunds,
    complaintFollowUps,
    tickets,
  }
}

/** The incidents priced: complaints, refunds and follow-ups about complaints. @internal */
export const serviceCostOf = (m: Pick<ValueMeasures, 'complaints' | 'refunds' | 'complaintFollowUps'>, costs: ServiceCosts): number =>
  m.complaints * costs.complaint + m.refunds * costs.refund + m.complaintFollowUps * costs.complaintFollowUp
