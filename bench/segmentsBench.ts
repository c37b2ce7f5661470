// Benchmark of the segment reports (issue 5): tiers, value classes and RFM
// for every customer of a shop with 100,000 customers and ~1,000,000 events
// as of a day, each next to a naive recomputation straight from the raw
// event list measured in the same run; and tiers + RFM + churn together,
// from one walk (customerAnalysesAsOf) next to the three called separately.
import { addDays, type CustomerEvent, daysBetween, type LocalDate } from '@clientele/core'
import { simulateShop } from '@clientele/core/testing'
import { applyAll, churnAsOf, customerAnalysesAsOf, profiles, type ProfilesState, type ProjectedEvent } from '@clientele/projections'
// NOTE: imported from the folder until the package index lists the segments.
import { rfmAsOf, tiersAsOf, valueClassesAsOf } from '../packages/projections/src/segments/index.js'
import { fmt, heading, row, time, timePair } from './harness.js'

const toProjected = (events: ReadonlyArray<{ stream: string; event: CustomerEvent }>): ProjectedEvent[] =>
  events.map(({ stream, event }, i) => ({ event, customerId: event.data.customerId, stream, revision: 0, position: BigInt(i + 1), recordedAt: '2026-01-01T00:00:00.000Z' }))

interface Raw {
  purchases: Map<string, { on: string; amount: number; cny: boolean; refunded: number }>
  complaints: number
  refunds: number
  complaintFollowUps: number
}

// The naive way: one walk over every raw event up to the day into plain
// per-customer objects, with no read model. Forgotten customers are dropped.
const naiveFold = (events: ReadonlyArray<ProjectedEvent>, asOf: LocalDate, from: LocalDate): Map<string, Raw> => {
  const all = new Map<string, Raw>()
  for (const { event } of events) {
    const id = event.data.customerId
    if (event.type === 'CustomerRegistered') {
      if (event.data.registeredOn <= asOf) all.set(id, { purchases: new Map(), complaints: 0, refunds: 0, complaintFollowUps: 0 })
    } else if (event.type === 'CustomerForgotten') all.delete(id)
    else if (event.type === 'PurchaseLogged' && event.data.purchasedOn <= asOf) {
      const d = event.data
      all.get(id)?.purchases.set(d.purchaseId, { on: d.purchasedOn, amount: d.amount.amount, cny: d.amount.currency === 'CNY', refunded: 0 })
    } else if (event.type === 'PurchaseRefunded' && event.data.refundedOn <= asOf) {
      const c = all.get(id)
      const p = c?.purchases.get(event.data.purchaseId)
      if (p !== undefined) p.refunded += event.data.amount.amount
      if (c !== undefined && event.data.refundedOn >= from) c.refunds++
    } else if (event.type === 'ComplaintFiled' && event.data.filedOn <= asOf && event.data.filedOn >= from) {
      const c = all.get(id)
      if (c !== undefined) c.complaints++
    } else if (event.type === 'FollowUpLogged' && event.data.contactedOn <= asOf && event.data.contactedOn >= from && (event.data.purpose === 'complaint' || event.data.complaintId !== undefined)) {
      const c = all.get(id)
      if (c !== undefined) c.complaintFollowUps++
    }
  }
  return all
}

const keptOf = (c: Raw) => [...c.purchases.values()].filter((p) => !(p.amount > 0 && p.refunded >= p.amount))

const naiveTiers = (events: ReadonlyArray<ProjectedEvent>, asOf: LocalDate): Map<string, string> => {
  const from = addDays(asOf, -29)
  const tiers = new Map<string, string>()
  for (const [id, c] of naiveFold(events, asOf, from)) {
    const kept = keptOf(c)
    const n = kept.filter((p) => p.on >= from).length
    if (kept.length > 0) tiers.set(id, n >= 15 ? 'A' : n >= 10 ? 'B' : n >= 5 ? 'C' : n >= 3 ? 'D' : kept.length === 1 ? 'E' : 'occasional')
  }
  return tiers
}

