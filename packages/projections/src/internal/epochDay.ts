// Day numbers: days since 1970-01-01 of a shop-local date, the form the
// analyses count and compare days in (a number, not a string).
import { daysBetween, type LocalDate } from '@clientele/core'

const EPOCH = '1970-01-01' as LocalDate

/** Days since 1970-01-01 of a shop-local date. @internal */
export const epochDayOf = (date: LocalDate): number => daysBetween(EPOCH, date)
