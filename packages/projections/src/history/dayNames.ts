// Day numbers back to dates, for the lines of a report as of a day: the
// analyses count and compare days as numbers and name only the few days
// their lines show.
import { addDays, type LocalDate } from '@clientele/core'
import { epochDayOf } from '../internal/epochDay.js'

/** The "as of" day's number, and the date of any day number (both shop-local days). @internal */
export interface DayNames {
  readonly asOfDay: number
  readonly of: (day: number) => LocalDate
}

/**
 * Names days counted from the "as of" day. NOTE: memoised, since a shop's
 * last purchases fall on few distinct days: formatting a date string per
 * customer showed in the churn profile, and reading the purchase's own date
 * string instead cost the segment reports several dependent memory loads
 * per customer (the bill, the line, the purchase, the string).
 * @internal
 */
export const dayNames = (asOf: LocalDate): DayNames => {
  const asOfDay = epochDayOf(asOf)
  const memo = new Map<number, LocalDate>()
  return {
    asOfDay,
    of: (day) => {
      let name = memo.get(day)
      if (name === undefined) memo.set(day, (name = addDays(asOf, day - asOfDay)))
      return name
    },
  }
}
