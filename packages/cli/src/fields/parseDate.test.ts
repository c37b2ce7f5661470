import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { parseDate } from './parseDate.js'

describe('parseDate', () => {
  it.each([
    ['2021-06-05', '2021-06-05'],
    ['2021/6/5', '2021-06-05'],
    ['2021.6.5', '2021-06-05'],
    ['2021年6月5日', '2021-06-05'],
    ['2021年6月5号', '2021-06-05'],
    ['2021 年 06 月 05 日', '2021-06-05'],
    ['２０２１／６／５', '2021-06-05'],
    ['20210605', '2021-06-05'],
    ['2021/6/5 0:00', '2021-06-05'],
    ['2021-06-05 14:30:00', '2021-06-05'],
    [' 2024/2/29 ', '2024-02-29'],
  ])('reads %s', (text, date) => {
    expect(parseDate(text)).toEqual(E.right(date))
  })

  it.each([
    ['2021-02-29', 'names a day that does not exist in that month'],
    ['2021/13/1', 'has a month outside 1–12'],
    ['1850-01-01', 'has a year outside 1900–2199'],
  ])('refuses %s with a reason', (text, reason) => {
    expect(parseDate(text)).toEqual(E.left(reason))
  })

  it.each(['6/5/2021', '2021-6', '昨天', '', '2021-06-05x'])('refuses %j as not a date, without repeating it', (text) => {
    const parsed = parseDate(text)
    expect(E.isLeft(parsed)).toBe(true)
    if (E.isLeft(parsed) && text !== '') expect(parsed.left).not.toContain(text)
  })
})
