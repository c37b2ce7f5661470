// The owner's questions over the important-dates index: "who has a date on
// June 10", "what is coming in the next days", "birthdays this month".
import { addDays, daysBetween, daysInMonth, type LocalDate, localDate, type MonthDay } from '@clientele/core'
import { type AnniversaryRules, anniversaryRules, occurrencesInYear } from '../calendar/anniversaryRules.js'
import { type AnniversaryOccurrence, type DateIndexState, occurrencesOnDay, type UpcomingAnniversary } from './dateIndex.js'

const LAST_LOCAL_DATE = '2199-12-31' as LocalDate

/**
 * "Type June 10 and every customer with a date on June 10 comes up": the
 * Gregorian dates stored on that month-day, and the lunar dates that fall on
 * that day of `year`. A Feb 29 date is listed under 02-29 (what the owner
 * types), with `occursOn` its day that year (Feb 28 or Mar 1 in common
 * years); then 02-29 has no lunar entries, since the day does not exist.
 * Dates whose own year is after `year` have not happened yet and are left out.
 *
 * @since 0.1.0
 * @category dateIndex
 */
export const anniversariesOnMonthDay = (
  state: DateIndexState,
  monthDay: MonthDay,
  year: number,
  rules: Partial<AnniversaryRules> = {},
): ReadonlyArray<AnniversaryOccurrence> => occurrencesOnMonthDay(state, monthDay, year, anniversaryRules(rules))

const occurrencesOnMonthDay = (state: DateIndexState, monthDay: MonthDay, year: number, r: AnniversaryRules): AnniversaryOccurrence[] => {
  const month = Number(monthDay.slice(0, 2))
  const day = Number(monthDay.slice(3, 5))
  const date = localDate(year, month, day)
  const isStoredOn = (o: AnniversaryOccurrence): boolean => o.date.month === month && o.date.day === day
  // On the day itself everything but the Gregorian dates moved there from
  // another month-day (Feb 29 on Feb 28 / Mar 1) belongs to the answer.
  if (date !== undefined) return occurrencesOnDay(state, date, r, undefined, true)
  if (month !== 2 || day !== 29) return []
  // Feb 29 in a common year: where the rules move it (the same day for every such date).
  const movedTo = occurrencesInYear({ calendar: 'gregorian', month: 2, day: 29 }, year, r)
  return movedTo.flatMap((on) => occurrencesOnDay(state, on, r).filter((o) => o.date.calendar === 'gregorian' && isStoredOn(o)))
}

/**
 * The important dates from `from` through `days` days later (`daysLeft` 0 to
 * `days`), across the year end; the owner's morning list. Sorted by day, then
 * customer, then anniversary id. A date can appear twice in a window longer
 * than a year, once per occurrence.
 *
 * @example
 * upcomingAnniversaries(state, today, 7)
 *
 * @since 0.1.0
 * @category dateIndex
 */
export const upcomingAnniversaries = (
  state: DateIndexState,
  from: LocalDate,
  days: number,
  rules: Partial<AnniversaryRules> = {},
): ReadonlyArray<UpcomingAnniversary> => {
  const r = anniversaryRules(rules)
  const out: UpcomingAnniversary[] = []
  // No date falls after the last day a LocalDate can hold, so a huge window stops there.
  const last = Number.isNaN(days) ? -1 : Math.min(Math.floor(days), daysBetween(from, LAST_LOCAL_DATE))
  // occurrencesOnDay sets daysLeft when it is given one.
  for (let daysLeft = 0; daysLeft <= last; daysLeft++)
    for (const o of occurrencesOnDay(state, addDays(from, daysLeft), r, daysLeft)) out.push(o as UpcomingAnniversary)
  return out
}

/** The important dates falling in one Gregorian month ("birthdays this month"), sorted by day, customer, anniversary id. @since 0.1.0 @category dateIndex */
export const anniversariesInMonth = (
  state: DateIndexState,
  year: number,
  month: number,
  rules: Partial<AnniversaryRules> = {},
): ReadonlyArray<AnniversaryOccurrence> => {
  const first = localDate(year, month, 1)
  if (first === undefined) return []
  const r = anniversaryRules(rules)
  const out: AnniversaryOccurrence[] = []
  for (let i = 0; i < daysInMonth(year, month); i++) for (const o of occurrencesOnDay(state, addDays(first, i), r)) out.push(o)
  return out
}
