// Laws of the complaint report: as of a day it equals the report of the
// history replayed up to that day, and it equals a plain recomputation from
// the raw events, on generated histories and on a simulated shop.
import { daysBetween, type LocalDate } from '@clientele/core'
import { simulateShop, type StreamEvent } from '@clientele/core/testing'
import fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { historyUpTo } from '../history/historyUpTo.test-support.js'
import { complaintReport } from './complaintReport.js'
import type { ComplaintReport } from './complaintReportTypes.js'
import { build, forgottenIn, inPeriod, type LawCase, lawCaseArb, registrationsOf } from './laws.test-support.js'

const right = <A>(e: E.Either<unknown, A>): A => {
  if (E.isLeft(e)) throw new Error('unexpected Left')
  return e.right
}

const settingsArb = fc.record({ repeatComplaints: fc.integer({ min: 1, max: 3 }), repeatWindowDays: fc.integer({ min: 1, max: 20 }) })

const RESOLUTIONS = ['apology', 'repair', 'replacement', 'refund', 'compensation', 'other'] as const
const CATEGORIES = ['quality', 'service', 'price', 'delivery', 'wrong_item', 'environment', 'other'] as const

/** The complaint report recomputed straight from the events, one customer at a time, with no help from the projection. */
const bruteForce = (c: LawCase, atLeast: number, windowDays: number): ComplaintReport => {
  const { events, asOf } = c
  const to = c.period?.to ?? asOf
  const registrations = registrationsOf(events)
  const forgotten = forgottenIn(events)
  const onBooks = (id: string) => !forgotten.has(id) && (registrations.get(id)?.data.registeredOn ?? '9999') <= asOf
  const mine = (id: string) => events.map(({ event }) => event).filter((e) => e.data.customerId === id)

  let filed = 0, open = 0, satisfied = 0, unlinked = 0, purchases = 0
  const waits: number[] = []
  const mix = Object.fromEntries(RESOLUTIONS.map((r) => [r, 0])) as Record<(typeof RESOLUTIONS)[number], number>
  const categories = new Map<string, number>()
  const items = new Map<string, { complaints: number; purchases: number }>()
  const uncategorised = { complaints: 0, purchases: 0 }
  const repeat: ComplaintReport['repeatComplainers'][number][] = []
  const item = (k: string) => items.get(k) ?? (items.set(k, { complaints: 0, purchases: 0 }), items.get(k) as { complaints: number; purchases: number })

  for (const id of [...registrations.keys()].filter(onBooks)) {
    const history = mine(id)
    const bought = history.flatMap((e) => (e.type === 'PurchaseLogged' && e.data.purchasedOn <= asOf ? [e.data] : []))
    for (const p of bought.filter((p) => inPeriod(c, p.purchasedOn))) {
      purchases++
      if (p.items.length === 0) uncategorised.purchases++
      for (const k of new Set(p.items.map((i) => i.category))) item(k).purchases++
    }
    let inWindow = 0
    let last = ''
    for (const e of history) {
      if (e.type !== 'ComplaintFiled' || e.data.filedOn > asOf) continue
      const on = e.data.filedOn
      const age = daysBetween(on, to)
      if (age >= 0 && age < windowDays) (inWindow++, (last = on > last ? on : last))
      if (!inPeriod(c, on)) continue
      filed++
      categories.set(e.data.category, (categories.get(e.data.category) ?? 0) + 1)
      const resolution = history.find((r) => r.type === 'ComplaintResolved' && r.data.complaintId === e.data.complaintId && r.data.resolvedOn <= asOf)
      if (resolution?.type !== 'ComplaintResolved') open++
      else {
        waits.push(daysBetween(on, resolution.data.resolvedOn))
        mix[resolution.data.resolution]++
        if (resolution.data.satisfied) satisfied++
      }
      const named = bought.find((p) => p.purchaseId === e.data.purchaseId)
      if (named === undefined) unlinked++
      else if (named.items.length === 0) uncategorised.complaints++
      else for (const k of new Set(named.items.map((i) => i.category))) item(k).complaints++
    }
    if (inWindow >= atLeast) repeat.push({ customerId: id as ComplaintReport['repeatComplainers'][number]['customerId'], complaints: inWindow, lastFiledOn: last as LocalDate })
  }

  waits.sort((a, b) => a - b)
  const rank = (p: number) => (waits.length === 0 ? undefined : waits[Math.ceil((p * waits.length) / 100) - 1])
  const rateOf = (n: number, d: number) => (d === 0 ? undefined : n / d)
  const withRate = (t: { complaints: number; purchases: number }) => ({ ...t, rate: rateOf(t.complaints, t.purchases) })
  return {
    asOf,
    period: { from: c.period?.from, to },
    filed,
    open,
    resolved: waits.length,
    timeToResolution: { medianDays: rank(50), p90Days: rank(90) },
    resolutionMix: mix,
    satisfied,
    satisfactionRate: rateOf(satisfied, waits.length),
    topCategories: CATEGORIES.flatMap((k) => (categories.has(k) ? [{ category: k, complaints: categories.get(k) ?? 0 }] : [])).sort((a, b) => b.complaints - a.complaints),
    perPurchase: {
      overall: withRate({ complaints: filed, purchases }),
      byItemCategory: [...items]
        .map(([category, t]) => ({ category, ...withRate(t) }))
        .sort((a, b) => (b.rate ?? -1) - (a.rate ?? -1) || b.complaints - a.complaints || (a.category < b.category ? -1 : 1)),
      uncategorised: withRate(uncategorised),
      unlinked,
    },
    repeatComplainers: repeat.sort((a, b) => b.complaints - a.complaints || (a.lastFiledOn > b.lastFiledOn ? -1 : a.lastFiledOn < b.lastFiledOn ? 1 : 0) || (a.customerId < b.customerId ? -1 : 1)),
  }
}

