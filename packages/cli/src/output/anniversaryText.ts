import type { AnniversaryDate } from '@clientele/core'

const LUNAR_MONTHS = ['正', '二', '三', '四', '五', '六', '七', '八', '九', '十', '冬', '腊'] as const
const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const

const lunarDay = (day: number): string => {
  if (day === 10) return '初十'
  if (day === 20) return '二十'
  if (day === 30) return '三十'
  const unit = DIGITS[day % 10]!
  return day < 10 ? `初${unit}` : day < 20 ? `十${unit}` : `廿${unit}`
}

/**
 * An important date the way the shop wrote it: 农历三月初五 stays lunar,
 * 1990-06-05 or 06-05 (no year) stays Gregorian.
 *
 * @since 0.1.0
 * @category output
 */
export const anniversaryText = (date: AnniversaryDate): string => {
  if (date.calendar === 'lunar')
    return `农历${date.year === undefined ? '' : `${date.year}年`}${date.leap ? '闰' : ''}${LUNAR_MONTHS[date.month - 1] ?? date.month}月${lunarDay(date.day)}`
  const md = `${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`
  return date.year === undefined ? md : `${date.year}-${md}`
}