const naiveValueClasses = (events: ReadonlyArray<ProjectedEvent>, asOf: LocalDate): Map<string, string> => {
  const from = addDays(asOf, -364)
  const rows = [...naiveFold(events, asOf, from)].map(([id, c]) => {
    const kept = keptOf(c)
    const inWindow = kept.filter((p) => p.on >= from)
    const values = inWindow.map((p) => (p.cny ? p.amount - p.refunded : 0))
    const first = kept.map((p) => p.on).sort()[0]
    const observed = first === undefined ? 0 : first < from ? 13 : Math.floor(daysBetween(first as LocalDate, asOf) / 30) + 1
    const active = new Set(inWindow.map((p) => Math.floor(daysBetween(p.on as LocalDate, asOf) / 30))).size
    return { id, values, value: values.reduce((x, y) => x + y, 0), active, observed, c }
  })
  const tickets = rows.flatMap((r) => r.values).filter((v) => v > 0).sort((x, y) => x - y)
  const values = rows.map((r) => r.value).filter((v) => v > 0).sort((x, y) => x - y)
  const big = tickets[Math.ceil(tickets.length * 0.9) - 1] ?? Infinity
  const high = values[Math.ceil(values.length * 0.8) - 1] ?? Infinity
  const n = tickets.length
  const median = n === 0 ? 0 : n % 2 === 1 ? (tickets[n >> 1] as number) : ((tickets[n / 2 - 1] as number) + (tickets[n / 2] as number)) / 2
  const classes = new Map<string, string>()
  for (const r of rows) {
    if (r.values.length === 0 && r.c.complaints + r.c.refunds + r.c.complaintFollowUps === 0) continue
    const cost = Math.round(0.3 * median) * r.c.complaints + Math.round(0.3 * median * 0.5) * r.c.refunds + Math.round(0.3 * median * 0.25) * r.c.complaintFollowUps
    const largest = Math.max(0, ...r.values)
    const regular = r.active >= 2 && r.active / r.observed >= 0.5
    classes.set(r.id, cost > r.value * 0.3 ? 'burden' : largest >= big && r.value > 0 && largest / r.value >= 0.8 ? 'meteor' : !regular ? 'ordinary' : r.value >= high ? 'gold' : 'small_star')
  }
  return classes
}

const naiveRfm = (events: ReadonlyArray<ProjectedEvent>, asOf: LocalDate): Map<string, string> => {
  const buyers = [...naiveFold(events, asOf, asOf)]
    .map(([id, c]) => ({ id, kept: keptOf(c) }))
    .filter((b) => b.kept.length > 0)
    .map(({ id, kept: k }) => ({ id, recency: daysBetween(k.map((p) => p.on).sort().at(-1) as LocalDate, asOf), frequency: k.length, monetary: k.reduce((x, p) => x + (p.cny ? p.amount - p.refunded : 0), 0) }))
  // Mid-rank: how many buyers are strictly worse than each value and how many share it, from one sorted pass per measure.
  const places = (xs: number[], worstFirst: (x: number, y: number) => number): Map<number, { worse: number; same: number }> => {
    const sorted = [...xs].sort(worstFirst)
    const out = new Map<number, { worse: number; same: number }>()
    sorted.forEach((v, i) => {
      const at = out.get(v)
      if (at === undefined) out.set(v, { worse: i, same: 1 })
      else at.same++
    })
    return out
  }
  const r = places(buyers.map((b) => b.recency), (x, y) => y - x)
  const m = places(buyers.map((b) => b.monetary), (x, y) => x - y)
  const score = (p: { worse: number; same: number } | undefined) => (p === undefined ? 0 : 1 + Math.floor((5 * (p.worse + p.same / 2)) / buyers.length))
  const out = new Map<string, string>()
  for (const b of buyers) {
    const f = b.frequency >= 10 ? 5 : b.frequency >= 5 ? 4 : b.frequency >= 3 ? 3 : b.frequency >= 2 ? 2 : 1
    out.set(b.id, `${score(r.get(b.recency))}${f}${score(m.get(b.monetary))}`)
  }
  return out
}

interface Shop {
  readonly state: ProfilesState
  readonly asOf: LocalDate
}

