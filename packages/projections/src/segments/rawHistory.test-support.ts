// The raw facts of a shop's history up to a day, folded plainly from the
// event list (no profile, no "as of" helper), for the brute-force side of the
// segment laws; and the histories the laws run on. Tests only.
import { type CustomerEvent, type CustomerKind, type LocalDate } from '@clientele/core'
import { shopHistoryArb, simulateShop, type StreamEvent } from '@clientele/core/testing'
import fc from 'fast-check'
import { daysOf } from '../history/historyUpTo.test-support.js'
import { projectedEventsOf } from '../internal/projectedEvents.test-support.js'
import { profiles, type ProfilesState } from '../profiles/index.js'
import { applyAll } from '../projection.js'

export interface RawPurchase {
  readonly purchaseId: string
  readonly on: LocalDate
  readonly amount: number
  readonly currency: string
  /** Refunded by the day. */
  refunded: number
}

export interface RawCustomer {
  readonly id: string
  readonly kind: CustomerKind
  readonly purchases: RawPurchase[]
  readonly refundDays: LocalDate[]
  readonly complaintDays: LocalDate[]
  readonly complaintFollowUpDays: LocalDate[]
}

/** Every customer registered by the day and not forgotten, with what happened up to it. */
export const rawHistory = (events: ReadonlyArray<{ readonly event: CustomerEvent }>, day: LocalDate): RawCustomer[] => {
  const all = new Map<string, RawCustomer>()
  const forgotten = new Set<string>()
  for (const { event } of events) {
    const c = all.get(event.data.customerId)
    switch (event.type) {
      case 'CustomerRegistered':
        if (event.data.registeredOn <= day)
          all.set(event.data.customerId, { id: event.data.customerId, kind: event.data.kind, purchases: [], refundDays: [], complaintDays: [], complaintFollowUpDays: [] })
        break
      case 'CustomerForgotten':
        forgotten.add(event.data.customerId)
        break
      case 'PurchaseLogged':
        if (c !== undefined && event.data.purchasedOn <= day)
          c.purchases.push({ purchaseId: event.data.purchaseId, on: event.data.purchasedOn, amount: event.data.amount.amount, currency: event.data.amount.currency, refunded: 0 })
        break
      case 'PurchaseRefunded':
        if (c !== undefined && event.data.refundedOn <= day) {
          c.refundDays.push(event.data.refundedOn)
          const p = c.purchases.find((x) => x.purchaseId === event.data.purchaseId)
          if (p !== undefined) p.refunded += event.data.amount.amount
        }
        break
      case 'ComplaintFiled':
        if (c !== undefined && event.data.filedOn <= day) c.complaintDays.push(event.data.filedOn)
        break
      case 'FollowUpLogged':
        if (c !== undefined && event.data.contactedOn <= day && (event.data.purpose === 'complaint' || event.data.complaintId !== undefined))
          c.complaintFollowUpDays.push(event.data.contactedOn)
        break
      default:
        break
    }
  }
  return [...all.values()].filter((c) => !forgotten.has(c.id))
}

/** The purchases that count: not returned in full by the day. */
export const kept = (c: RawCustomer): RawPurchase[] => c.purchases.filter((p) => !(p.amount > 0 && p.refunded >= p.amount))

/** What a purchase brought in the shop's currency (CNY). */
export const worth = (p: RawPurchase): number => (p.currency === 'CNY' ? p.amount - p.refunded : 0)

export const build = (events: ReadonlyArray<StreamEvent>): ProfilesState => applyAll(profiles, profiles.init(), projectedEventsOf(events))

/** Histories of two sorts: the arbitrary's edge cases (any currency, returns, forgetting) and small simulated shops whose customers buy often. */
export const historyArb: fc.Arbitrary<ReadonlyArray<StreamEvent>> = fc.oneof(
  shopHistoryArb({ maxCustomers: 5, maxCommands: 25 }),
  fc.record({ seed: fc.nat(), customers: fc.integer({ min: 3, max: 10 }), days: fc.integer({ min: 20, max: 90 }), shop: fc.constantFrom('snack' as const, 'flower' as const) })
    .map((o) => simulateShop({ ...o, startDate: '2026-01-01' as LocalDate }).events),
)

/** A history and a day to read it as of: one of its own days, or the day after its last. */
export const historyAndDay = historyArb.chain((events) => {
  const days = daysOf(events)
  return fc.record({ events: fc.constant(events), asOf: days.length === 0 ? fc.constant('2026-01-01' as LocalDate) : fc.constantFrom(...days) })
})
