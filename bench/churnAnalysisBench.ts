// Benchmark of the churn analysis (issue 4): every customer of a shop with
// 100,000 customers as of a day, model fit included, next to a naive
// recomputation of the same per-customer figures straight from the raw events.
import { addDays, type CustomerEvent, daysBetween, type LocalDate } from '@clientele/core'
import { simulateShop } from '@clientele/core/testing'
import { applyAll, churnAsOf, profiles, type ProjectedEvent } from '@clientele/projections'
import { fmt, heading, row, time } from './harness.js'

const toProjected = (events: ReadonlyArray<{ stream: string; event: CustomerEvent }>): ProjectedEvent[] =>
  events.map(({ stream, event }, i) => ({ event, customerId: event.data.customerId, stream, revision: 0, position: BigInt(i + 1), recordedAt: '2026-01-01T00:00:00.000Z' }))

// The naive way: walk every raw event, keep each customer's purchase days and
// net spend in plain objects, then derive recency and cadence. No model fit.
const naive = (events: ReadonlyArray<ProjectedEvent>, asOf: LocalDate): number => {
  const byCustomer = new Map<string, { days: Set<string>; net: number }>()
  for (const { event } of events) {
    if (event.type === 'PurchaseLogged' && event.data.purchasedOn <= asOf) {
      const c = byCustomer.get(event.data.customerId) ?? { days: new Set<string>(), net: 0 }
      byCustomer.set(event.data.customerId, c)
      c.days.add(event.data.purchasedOn)
      c.net += event.data.amount.amount
    } else if (event.type === 'PurchaseRefunded' && event.data.refundedOn <= asOf) {
      const c = byCustomer.get(event.data.customerId)
      if (c !== undefined) c.net -= event.data.amount.amount
    }
  }
  let atRisk = 0
  for (const c of byCustomer.values()) {
    const days = [...c.days].sort()
    const gaps = days.slice(1).map((d, i) => daysBetween(days[i] as LocalDate, d as LocalDate)).sort((a, b) => a - b)
    const since = daysBetween(days[days.length - 1] as LocalDate, asOf)
    const cadence = gaps[gaps.length >> 1]
    if (cadence === undefined ? since > 90 : since > 2 * cadence) atRisk++
  }
  return atRisk
}

export const runChurnAnalysisBench = async (): Promise<void> => {
  heading('Churn analysis as of a day: 100,000 customers')
  const shop = simulateShop({ seed: 3, customers: 100_000, days: 150 })
  const events = toProjected(shop.events)
  const state = applyAll(profiles, profiles.init(), events)
  const asOf = addDays('2024-01-01' as LocalDate, 150)
  let atRisk = 0
  const analysis = time(() => {
    const r = churnAsOf(state, asOf)
    atRisk = r._tag === 'Right' ? r.right.winBack.length : -1
  }, 3)
  const baseline = time(() => naive(events, asOf), 3)
  row('customers / events', `${fmt(state.profiles.size)} / ${fmt(events.length)}`)
  row('churnAsOf, BG/NBD + Gamma-Gamma fit included', `${fmt(analysis.medianMs)} ms`, `median of 3; ${fmt(atRisk)} at risk (aim < 1 s with tiers and RFM)`)
  row('naive recency and cadence from the raw events', `${fmt(baseline.medianMs)} ms`, `${(analysis.medianMs / baseline.medianMs).toFixed(2)}x of it; no model`)
}
