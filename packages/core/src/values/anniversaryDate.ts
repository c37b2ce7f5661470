import * as t from 'io-ts'
import { refined } from '../internal/refined.js'
import { daysInMonth, isLeapYear, MAX_YEAR, MIN_YEAR } from './localDate.js'

/**
 * An important date as the customer keeps it. A lunar date stays a lunar date
 * (month, day, leap-month flag) and is projected onto the Gregorian calendar
 * anew each year; the year is optional (many customers will not say).
 *
 * @since 0.1.0
 * @category values
 */
export type AnniversaryDate =
  | { readonly calendar: 'gregorian'; readonly month: number; readonly day: number; readonly year?: number }
  | {
      readonly calendar: 'lunar'
      readonly month: number
      readonly day: number
      /** Born in a leap month (闰月). */
      readonly leap: boolean
      readonly year?: number
    }

const isInt = (u: unknown, min: number, max: number): u is number =>
  typeof u === 'number' && Number.isInteger(u) && u >= min && u <= max

const problem = (u: unknown): string | undefined => {
  if (typeof u !== 'object' || u === null) return 'must be an object { calendar, month, day, year? }'
  const d = u as Record<string, unknown>
  if (d['year'] !== undefined && !isInt(d['year'], MIN_YEAR, MAX_YEAR)) return `year must be a whole number ${MIN_YEAR}–${MAX_YEAR}`
  if (!isInt(d['month'], 1, 12)) return 'month must be a whole number 1–12'
  const year = d['year'] as number | undefined
  const month = d['month']
  if (d['calendar'] === 'gregorian') {
    // Without a year, Feb 29 is allowed (someone born on a leap day).
    const max = year === undefined ? daysInMonth(2000, month) : daysInMonth(year, month)
    if (!isInt(d['day'], 1, max))
      return month === 2 && d['day'] === 29 && year !== undefined && !isLeapYear(year)
        ? 'Feb 29 does not exist in that year'
        : 'day does not exist in that month'
    if (d['leap'] !== undefined) return 'leap applies only to lunar dates'
    return undefined
  }
  if (d['calendar'] === 'lunar') {
    // Whether a given lunar year has that leap month or a day 30 is a calendar
    // question answered by the projections; here only the shape is checked.
    if (!isInt(d['day'], 1, 30)) return 'lunar day must be a whole number 1–30'
    if (typeof d['leap'] !== 'boolean') return 'leap must be true or false'
    return undefined
  }
  return 'calendar must be "gregorian" or "lunar"'
}

/** @since 0.1.0 @category values */
export const AnniversaryDate: t.Type<AnniversaryDate, AnniversaryDate, unknown> = refined<AnniversaryDate>(
  'AnniversaryDate',
  problem,
)
