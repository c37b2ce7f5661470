// Laws of the churn analysis: as of a day it equals the analysis of the
// history replayed up to that day, and its per-customer figures equal a plain
// recomputation from the raw events.
import { daysBetween, type LocalDate } from '@clientele/core'
import { shopHistoryArb, type StreamEvent } from '@clientele/core/testing'
import fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { daysOf, historyUpTo } from '../history/historyUpTo.test-support.js'
import { projectedEventsOf } from '../internal/projectedEvents.test-support.js'
import { profiles } from '../profiles/index.js'
import { applyAll } from '../projection.js'
import { churnAsOf } from './churnAsOf.js'
import type { ChurnOptions } from './churnOptions.js'

const build = (events: ReadonlyArray<StreamEvent>) => applyAll(profiles, profiles.init(), projectedEventsOf(events))
const right = <A>(e: E.Either<unknown, A>): A => {
  if (E.isLeft(e)) throw new Error('unexpected Left')
  return e.right
}

const historyAndDay = shopHistoryArb({ maxCustomers: 5, maxCommands: 25 }).chain((events) => {
  const days = daysOf(events)
  return fc.record({ events: fc.constant(events), asOf: days.length === 0 ? fc.constant('2026-01-01' as LocalDate) : fc.constantFrom(...days) })
})

// Both the cadence rule (too few buyers for the default) and a model fitted to tiny data.
const optionsArb = fc.constantFrom<ChurnOptions>({}, { modelFrom: 1 })

/**
 * Per customer, straight from the events up to the day (registered by then,
 * purchases and refunds by then, lost marks in order). A purchase refunded in
 * full by the day is a return: its day is no purchase day.
 */
const bruteForce = (events: ReadonlyArray<StreamEvent>, asOf: LocalDate) => {
  type Sale = { day: string; amount: number; back: number }
  type Acc = { registered: boolean; forgotten: boolean; net: number; lost: boolean; sales: Map<string, Sale> }
  const all = new Map<string, Acc>()
  for (const { event } of historyUpTo(events, asOf)) {
    const id = event.data.customerId
    const c = all.get(id) ?? { registered: false, forgotten: false, net: 0, lost: false, sales: new Map() }
    all.set(id, c)
    if (event.type === 'CustomerRegistered') c.registered = true
    else if (event.type === 'CustomerForgotten') c.forgotten = true
    else if (event.type === 'PurchaseLogged') {
      c.sales.set(event.data.purchaseId, { day: event.data.purchasedOn, amount: event.data.amount.amount, back: 0 })
      c.lost = false
      if (event.data.amount.currency === 'CNY') c.net += event.data.amount.amount
    } else if (event.type === 'PurchaseRefunded') {
      const sale = c.sales.get(event.data.purchaseId)
      if (sale !== undefined) sale.back += event.data.amount.amount
      if (event.data.amount.currency === 'CNY') c.net -= event.data.amount.amount
    } else if (event.type === 'CustomerMarkedLost') c.lost = true
  }
  const daysOf = (c: Acc) => new Set([...c.sales.values()].filter((s) => !(s.amount > 0 && s.back >= s.amount)).map((s) => s.day))
  return new Map(
    [...all].filter(([, c]) => c.registered && !c.forgotten && daysOf(c).size > 0).map(([id, c]) => {
      const days = [...daysOf(c)].sort()
      const last = days[days.length - 1] as LocalDate
      return [id, { purchaseDays: days.length, lastPurchaseOn: last, daysSinceLastPurchase: daysBetween(last, asOf), netSpend: c.net, lost: c.lost }]
    }),
  )
}

describe('churn laws', () => {
  it('as of a day equals the analysis of the history replayed up to that day', () => {
    fc.assert(
      fc.property(historyAndDay, optionsArb, ({ events, asOf }, options) => {
        expect(churnAsOf(build(events), asOf, options)).toEqual(churnAsOf(build(historyUpTo(events, asOf)), asOf, options))
      }),
      { numRuns: 60 },
    )
  })

  it('per-customer figures equal a recomputation from the raw events', () => {
    fc.assert(
      fc.property(historyAndDay, optionsArb, ({ events, asOf }, options) => {
        const report = right(churnAsOf(build(events), asOf, options))
        const expected = bruteForce(events, asOf)
        expect(report.customers.map((c) => c.customerId).sort()).toEqual([...expected.keys()].sort())
        for (const c of report.customers) {
          const e = expected.get(c.customerId)
          expect({ ...c, lost: c.status === 'lost' }).toMatchObject(e ?? {})
          // A one-time buyer is judged by recency alone, whatever the model says.
          if (c.purchaseDays === 1 && c.status !== 'lost') expect(c.status === 'at_risk').toBe(c.daysSinceLastPurchase > 90)
        }
        expect(report.winBack.every((c) => c.status === 'at_risk')).toBe(true)
        expect(report.winBack.length).toBe(report.customers.filter((c) => c.status === 'at_risk').length)
      }),
      { numRuns: 60 },
    )
  })
})
