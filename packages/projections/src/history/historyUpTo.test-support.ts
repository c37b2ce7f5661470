// History "up to a day", the way a shop rebuilds last month's reports: only
// the events whose own business day is on or before the day, in their logged
// order. Tests only: analyses read full profiles "as of" a day, and the laws
// check that this equals replaying the history cut here.
import type { CustomerEvent, LocalDate } from '@clientele/core'

const DAY_FIELDS = [
  'purchasedOn', 'refundedOn', 'filedOn', 'resolvedOn', 'contactedOn', 'markedOn', 'registeredOn',
  'joinedOn', 'renewedOn', 'earnedOn', 'redeemedOn', 'expiredOn', 'attendedOn', 'recordedOn',
] as const

/** The business day an event happened on; undefined for events without one (contact changes, important dates). */
export const businessDayOf = (event: CustomerEvent): LocalDate | undefined => {
  // Forgetting is never undone for past days: a forgotten customer is absent from every report.
  if (event.type === 'CustomerForgotten') return undefined
  const data = event.data as Readonly<Record<string, unknown>>
  for (const field of DAY_FIELDS) if (typeof data[field] === 'string') return data[field] as LocalDate
  return undefined
}

/** The events on or before `day` (and those without a day), in their order. */
export const historyUpTo = <E extends { readonly event: CustomerEvent }>(events: ReadonlyArray<E>, day: LocalDate): E[] =>
  events.filter(({ event }) => {
    const on = businessDayOf(event)
    return on === undefined || on <= day
  })

/** The days a history talks about, sorted, to pick "as of" days from. */
export const daysOf = (events: ReadonlyArray<{ readonly event: CustomerEvent }>): LocalDate[] =>
  [...new Set(events.flatMap(({ event }) => {
    const on = businessDayOf(event)
    return on === undefined ? [] : [on]
  }))].sort()
