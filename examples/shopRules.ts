// A rule of one shop, written on top of Clientele: "a customer with 3
// complaints in 30 days gets a call from the manager (店长回访)". The rule is a
// read model like Clientele's own — a fold of the events, then a query as of
// a day — so the same runner keeps it up to date, it can be rebuilt from the
// history, and it can be property-tested with Clientele's arbitraries (see
// propertyTestsForYourShop.test.ts).
import { addDays, type CustomerId, type LocalDate } from '@clientele/core'
import type { Projection } from '@clientele/projections'

/** The shop's thresholds, and who counts as the manager. */
export interface ManagerCallRule {
  /** This many complaints… */
  readonly complaints: number
  /** …filed within this many days, the day itself included. */
  readonly withinDays: number
  /** Staff ids whose complaint follow-up counts as the manager's call. */
  readonly managers: ReadonlyArray<string>
}

/** Our shop: 3 complaints in 30 days; s01 is the manager. */
export const ourRule: ManagerCallRule = { complaints: 3, withinDays: 30, managers: ['s01'] }

interface CustomerComplaints {
  /** Complaint id → the day it was filed. */
  readonly filed: Map<string, LocalDate>
  /** Follow-ups about complaints: the day and who called. */
  readonly calls: Array<{ readonly on: LocalDate; readonly staff: string | undefined }>
}

/** What the rule remembers: complaints and complaint calls per customer. */
export interface ComplaintsState {
  readonly customers: Map<CustomerId, CustomerComplaints>
}

/**
 * The read model: only complaint events and complaint follow-ups matter. A
 * forgotten customer's data is dropped (the archive must not keep it).
 */
export const complaintsByCustomer: Projection<ComplaintsState> = {
  name: 'complaintsByCustomer',
  init: () => ({ customers: new Map() }),
  apply: (state, { event, customerId }) => {
    const customer = (): CustomerComplaints => {
      let c = state.customers.get(customerId)
      if (c === undefined) state.customers.set(customerId, (c = { filed: new Map(), calls: [] }))
      return c
    }
    switch (event.type) {
      case 'ComplaintFiled':
        customer().filed.set(event.data.complaintId, event.data.filedOn)
        break
      case 'FollowUpLogged':
        if (event.data.purpose === 'complaint') customer().calls.push({ on: event.data.contactedOn, staff: event.data.staff })
        break
      case 'CustomerForgotten':
        state.customers.delete(customerId)
        break
      default:
        // Every other event leaves the rule's state as it is.
        break
    }
    return state
  },
}

/** A customer the manager should call, and why. */
export interface ManagerCall {
  readonly customerId: CustomerId
  /** Complaints filed in the window. */
  readonly complaints: number
  readonly lastFiledOn: LocalDate
}

/**
 * Who needs the manager's call as of `asOf`: at least `rule.complaints`
 * complaints filed in the `rule.withinDays` days ending on `asOf`, and no
 * complaint call by a manager since the latest of them (up to `asOf`).
 * By customer id.
 */
export const managerCallsDue = (state: ComplaintsState, asOf: LocalDate, rule: ManagerCallRule = ourRule): ReadonlyArray<ManagerCall> => {
  const from = addDays(asOf, -(rule.withinDays - 1))
  const due: ManagerCall[] = []
  for (const [customerId, c] of state.customers) {
    const inWindow = [...c.filed.values()].filter((day) => day >= from && day <= asOf)
    if (inWindow.length < rule.complaints) continue
    const lastFiledOn = inWindow.reduce((a, b) => (b > a ? b : a))
    const called = c.calls.some((call) => call.on >= lastFiledOn && call.on <= asOf && call.staff !== undefined && rule.managers.includes(call.staff))
    if (!called) due.push({ customerId, complaints: inWindow.length, lastFiledOn })
  }
  return due.sort((a, b) => (a.customerId < b.customerId ? -1 : a.customerId > b.customerId ? 1 : 0))
}
