import * as t from 'io-ts'
import { refined } from '../internal/refined.js'
import { daysInMonth } from './localDate.js'

declare const MonthDayBrand: unique symbol
/**
 * A day of the year without a year, `MM-DD` ("June 10" is `06-10`). Feb 29 is
 * a valid month-day.
 *
 * @since 0.1.0
 * @category values
 */
export type MonthDay = string & { readonly [MonthDayBrand]: true }

const SHAPE = /^(\d{2})-(\d{2})$/

/** @since 0.1.0 @category values */
export const MonthDay: t.Type<MonthDay, string, unknown> = refined<MonthDay, string>('MonthDay', (u) => {
  if (typeof u !== 'string') return 'must be a string'
  const m = SHAPE.exec(u)
  if (m === null) return 'must be written MM-DD'
  const month = Number(m[1])
  const day = Number(m[2])
  if (month < 1 || month > 12) return 'month must be 01–12'
  // 2000 is a leap year, so Feb 29 counts as a real month-day.
  if (day < 1 || day > daysInMonth(2000, month)) return 'day does not exist in that month'
  return undefined
})

/** @since 0.1.0 @category values */
export const monthDay = (month: number, day: number): MonthDay =>
  `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` as MonthDay
