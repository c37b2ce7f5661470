import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { dayOption, timeZoneOption } from './dayOption.js'

describe('day options', () => {
  // 2026-06-09 17:30 UTC is already June 10 in Shanghai.
  const now = new Date('2026-06-09T17:30:00Z')

  it('default to today in the shop\'s time zone', () => {
    expect(dayOption('--date', undefined, 'Asia/Shanghai', now)).toEqual(E.right('2026-06-10'))
    expect(dayOption('--date', undefined, 'Europe/London', now)).toEqual(E.right('2026-06-09'))
  })

  it('read the import\'s date formats and name the option when refused', () => {
    expect(dayOption('--date', '2026年6月1日', 'Asia/Shanghai', now)).toEqual(E.right('2026-06-01'))
    expect(dayOption('--from', 'soon', 'Asia/Shanghai', now)).toEqual(
      E.left({ _tag: 'OptionInvalid', option: '--from', reason: 'is not a date (e.g. 2021-06-05, 2021/6/5, 2021.6.5 or 2021年6月5日)' }),
    )
  })

  it('refuse a time zone the runtime does not know', () => {
    expect(E.isLeft(timeZoneOption('Asia/Beijing'))).toBe(true)
    expect(timeZoneOption('Asia/Shanghai')).toEqual(E.right('Asia/Shanghai'))
  })
})
