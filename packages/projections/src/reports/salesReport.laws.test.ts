// Laws of the sales report: as of a day it equals the report of the history
// replayed up to that day, and it equals a plain recomputation from the raw
// events, on generated histories and on a simulated shop.
import type { CustomerEventOf, CustomerId, LocalDate } from '@clientele/core'
import { simulateShop, type StreamEvent } from '@clientele/core/testing'
import fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { historyUpTo } from '../history/historyUpTo.test-support.js'
import { build, forgottenIn, inPeriod, type LawCase, lawCaseArb, registrationsOf } from './laws.test-support.js'
import { salesReport } from './salesReport.js'
import type { SalesReport } from './salesReportTypes.js'

type Sale = CustomerEventOf<'PurchaseLogged'>['data']
type Line = { purchases: number; gross: number; refunds: number; newCustomers: number; returningCustomers: number }

const right = <A>(e: E.Either<unknown, A>): A => {
  if (E.isLeft(e)) throw new Error('unexpected Left')
  return e.right
}

/** Hamilton's method, plainly: floors of the exact shares, then a fen each to the largest remainders, ties to the first listed. */
const split = (amount: number, weights: number[]): number[] => {
  const w = weights.reduce((a, b) => a + b, 0) === 0 ? weights.map(() => 1) : weights
  const total = BigInt(w.reduce((a, b) => a + b, 0))
  const exact = w.map((x) => BigInt(amount) * BigInt(x))
  const out = exact.map((e) => Number(e / total))
  const order = exact.map((e, i) => ({ r: e % total, i })).sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1))
  let left = amount - out.reduce((a, b) => a + b, 0)
  for (const { i } of order) if (left-- > 0) out[i] = (out[i] ?? 0) + 1
  return out
}

/** The sales report recomputed straight from the events, one customer at a time, with no help from the projection. */
const bruteForce = (c: LawCase, currency: string): SalesReport => {
  const { events, asOf } = c
  const registrations = registrationsOf(events)
  const forgotten = forgottenIn(events)
  const onBooks = (id: string) => !forgotten.has(id) && (registrations.get(id)?.data.registeredOn ?? '9999') <= asOf
  const zero = (): Line => ({ purchases: 0, gross: 0, refunds: 0, newCustomers: 0, returningCustomers: 0 })
  const line = <K,>(m: Map<K, Line>, k: K) => m.get(k) ?? (m.set(k, zero()), m.get(k) as Line)
  const total = zero(), uncategorised = zero()
  const days = new Map<string, Line>(), months = new Map<string, Line>(), categories = new Map<string, Line>()
  const occasions = new Map<string, Line>(), channels = new Map<string, Line>()
  const unattributed = { refunds: 0, amount: 0 }, other = { purchases: 0, refunds: 0 }
  // A refund's share: the split of all refunded so far (soFar + amount) less the split of what came before.
  const byCategory = (sale: Sale, amount: number, field: 'gross' | 'refunds', soFar = 0) => {
    const cats = [...new Set(sale.items.map((i) => i.category))]
    if (cats.length === 0) return void ((uncategorised[field] += amount), field === 'gross' && uncategorised.purchases++)
    const weights = cats.map((k) => sale.items.filter((i) => i.category === k).reduce((s, i) => s + i.amount.amount, 0))
    const now = split(soFar + amount, weights)
    const then = split(soFar, weights)
    cats.forEach((k, i) => ((line(categories, k)[field] += (now[i] ?? 0) - (then[i] ?? 0)), field === 'gross' && line(categories, k).purchases++))
  }

  for (const id of [...registrations.keys()].filter(onBooks)) {
    const history = events.map(({ event }) => event).filter((e) => e.data.customerId === id)
    const bought = history.flatMap((e) => (e.type === 'PurchaseLogged' && e.data.purchasedOn <= asOf ? [e.data] : []))
    const first = bought.map((p) => p.purchasedOn).sort()[0]
    const visits = new Set<string>()
    for (const p of bought.filter((p) => inPeriod(c, p.purchasedOn))) {
      visits.add(p.purchasedOn)
      if (p.amount.currency !== currency) { other.purchases++; continue }
      for (const l of [total, line(days, p.purchasedOn), line(months, p.purchasedOn.slice(0, 7)), line(occasions, p.occasion), line(channels, p.channel ?? 'unspecified')])
        (l.purchases++, (l.gross += p.amount.amount))
      byCategory(p, p.amount.amount, 'gross')
    }
    for (const day of visits) line(days, day)[day === first ? 'newCustomers' : 'returningCustomers']++
    for (const month of new Set([...visits].map((v) => v.slice(0, 7)))) line(months, month)[first !== undefined && inPeriod(c, first) && month === first.slice(0, 7) ? 'newCustomers' : 'returningCustomers']++
    if (visits.size > 0) total[first !== undefined && inPeriod(c, first) ? 'newCustomers' : 'returningCustomers']++
    const refundedBefore = new Map<string, number>()
    for (const e of history) {
      if (e.type !== 'PurchaseRefunded' || e.data.refundedOn > asOf) continue
      const soFar = refundedBefore.get(e.data.purchaseId) ?? 0
      if (e.data.amount.currency === currency) refundedBefore.set(e.data.purchaseId, soFar + e.data.amount.amount)
      if (!inPeriod(c, e.data.refundedOn)) continue
      if (e.data.amount.currency !== currency) { other.refunds++; continue }
      const amount = e.data.amount.amount
      for (const l of [total, line(days, e.data.refundedOn), line(months, e.data.refundedOn.slice(0, 7))]) l.refunds += amount
      const sale = bought.find((p) => p.purchaseId === e.data.purchaseId)
      if (sale === undefined) { unattributed.refunds++; unattributed.amount += amount; continue }
      line(occasions, sale.occasion).refunds += amount
      line(channels, sale.channel ?? 'unspecified').refunds += amount
      byCategory(sale, amount, 'refunds', soFar)
    }
  }

  const referrers = new Map<CustomerId, number>()
  let referred = 0, unknown = 0
  for (const [id, r] of registrations) {
    if (!onBooks(id) || r.data.referredBy === undefined || !inPeriod(c, r.data.registeredOn)) continue
    referred++
    if (onBooks(r.data.referredBy)) referrers.set(r.data.referredBy, (referrers.get(r.data.referredBy) ?? 0) + 1)
    else unknown++
  }

  const money = (l: Line) => ({ purchases: l.purchases, gross: l.gross, refunds: l.refunds, net: l.gross - l.refunds })
  const both = (l: Line) => ({ ...money(l), newCustomers: l.newCustomers, returningCustomers: l.returningCustomers })
  const chrono = <T,>(m: Map<string, Line>, f: (k: string, l: Line) => T) => [...m.keys()].sort().map((k) => f(k, m.get(k) as Line))
  const ranked = <K extends string>(m: Map<string, Line>, order: ReadonlyArray<string> | undefined, key: K) =>
    [...m].map(([k, l]) => ({ [key]: k, ...money(l) }) as { [P in K]: string } & ReturnType<typeof money>)
      .sort((a, b) => b.net - a.net || b.gross - a.gross || (order === undefined ? (a[key] < b[key] ? -1 : 1) : order.indexOf(a[key]) - order.indexOf(b[key])))
  return {
    asOf,
    period: { from: c.period?.from, to: c.period?.to ?? asOf },
    currency,
    total: both(total),
    byDay: chrono(days, (day, l) => ({ day: day as LocalDate, ...both(l) })),
    byMonth: chrono(months, (month, l) => ({ month, ...both(l) })),
    byCategory: ranked(categories, undefined, 'category'),
    uncategorised: money(uncategorised),
    byOccasion: ranked(occasions, ['birthday', 'anniversary', 'festival', 'business_gift', 'gift', 'self', 'other'], 'occasion'),
    byChannel: ranked(channels, ['in_store', 'phone', 'online', 'wechat', 'other', 'unspecified'], 'channel'),
    unattributedRefunds: unattributed,
    otherCurrencies: other,
    referrals: {
      total: referred,
      byReferrer: [...referrers].map(([referrerId, referrals]) => ({ referrerId, referrals })).sort((a, b) => b.referrals - a.referrals || (a.referrerId < b.referrerId ? -1 : 1)),
      unknownReferrer: unknown,
    },
  } as SalesReport
}