// The segment reports next to their naive recomputations, and churn alone;
// returns the medians the combined row is compared with.
// NOTE: a function of its own, so that the million raw events (and their
// wrappers) that only the naive recomputations read are garbage before
// customerAnalysesAsOf is timed: a shop's daily run holds the read model,
// not every event in memory, and while they stayed reachable every major
// collection during the timed runs marked them too.
const compareWithNaive = (): { readonly shop: Shop; readonly tiersMs: number; readonly rfmMs: number; readonly churnMs: number } => {
  const start = '2024-01-01' as LocalDate
  const days = 73
  const events = toProjected(simulateShop({ seed: 5, customers: 100_000, days, shop: 'snack', startDate: start }).events)
  const state = applyAll(profiles, profiles.init(), events)
  const asOf = addDays(start, days - 1)
  row('customers / events', `${fmt(state.profiles.size)} / ${fmt(events.length)}`, `snack shop, ${days} days, as of ${asOf}`)
  let sink: unknown
  const show = (label: string, mine: () => unknown, naive: () => unknown) => {
    const t = timePair(() => (sink = mine()), () => (sink = naive()), 5)
    row(label, `${fmt(t.a.medianMs)} ms`, `median of 5; naive from the raw events ${fmt(t.b.medianMs)} ms (${(t.b.medianMs / t.a.medianMs).toFixed(2)}x)`)
    return t.a.medianMs
  }
  // Both sides must say the same, or the comparison means nothing.
  const agree = (label: string, mine: ReadonlyArray<readonly [string, string]>, naive: Map<string, string>) => {
    const differ = mine.filter(([id, x]) => naive.get(id) !== x).length + Math.abs(naive.size - mine.length)
    row(`  ${label}: customers / disagreeing with naive`, `${fmt(mine.length)} / ${fmt(differ)}`)
  }
  const tiersMs = show('tiersAsOf (rolling 30 days)', () => tiersAsOf(state, asOf), () => naiveTiers(events, asOf))
  const t = tiersAsOf(state, asOf)
  if (t._tag === 'Right') agree('tiers', t.right.customers.map((c) => [c.customerId, c.tier] as const), naiveTiers(events, asOf))
  show('valueClassesAsOf (365 days)', () => valueClassesAsOf(state, asOf), () => naiveValueClasses(events, asOf))
  const v = valueClassesAsOf(state, asOf)
  if (v._tag === 'Right') agree('value classes', v.right.customers.map((c) => [c.customerId, c.valueClass] as const), naiveValueClasses(events, asOf))
  const rfmMs = show('rfmAsOf', () => rfmAsOf(state, asOf), () => naiveRfm(events, asOf))
  const r = rfmAsOf(state, asOf)
  if (r._tag === 'Right') agree('RFM scores', r.right.customers.map((c) => [c.customerId, `${c.r}${c.f}${c.m}`] as const), naiveRfm(events, asOf))
  const churn = time(() => (sink = churnAsOf(state, asOf)), 3)
  row('churnAsOf, fit included', `${fmt(churn.medianMs)} ms`, 'median of 3')
  void sink
  return { shop: { state, asOf }, tiersMs, rfmMs, churnMs: churn.medianMs }
}

export const runSegmentsBench = async (): Promise<void> => {
  heading('Segments as of a day: 100,000 customers')
  const { shop, tiersMs, rfmMs, churnMs } = compareWithNaive()
  const { state, asOf } = shop
  row('tiers + RFM + churn, sum of the medians above', `${fmt(tiersMs + rfmMs + churnMs)} ms`)
  let sink: unknown
  // The same three reports from one walk over the profiles, alternated with the three calls so both see the same load.
  const together = timePair(
    () => (sink = customerAnalysesAsOf(state, asOf)),
    () => (sink = [tiersAsOf(state, asOf), rfmAsOf(state, asOf), churnAsOf(state, asOf)]),
    5,
  )
  row(
    'customerAnalysesAsOf: tiers + RFM + churn',
    `${fmt(together.a.medianMs)} ms`,
    `median of 5 (${together.a.runsMs.map((v) => fmt(v)).join(', ')}); the three called one after another ${fmt(together.b.medianMs)} ms (aim < 1 s)`,
  )
  void sink
}
