import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { parseBirthday } from './parseBirthday.js'

describe('parseBirthday', () => {
  it.each([
    ['1990-06-05', { calendar: 'gregorian', year: 1990, month: 6, day: 5 }],
    ['1990年6月5日', { calendar: 'gregorian', year: 1990, month: 6, day: 5 }],
    ['6月5日', { calendar: 'gregorian', month: 6, day: 5 }],
    ['06-05', { calendar: 'gregorian', month: 6, day: 5 }],
    ['2/29', { calendar: 'gregorian', month: 2, day: 29 }],
  ])('reads the Gregorian %s', (text, date) => {
    expect(parseBirthday(text)).toEqual(E.right(date))
  })

  it.each([
    ['农历三月初五', { calendar: 'lunar', month: 3, day: 5, leap: false }],
    ['农历正月十五', { calendar: 'lunar', month: 1, day: 15, leap: false }],
    ['农历腊月廿三', { calendar: 'lunar', month: 12, day: 23, leap: false }],
    ['农历冬月初十', { calendar: 'lunar', month: 11, day: 10, leap: false }],
    ['农历十二月三十', { calendar: 'lunar', month: 12, day: 30, leap: false }],
    ['农历闰四月十八', { calendar: 'lunar', month: 4, day: 18, leap: true }],
    ['农历1990年八月二十', { calendar: 'lunar', year: 1990, month: 8, day: 20, leap: false }],
    ['阴历8月15', { calendar: 'lunar', month: 8, day: 15, leap: false }],
    ['农历 十月 初一', { calendar: 'lunar', month: 10, day: 1, leap: false }],
  ])('reads the lunar %s and keeps it lunar', (text, date) => {
    expect(parseBirthday(text)).toEqual(E.right(date))
  })

  it.each(['农历六月', '农历十三月初一', '农历三月四十', '6月31日', '生日', '1990-02-30'])('refuses %s', (text) => {
    const parsed = parseBirthday(text)
    expect(E.isLeft(parsed)).toBe(true)
    if (E.isLeft(parsed)) expect(parsed.left).not.toContain(text)
  })
})
