// What the reports' laws draw: shop histories whose referrals name other
// customers of the same shop, an "as of" day among the days the history talks
// about, and a period within it. Tests only.
import { type CustomerCommand, customerDecider, type CustomerEvent, type CustomerId, customerStream, type LocalDate } from '@clientele/core'
import { customerCommandOfTypeArb, customerIdArb, shopHistoryArb, type StreamEvent } from '@clientele/core/testing'
import fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import { daysOf } from '../history/historyUpTo.test-support.js'
import { projectedEventsOf } from '../internal/projectedEvents.test-support.js'
import { profiles, type ProfilesState } from '../profiles/index.js'
import { applyAll } from '../projection.js'
import type { ReportPeriod } from './reportOptions.js'

export const build = (events: ReadonlyArray<StreamEvent>): ProfilesState => applyAll(profiles, profiles.init(), projectedEventsOf(events))

/** The generator draws referrers at random; point them at the shop's other customers (or leave a stranger) so referrals meet. */
const withReferrals = (events: ReadonlyArray<StreamEvent>, picks: ReadonlyArray<number>): StreamEvent[] => {
  const ids = [...new Set(events.map(({ event }) => event.data.customerId))]
  return events.map(({ stream, event }, i) => {
    if (event.type !== 'CustomerRegistered' || event.data.referredBy === undefined) return { stream, event }
    const others = ids.filter((id) => id !== event.data.customerId)
    const pick = picks[i % Math.max(1, picks.length)] ?? 0
    if (others.length === 0 || pick % 5 === 0) return { stream, event }
    const referredBy = others[pick % others.length] as CustomerId
    return { stream, event: { ...event, data: { ...event.data, referredBy } } satisfies CustomerEvent }
  })
}

/** One customer's commands run through the decider, refused ones dropped: a history the decider could have made. */
const decided = (commands: ReadonlyArray<CustomerCommand>): CustomerEvent[] => {
  let state = customerDecider.initialState
  const events: CustomerEvent[] = []
  for (const command of commands) {
    const decision = customerDecider.decide(command, state)
    if (E.isLeft(decision)) continue
    for (const event of decision.right) {
      events.push(event)
      state = customerDecider.evolve(state, event)
    }
  }
  return events
}

/** A customer who mostly buys, gets refunds, complains and has complaints resolved: the generic histories rarely get that far. */
const busyCustomerArb: fc.Arbitrary<CustomerEvent[]> = customerIdArb.chain((id) =>
  fc
    .tuple(
      customerCommandOfTypeArb('RegisterCustomer', id).filter((c) => c.data.referredBy !== id),
      fc.array(
        fc.oneof(
          { weight: 5, arbitrary: customerCommandOfTypeArb('LogPurchase', id) as fc.Arbitrary<CustomerCommand> },
          { weight: 6, arbitrary: customerCommandOfTypeArb('RefundPurchase', id) as fc.Arbitrary<CustomerCommand> },
          { weight: 3, arbitrary: customerCommandOfTypeArb('FileComplaint', id) as fc.Arbitrary<CustomerCommand> },
          { weight: 9, arbitrary: customerCommandOfTypeArb('ResolveComplaint', id) as fc.Arbitrary<CustomerCommand> },
        ),
        { minLength: 5, maxLength: 30, size: 'max' },
      ),
    )
    .map(([register, rest]) => decided([register, ...rest])),
)

/** Several busy customers, their events interleaved at random, each customer's order kept. */
const busyShopArb: fc.Arbitrary<StreamEvent[]> = fc
  .uniqueArray(busyCustomerArb, { minLength: 1, maxLength: 5, selector: (h) => h[0]?.data.customerId })
  .chain((histories) => fc.array(fc.nat(), { minLength: 1, maxLength: 200 }).map((picks) => {
    const pending = histories.map((h) => [...h])
    const out: StreamEvent[] = []
    for (let k = 0; pending.some((h) => h.length > 0); k++) {
      const open = pending.filter((h) => h.length > 0)
      const next = open[(picks[k % picks.length] ?? 0) % open.length]?.shift()
      if (next !== undefined) out.push({ stream: customerStream(next.data.customerId), event: next })
    }
    return out
  }))

export interface LawCase {
  readonly events: ReadonlyArray<StreamEvent>
  readonly asOf: LocalDate
  readonly period: ReportPeriod | undefined
}

/** A history, a day it talks about (or one before all of it), and no period or one ending on or before that day. */
export const lawCaseArb: fc.Arbitrary<LawCase> = fc
  .tuple(fc.oneof(shopHistoryArb({ maxCustomers: 5, maxCommands: 25 }), busyShopArb), fc.array(fc.nat(), { minLength: 1, maxLength: 8 }))
  .map(([events, picks]) => withReferrals(events, picks))
  .chain((events) => {
    const days = daysOf(events)
    // Mostly the last day, when most has happened; also any day, and one before everything.
    const last = days[days.length - 1]
    const asOf =
      last === undefined
        ? fc.constant('2024-02-29' as LocalDate)
        : fc.oneof({ weight: 2, arbitrary: fc.constant(last) }, { weight: 3, arbitrary: fc.constantFrom(...days) }, { weight: 1, arbitrary: fc.constant('2024-02-29' as LocalDate) })
    return asOf.chain((day) => {
      const before = days.filter((x) => x <= day)
      const period: fc.Arbitrary<ReportPeriod | undefined> =
        before.length === 0
          ? fc.constant(undefined)
          : fc.option(
              fc.tuple(fc.constantFrom(...before), fc.constantFrom(...before)).map(([a, b]) => (a <= b ? { from: a, to: b } : { from: b, to: a })),
              { nil: undefined },
            )
      return fc.record({ events: fc.constant(events), asOf: fc.constant(day), period })
    })
  })

/** The history's events of a customer's registration, in log order, keyed by customer: who is on the books as of a day. */
export const registrationsOf = (events: ReadonlyArray<StreamEvent>): Map<string, CustomerEvent & { type: 'CustomerRegistered' }> => {
  const out = new Map<string, CustomerEvent & { type: 'CustomerRegistered' }>()
  for (const { event } of events) if (event.type === 'CustomerRegistered' && !out.has(event.data.customerId)) out.set(event.data.customerId, event)
  return out
}

/** Customers who asked to be forgotten anywhere in the history: absent from every report, on every day. */
export const forgottenIn = (events: ReadonlyArray<StreamEvent>): Set<string> =>
  new Set(events.flatMap(({ event }) => (event.type === 'CustomerForgotten' ? [event.data.customerId] : [])))

/** Whether a day is in the period (or, without one, on or before "as of"). */
export const inPeriod = (c: LawCase, day: string): boolean =>
  c.period === undefined ? day <= c.asOf : day >= c.period.from && day <= c.period.to