const optionsOf = (c: LawCase, s: { repeatComplaints: number; repeatWindowDays: number }) => (c.period === undefined ? s : { ...s, period: c.period })

describe('complaint report laws', () => {
  it('as of a day equals the report of the history replayed up to that day', () => {
    fc.assert(
      fc.property(lawCaseArb, settingsArb, (c, s) => {
        const options = optionsOf(c, s)
        expect(complaintReport(build(c.events), c.asOf, options)).toEqual(complaintReport(build(historyUpTo(c.events, c.asOf)), c.asOf, options))
      }),
      { numRuns: 100 },
    )
  })

  it('equals a plain recomputation from the raw events', () => {
    fc.assert(
      fc.property(lawCaseArb, settingsArb, (c, s) => {
        expect(right(complaintReport(build(c.events), c.asOf, optionsOf(c, s)))).toEqual(bruteForce(c, s.repeatComplaints, s.repeatWindowDays))
      }),
      { numRuns: 100 },
    )
  })

  it('holds on a simulated flower shop, month by month', () => {
    const { events } = simulateShop({ seed: 11, customers: 80, days: 150, startDate: '2025-01-01' as LocalDate })
    const full = build(events)
    let filed = 0
    for (const [from, to, asOf] of [['2025-01-01', '2025-01-31', '2025-02-15'], ['2025-03-01', '2025-03-31', '2025-03-31'], ['2025-02-01', '2025-05-31', '2025-05-31']] as const) {
      const period = { from: from as LocalDate, to: to as LocalDate }
      const c: LawCase = { events: events as ReadonlyArray<StreamEvent>, asOf: asOf as LocalDate, period }
      const report = right(complaintReport(full, c.asOf, { period }))
      expect(report).toEqual(right(complaintReport(build(historyUpTo(events, c.asOf)), c.asOf, { period })))
      expect(report).toEqual(bruteForce(c, 2, 90))
      filed += report.filed
    }
    // The shop does complain: the law is not checked on empty reports only.
    expect(filed).toBeGreaterThan(0)
  })
})
