// When an important date (纪念日) falls in a given year. A date is stored as
// the customer keeps it and projected anew each year; the cases where the
// stored day does not exist that year are settled by explicit rules.
import { type AnniversaryDate, isLeapYear, type LocalDate, localDate } from '@clientele/core'
import { leapMonthOf, lunarCalendarRange, lunarMonthLength, lunarToSolar } from './lunarCalendar.js'

/**
 * How to place a date whose day is missing in the target year.
 * - `feb29`: Feb 29 in a common year falls on Feb 28 or on Mar 1.
 * - `lunarLeapMonth`: someone born in a leap month (闰月) celebrates in the
 *   leap month when the year has it, otherwise in the ordinary month of that
 *   number (`leapWhenPresent`); or always in the ordinary month.
 * - `lunarMissingDay30`: lunar day 30 in a 29-day month falls on its last day,
 *   or that year has no occurrence.
 *
 * @since 0.1.0
 * @category calendar
 */
export type AnniversaryRules = {
  readonly feb29: 'feb28' | 'mar1'
  readonly lunarLeapMonth: 'leapWhenPresent' | 'alwaysOrdinary'
  readonly lunarMissingDay30: 'lastDayOfMonth' | 'skip'
}

/** The rules of DOMAIN.md: Feb 28, leap month when present, last day of the month. @since 0.1.0 @category calendar */
export const defaultAnniversaryRules: AnniversaryRules = {
  feb29: 'feb28',
  lunarLeapMonth: 'leapWhenPresent',
  lunarMissingDay30: 'lastDayOfMonth',
}

/** Completes a partial set of rules with the defaults, so callers name only what their shop does differently. @since 0.1.0 @category calendar */
export const anniversaryRules = (rules: Partial<AnniversaryRules> = {}): AnniversaryRules => ({
  feb29: rules.feb29 ?? defaultAnniversaryRules.feb29,
  lunarLeapMonth: rules.lunarLeapMonth ?? defaultAnniversaryRules.lunarLeapMonth,
  lunarMissingDay30: rules.lunarMissingDay30 ?? defaultAnniversaryRules.lunarMissingDay30,
})

type LunarAnniversary = Extract<AnniversaryDate, { readonly calendar: 'lunar' }>

/**
 * The lunar day (month, leap flag, day) a lunar date falls on in one lunar
 * year after the rules, or undefined when it does not fall in it. Shared by
 * the conversions below and by the date index, which compares it with the
 * lunar date of the day asked about instead of converting every candidate.
 *
 * NOTE: the optional `year` of a lunar date is read as a lunar year (农历1990年
 * 腊月二十 is 1990), which is how customers say it; a date "happens" only from
 * its own year on, so a birthday never falls before the birth.
 *
 * @since 0.1.0
 * @category calendar
 */
export const lunarDayInYear = (
  date: LunarAnniversary,
  lunarYear: number,
  rules: AnniversaryRules,
): { readonly month: number; readonly day: number; readonly leap: boolean } | undefined => {
  if (date.year !== undefined && lunarYear < date.year) return undefined
  // A date not born in a leap month is the ordinary month, never the leap one.
  const leap = date.leap && rules.lunarLeapMonth === 'leapWhenPresent' && leapMonthOf(lunarYear) === date.month
  const length = lunarMonthLength(lunarYear, date.month, leap)
  if (length === undefined) return undefined
  const day = date.day <= length ? date.day : rules.lunarMissingDay30 === 'lastDayOfMonth' ? length : undefined
  return day === undefined ? undefined : { month: date.month, day, leap }
}

/** The day a lunar date falls on in one lunar year, or undefined when it does not (a `skip` rule, a year before the stored year, outside the calendar's range). @since 0.1.0 @category calendar */
export const occurrenceInLunarYear = (date: LunarAnniversary, lunarYear: number, rules: Partial<AnniversaryRules> = {}): LocalDate | undefined => {
  const on = lunarDayInYear(date, lunarYear, anniversaryRules(rules))
  return on === undefined ? undefined : lunarToSolar(lunarYear, on.month, on.day, on.leap)
}

/** The month and day a Gregorian date falls on in a year after the Feb 29 rule, or undefined before its own year; shared with the date index. @since 0.1.0 @category calendar */
export const gregorianDayInYear = (
  date: Extract<AnniversaryDate, { readonly calendar: 'gregorian' }>,
  year: number,
  rules: AnniversaryRules,
): { readonly month: number; readonly day: number } | undefined => {
  if (date.year !== undefined && year < date.year) return undefined
  if (date.month !== 2 || date.day !== 29 || isLeapYear(year)) return date
  return rules.feb29 === 'feb28' ? { month: 2, day: 28 } : { month: 3, day: 1 }
}

/**
 * The Gregorian days on which an important date falls in a Gregorian year:
 * none, one or two, sorted.
 *
 * A Gregorian date falls once (Feb 29 moved by the rules), from its own year
 * on, in the years 1900–2199. A lunar date can fall twice or not at all: a
 * lunar year is 354 or 384 days long, so a date late in lunar year Y-1 can land
 * in early January of Y while the same date of lunar year Y lands in late
 * December of Y (twice), or land in late December of Y-1 and then January of
 * Y+1 (never in Y). Rules that skip a missing day also give none. Lunar dates
 * are answered for Gregorian years 1901–2099 only.
 *
 * @example
 * occurrencesInYear({ calendar: 'lunar', month: 8, day: 15, leap: false }, 2025) // ['2025-10-06']
 *
 * @since 0.1.0
 * @category calendar
 */
export const occurrencesInYear = (
  date: AnniversaryDate,
  gregorianYear: number,
  rules: Partial<AnniversaryRules> = {},
): ReadonlyArray<LocalDate> => {
  const r = anniversaryRules(rules)
  if (date.calendar === 'gregorian') {
    const g = gregorianDayInYear(date, gregorianYear, r)
    const on = g === undefined ? undefined : localDate(gregorianYear, g.month, g.day)
    return on === undefined ? [] : [on]
  }
  if (
    !Number.isInteger(gregorianYear) ||
    gregorianYear < lunarCalendarRange.firstGregorianYear ||
    gregorianYear > lunarCalendarRange.lastGregorianYear
  )
    return []
  const prefix = `${String(gregorianYear).padStart(4, '0')}-`
  const out: LocalDate[] = []
  // Lunar year Y-1's date comes before lunar year Y's, so the result is sorted.
  for (const lunarYear of [gregorianYear - 1, gregorianYear]) {
    const l = lunarDayInYear(date, lunarYear, r)
    const on = l === undefined ? undefined : lunarToSolar(lunarYear, l.month, l.day, l.leap)
    if (on !== undefined && on.startsWith(prefix)) out.push(on)
  }
  return out
}
