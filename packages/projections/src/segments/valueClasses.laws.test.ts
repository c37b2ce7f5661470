// Laws of the value classes, ABC and big customers: as of a day each equals
// the report of the history replayed up to that day, and a plain
// recomputation from the raw events with the documented rules spelt out.
import { addDays, daysBetween, type LocalDate } from '@clientele/core'
import type { StreamEvent } from '@clientele/core/testing'
import fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { historyUpTo } from '../history/historyUpTo.test-support.js'
import { abcClassesAsOf } from './abcClassesAsOf.js'
import { bigCustomersAsOf } from './bigCustomersAsOf.js'
import { build, historyAndDay, kept, rawHistory, worth } from './rawHistory.test-support.js'
import { valueClassesAsOf } from './valueClassesAsOf.js'

const right = <A>(e: E.Either<unknown, A>): A => {
  if (E.isLeft(e)) throw new Error('unexpected Left')
  return e.right
}

const windowArb = fc.record({ windowDays: fc.constantFrom(365, 60, 14), periodDays: fc.constantFrom(30, 7) }).filter((w) => w.periodDays <= w.windowDays)

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

/** The value classes recomputed plainly: quantiles by ⌈q·n⌉-th smallest, costs from the median ticket, first matching class. */
const bruteValueClasses = (events: ReadonlyArray<StreamEvent>, asOf: LocalDate, windowDays: number, periodDays: number) => {
  const from = addDays(asOf, -(windowDays - 1))
  const rows = rawHistory(events, asOf)
    .map((c) => {
      const all = kept(c)
      const inWindow = all.filter((p) => p.on >= from)
      const complaints = c.complaintDays.filter((x) => x >= from).length
      const refunds = c.refundDays.filter((x) => x >= from).length
      const complaintFollowUps = c.complaintFollowUpDays.filter((x) => x >= from).length
      const values = inWindow.map(worth)
      const value = values.reduce((a, b) => a + b, 0)
      const first = all.map((p) => p.on).sort()[0]
      const active = new Set(inWindow.map((p) => Math.floor(daysBetween(p.on, asOf) / periodDays))).size
      const observed = first === undefined ? 0 : first < from ? Math.ceil(windowDays / periodDays) : Math.floor(daysBetween(first, asOf) / periodDays) + 1
      return { id: c.id, values, value, largest: Math.max(0, ...values), purchases: inWindow.length, active, observed, complaints, refunds, complaintFollowUps }
    })
    .filter((r) => r.purchases > 0 || r.complaints + r.refunds + r.complaintFollowUps > 0)
    .sort(byId)
  const tickets = rows.flatMap((r) => r.values).filter((v) => v > 0).sort((a, b) => a - b)
  const values = rows.map((r) => r.value).filter((v) => v > 0).sort((a, b) => a - b)
  const n = tickets.length
  const median = n === 0 ? 0 : n % 2 === 1 ? (tickets[(n - 1) / 2] as number) : ((tickets[n / 2 - 1] as number) + (tickets[n / 2] as number)) / 2
  const bigTicket = n === 0 ? undefined : tickets[Math.ceil((9 * n) / 10) - 1]
  const highValue = values.length === 0 ? undefined : values[Math.ceil((4 * values.length) / 5) - 1]
  const costs = { complaint: Math.round(0.3 * median), refund: Math.round(0.3 * median * 0.5), complaintFollowUp: Math.round(0.3 * median * 0.25) }
  return rows.map((r) => {
    const serviceCost = r.complaints * costs.complaint + r.refunds * costs.refund + r.complaintFollowUps * costs.complaintFollowUp
    const regular = r.active >= 2 && r.active / r.observed >= 0.5
    const valueClass =
      serviceCost > r.value * 0.3 ? 'burden'
      : bigTicket !== undefined && r.purchases > 0 && r.largest >= bigTicket && r.value > 0 && r.largest / r.value >= 0.8 ? 'meteor'
      : !regular ? 'ordinary'
      : highValue !== undefined && r.value >= highValue ? 'gold'
      : 'small_star'
    return { customerId: r.id, value: r.value, purchases: r.purchases, largestPurchase: r.largest, activePeriods: r.active, observedPeriods: r.observed, complaints: r.complaints, refunds: r.refunds, complaintFollowUps: r.complaintFollowUps, serviceCost, valueClass }
  })
}

