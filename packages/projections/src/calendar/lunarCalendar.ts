// The Chinese lunar calendar (农历), by arithmetic over a per-year table of
// months. tyme4ts computes the calendar astronomically but slowly (about
// 130 µs per conversion); it is asked once per lunar year for the first day
// and length of each month, and every conversion after that is a lookup.
//
// NOTE: the runtime's Intl Chinese calendar is never used: it is wrong on some
// days (it puts Spring Festival 2027 on Feb 7; it is Feb 6).
import { addDays, daysBetween, type LocalDate, localDate } from '@clientele/core'
import { LunarYear } from 'tyme4ts'

/** A day of the lunar calendar: lunar year, month 1–12, day 1–30, and whether the month is a leap month (闰月). @since 0.1.0 @category calendar */
export interface LunarDate {
  readonly year: number
  readonly month: number
  readonly day: number
  readonly leap: boolean
}

/**
 * The span this calendar answers for: every Gregorian day from 1901-01-01 to
 * 2099-12-31, in both directions, and the lunar years 1900–2099 those days
 * fall in. Why this span: it is what the published conversion tables (Hong
 * Kong Observatory, Purple Mountain Observatory) cover, so every answer can be
 * checked against a printed almanac; it holds every living customer's birth
 * year and any shop's planning horizon. Outside it we would be asserting days
 * that no table confirms (before 1912 the official calendar was computed
 * differently; far ahead, new moons near midnight are not settled), so every
 * function here refuses (returns undefined) instead.
 *
 * @since 0.1.0
 * @category calendar
 */
export const lunarCalendarRange = {
  firstDay: '1901-01-01' as LocalDate,
  lastDay: '2099-12-31' as LocalDate,
  firstGregorianYear: 1901,
  lastGregorianYear: 2099,
  firstLunarYear: 1900,
  lastLunarYear: 2099,
} as const

interface MonthRow {
  readonly month: number
  readonly leap: boolean
  readonly days: 29 | 30
  /** Days since 1970-01-01 of the month's first day. */
  readonly first: number
}

interface YearTable {
  readonly months: ReadonlyArray<MonthRow>
  /** The leap month's number, 0 when the year has none. */
  readonly leapMonth: number
  /** Epoch day of the lunar new year (春节) and of the next one. */
  readonly start: number
  readonly end: number
}

const EPOCH = '1970-01-01' as LocalDate
const FIRST_EPOCH_DAY = daysBetween(EPOCH, lunarCalendarRange.firstDay)
const LAST_EPOCH_DAY = daysBetween(EPOCH, lunarCalendarRange.lastDay)

// NOTE: a module-level memo is still pure: it holds what tyme4ts would answer
// anyway, the same on every run, and only saves time.
const tables = new Map<number, YearTable>()

const isInt = (n: unknown, min: number, max: number): n is number => typeof n === 'number' && Number.isInteger(n) && n >= min && n <= max

const tableOf = (year: number): YearTable | undefined => {
  if (!isInt(year, lunarCalendarRange.firstLunarYear, lunarCalendarRange.lastLunarYear)) return undefined
  const known = tables.get(year)
  if (known !== undefined) return known
  const lunarYear = LunarYear.fromYear(year)
  const months = lunarYear.getMonths().map((m): MonthRow => {
    const s = m.getFirstDay().getSolarDay()
    const first = localDate(s.getYear(), s.getMonth(), s.getDay())
    if (first === undefined) throw new Error(`tyme4ts gave an impossible day for lunar ${year}-${m.getMonth()}`)
    return { month: m.getMonth(), leap: m.isLeap(), days: m.getDayCount() === 30 ? 30 : 29, first: daysBetween(EPOCH, first) }
  })
  const last = months[months.length - 1]
  const start = months[0]?.first
  if (last === undefined || start === undefined) throw new Error(`tyme4ts gave no months for lunar year ${year}`)
  const table: YearTable = { months, leapMonth: lunarYear.getLeapMonth(), start, end: last.first + last.days }
  tables.set(year, table)
  return table
}

const rowOf = (year: number, month: number, leap: boolean): MonthRow | undefined => {
  if (!isInt(month, 1, 12) || typeof leap !== 'boolean') return undefined
  return tableOf(year)?.months.find((m) => m.month === month && m.leap === leap)
}

/** The leap month (闰月) of a lunar year, or undefined when it has none or the year is outside 1900–2099. @since 0.1.0 @category calendar */
export const leapMonthOf = (year: number): number | undefined => {
  const leap = tableOf(year)?.leapMonth
  return leap === undefined || leap === 0 ? undefined : leap
}

/** Length of a lunar month (29 or 30 days), or undefined when the year has no such month. @since 0.1.0 @category calendar */
export const lunarMonthLength = (year: number, month: number, leap: boolean): 29 | 30 | undefined => rowOf(year, month, leap)?.days

/**
 * The Gregorian day of a lunar date, or undefined when that day does not
 * exist (no such leap month that year, day 30 of a 29-day month) or falls
 * outside 1901-01-01…2099-12-31. No rule is applied here: the anniversary
 * rules decide what a missing day means.
 *
 * @example
 * lunarToSolar(2025, 8, 15, false) // '2025-10-06', Mid-Autumn
 *
 * @since 0.1.0
 * @category calendar
 */
export const lunarToSolar = (year: number, month: number, day: number, leap: boolean): LocalDate | undefined => {
  const row = rowOf(year, month, leap)
  if (row === undefined || !isInt(day, 1, row.days)) return undefined
  const n = row.first + day - 1
  return n < FIRST_EPOCH_DAY || n > LAST_EPOCH_DAY ? undefined : addDays(EPOCH, n)
}

/** The lunar date of a Gregorian day, or undefined outside 1901-01-01…2099-12-31. @since 0.1.0 @category calendar */
export const solarToLunar = (date: LocalDate): LunarDate | undefined => {
  const n = daysBetween(EPOCH, date)
  if (!(n >= FIRST_EPOCH_DAY && n <= LAST_EPOCH_DAY)) return undefined
  // The lunar new year is always between Jan 21 and Feb 20, so a day belongs
  // to the lunar year of its Gregorian year or to the one before.
  const gregorianYear = Number(date.slice(0, 4))
  const sameYear = tableOf(gregorianYear)
  const year = sameYear !== undefined && n >= sameYear.start ? gregorianYear : gregorianYear - 1
  const table = year === gregorianYear ? sameYear : tableOf(year)
  if (table === undefined) return undefined
  const months = table.months
  for (let i = months.length - 1; i >= 0; i--) {
    const m = months[i]
    if (m !== undefined && n >= m.first) return { year, month: m.month, day: n - m.first + 1, leap: m.leap }
  }
  return undefined
}

/** The months of a lunar year in order (a leap month follows the ordinary month of its number), or undefined outside 1900–2099. @since 0.1.0 @category calendar */
export const lunarMonthsOf = (
  year: number,
): ReadonlyArray<{ readonly month: number; readonly leap: boolean; readonly days: 29 | 30; readonly firstDay: LocalDate }> | undefined =>
  tableOf(year)?.months.map((m) => ({ month: m.month, leap: m.leap, days: m.days, firstDay: addDays(EPOCH, m.first) }))
