import * as E from 'fp-ts/lib/Either.js'
import { localDate, type LocalDate } from '@clientele/core'
import { halfWidth } from './halfWidth.js'

// 2021-06-05, 2021/6/5, 2021.6.5, 2021年6月5日 (日 or 号), 20210605; a time of
// day after it (Excel writes "2021/6/5 0:00") is ignored.
const WITH_SEPARATORS = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/

/** The formats named when a date is refused. */
export const DATE_FORMATS = 'e.g. 2021-06-05, 2021/6/5, 2021.6.5 or 2021年6月5日'

/**
 * Reads a day as Chinese shops write it. The reason, when refused, never
 * repeats the text.
 *
 * @since 0.1.0
 * @category fields
 */
export const parseDate = (raw: string): E.Either<string, LocalDate> => {
  const text = halfWidth(raw).trim()
  const m = WITH_SEPARATORS.exec(text) ?? COMPACT.exec(text)
  if (m === null) return E.left(`is not a date (${DATE_FORMATS})`)
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])]
  if (year < 1900 || year > 2199) return E.left('has a year outside 1900–2199')
  if (month < 1 || month > 12) return E.left('has a month outside 1–12')
  const date = localDate(year, month, day)
  return date === undefined ? E.left('names a day that does not exist in that month') : E.right(date)
}