/** Each buyer's sales in the window, in CNY, with the customer's kind. */
const bruteSales = (events: ReadonlyArray<StreamEvent>, asOf: LocalDate, windowDays: number) => {
  const from = addDays(asOf, -(windowDays - 1))
  return rawHistory(events, asOf)
    .map((c) => ({ id: c.id, kind: c.kind, bought: kept(c).filter((p) => p.on >= from) }))
    .filter((c) => c.bought.length > 0)
    .map((c) => ({ id: c.id, kind: c.kind, sales: c.bought.map(worth).reduce((a, b) => a + b, 0) }))
}

describe('value class laws', () => {
  it('value classes, ABC and big customers as of a day equal those of the history replayed up to that day', () => {
    fc.assert(
      fc.property(historyAndDay, windowArb, ({ events, asOf }, w) => {
        const full = build(events)
        const cut = build(historyUpTo(events, asOf))
        expect(valueClassesAsOf(full, asOf, w)).toEqual(valueClassesAsOf(cut, asOf, w))
        expect(abcClassesAsOf(full, asOf, { windowDays: w.windowDays })).toEqual(abcClassesAsOf(cut, asOf, { windowDays: w.windowDays }))
        expect(bigCustomersAsOf(full, asOf, { windowDays: w.windowDays })).toEqual(bigCustomersAsOf(cut, asOf, { windowDays: w.windowDays }))
      }),
      { numRuns: 60 },
    )
  })

  it('value classes equal a plain recomputation from the raw events', () => {
    fc.assert(
      fc.property(historyAndDay, windowArb, ({ events, asOf }, w) => {
        const report = right(valueClassesAsOf(build(events), asOf, w))
        const expected = bruteValueClasses(events, asOf, w.windowDays, w.periodDays)
        expect([...report.customers].sort((a, b) => (a.customerId < b.customerId ? -1 : 1)).map((c) => ({ customerId: c.customerId, value: c.value, purchases: c.purchases, largestPurchase: c.largestPurchase, activePeriods: c.activePeriods, observedPeriods: c.observedPeriods, complaints: c.complaints, refunds: c.refunds, complaintFollowUps: c.complaintFollowUps, serviceCost: c.serviceCost, valueClass: c.valueClass }))).toEqual(expected)
      }),
      { numRuns: 80 },
    )
  })

  it('ABC equals a plain recomputation: a class by the sales of everyone who sold strictly more', () => {
    fc.assert(
      fc.property(historyAndDay, fc.constantFrom(365, 30), ({ events, asOf }, windowDays) => {
        const report = right(abcClassesAsOf(build(events), asOf, { windowDays }))
        const sales = bruteSales(events, asOf, windowDays)
        const total = sales.reduce((a, c) => a + c.sales, 0)
        const expected = sales
          .map((c) => {
            const before = sales.filter((o) => o.sales > c.sales).reduce((a, o) => a + o.sales, 0)
            return { id: c.id, sales: c.sales, abc: c.sales <= 0 ? 'C' : before < 0.8 * total ? 'A' : before < 0.95 * total ? 'B' : 'C' }
          })
          .sort((a, b) => b.sales - a.sales || byId(a, b))
        expect(report.totalSales).toBe(total)
        expect(report.customers.map((c) => ({ id: c.customerId, sales: c.sales, abc: c.abc }))).toEqual(expected)
      }),
      { numRuns: 80 },
    )
  })

  it('big customers equal a plain recomputation: per kind, from the ⌈0.9·n⌉-th smallest sales', () => {
    fc.assert(
      fc.property(historyAndDay, ({ events, asOf }) => {
        const report = right(bigCustomersAsOf(build(events), asOf))
        const sales = bruteSales(events, asOf, 365).filter((c) => c.sales > 0)
        const listOf = (kind: string) => {
          const mine = sales.filter((c) => c.kind === kind)
          const sorted = mine.map((c) => c.sales).sort((a, b) => a - b)
          const from = sorted[Math.ceil((9 * sorted.length) / 10) - 1]
          return mine.filter((c) => from !== undefined && c.sales >= from).sort((a, b) => b.sales - a.sales || byId(a, b)).map((c) => c.id)
        }
        expect(report.organisations.map((c) => c.customerId)).toEqual(listOf('organisation'))
        expect(report.persons.map((c) => c.customerId)).toEqual(listOf('person'))
        expect(report.partners.map((c) => c.customerId)).toEqual(listOf('partner'))
      }),
      { numRuns: 80 },
    )
  })
})
