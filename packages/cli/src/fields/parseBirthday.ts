import * as E from 'fp-ts/lib/Either.js'
import { AnniversaryDate, partsOf } from '@clientele/core'
import { halfWidth } from './halfWidth.js'
import { parseDate } from './parseDate.js'

// A month and day without a year: 6月5日, 6/5, 06-05, 6.5.
const MONTH_DAY = /^(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?$/

const LUNAR_PREFIX = /^(?:农历|阴历|旧历)\s*/
const LUNAR_MONTH_NAMES: Readonly<Record<string, number>> = {
  正: 1, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 冬: 11, 十二: 12, 腊: 12,
}
const DIGIT_NAMES: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }
// 1990年闰四月初八, 三月初五, 腊月廿三, 8月15: year and leap optional, month and day in characters or digits.
const LUNAR = /^(?:(\d{4})\s*年)?\s*(闰)?\s*(\d{1,2}|十[一二]|[正一二三四五六七八九十冬腊])\s*月\s*(.+?)\s*[日号]?$/

// 初一…初十, 十一…十九, 二十, 廿一…廿九, 三十 (卅), or digits.
const lunarDay = (text: string): number | undefined => {
  if (/^\d{1,2}$/.test(text)) return Number(text)
  if (text === '初十') return 10
  if (text === '二十') return 20
  if (text === '三十' || text === '卅') return 30
  const [first, second] = [text.slice(0, 1), text.slice(1)]
  if (text.length !== 2 || !(second in DIGIT_NAMES)) return undefined
  const unit = DIGIT_NAMES[second]!
  return first === '初' ? unit : first === '十' ? 10 + unit : first === '廿' ? 20 + unit : undefined
}

const checked = (date: unknown): E.Either<string, AnniversaryDate> => {
  const decoded = AnniversaryDate.decode(date)
  if (E.isRight(decoded)) return decoded
  return E.left(decoded.left[0]?.message ?? 'is not a valid date')
}

const parseLunar = (text: string): E.Either<string, AnniversaryDate> => {
  const m = LUNAR.exec(text)
  const day = m === null ? undefined : lunarDay(m[4]!)
  if (m === null || day === undefined) return E.left('is not a lunar date (e.g. 农历三月初五, 农历闰四月十八, 农历1990年腊月廿三)')
  const month = /^\d/.test(m[3]!) ? Number(m[3]) : LUNAR_MONTH_NAMES[m[3]!]
  return checked({ calendar: 'lunar', month, day, leap: m[2] !== undefined, ...(m[1] !== undefined && { year: Number(m[1]) }) })
}

/**
 * Reads a birthday as a shop notes it: a Gregorian date with or without the
 * year, or a lunar one (农历…), which stays lunar and is projected anew each
 * year by the agenda.
 *
 * @since 0.1.0
 * @category fields
 */
export const parseBirthday = (raw: string): E.Either<string, AnniversaryDate> => {
  const text = halfWidth(raw).trim()
  if (LUNAR_PREFIX.test(text)) return parseLunar(text.replace(LUNAR_PREFIX, ''))
  const monthDay = MONTH_DAY.exec(text)
  if (monthDay !== null) return checked({ calendar: 'gregorian', month: Number(monthDay[1]), day: Number(monthDay[2]) })
  const date = parseDate(text)
  if (E.isLeft(date)) return E.left('is not a birthday (e.g. 1990-06-05, 6月5日, 农历三月初五)')
  const { year, month, day } = partsOf(date.right)
  return checked({ calendar: 'gregorian', year, month, day })
}