const currencyArb = fc.constantFrom('CNY', 'CNY', 'CNY', 'USD')
const optionsOf = (c: LawCase, currency: string) => (c.period === undefined ? { currency } : { currency, period: c.period })

describe('sales report laws', () => {
  it('as of a day equals the report of the history replayed up to that day', () => {
    fc.assert(
      fc.property(lawCaseArb, currencyArb, (c, currency) => {
        const options = optionsOf(c, currency)
        expect(salesReport(build(c.events), c.asOf, options)).toEqual(salesReport(build(historyUpTo(c.events, c.asOf)), c.asOf, options))
      }),
      { numRuns: 100 },
    )
  })

  it('equals a plain recomputation from the raw events', () => {
    fc.assert(
      fc.property(lawCaseArb, currencyArb, (c, currency) => {
        expect(right(salesReport(build(c.events), c.asOf, optionsOf(c, currency)))).toEqual(bruteForce(c, currency))
      }),
      { numRuns: 100 },
    )
  })

  it('holds on a simulated flower shop, month by month and over months', () => {
    const { events } = simulateShop({ seed: 5, customers: 80, days: 150, startDate: '2025-01-01' as LocalDate })
    const full = build(events)
    let referrals = 0
    for (const [from, to, asOf] of [['2025-01-01', '2025-01-31', '2025-02-15'], ['2025-03-01', '2025-03-31', '2025-03-31'], ['2025-01-15', '2025-05-20', '2025-05-31']] as const) {
      const period = { from: from as LocalDate, to: to as LocalDate }
      const c: LawCase = { events: events as ReadonlyArray<StreamEvent>, asOf: asOf as LocalDate, period }
      const report = right(salesReport(full, c.asOf, { period }))
      expect(report).toEqual(right(salesReport(build(historyUpTo(events, c.asOf)), c.asOf, { period })))
      expect(report).toEqual(bruteForce(c, 'CNY'))
      referrals += report.referrals.total
      expect(report.total.gross).toBeGreaterThan(0)
    }
    expect(referrals).toBeGreaterThan(0)
  })
})
