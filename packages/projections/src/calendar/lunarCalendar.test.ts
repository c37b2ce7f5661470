import { addDays, daysBetween, type LocalDate, localDate } from '@clientele/core'
import fc from 'fast-check'
import { LunarDay, SolarDay } from 'tyme4ts'
import { describe, expect, it } from 'vitest'
import { leapMonthOf, lunarCalendarRange, lunarMonthLength, lunarMonthsOf, lunarToSolar, solarToLunar } from './lunarCalendar.js'

const d = (s: string): LocalDate => s as LocalDate

describe('reference dates', () => {
  it.each([
    [2024, '2024-02-10'],
    [2025, '2025-01-29'],
    [2026, '2026-02-17'],
    [2027, '2027-02-06'], // Intl's Chinese calendar wrongly says Feb 7
  ])('Spring Festival %i is %s', (year, day) => {
    expect(lunarToSolar(year, 1, 1, false)).toBe(day)
    expect(solarToLunar(d(day))).toEqual({ year, month: 1, day: 1, leap: false })
  })

  it.each([
    [2023, 30, '2024-02-09'],
    [2024, 29, '2025-01-28'],
    [2025, 29, '2026-02-16'],
    [2026, 29, '2027-02-05'],
  ])('the last day of month 12 of lunar %i is day %i, %s', (year, length, day) => {
    expect(lunarMonthLength(year, 12, false)).toBe(length)
    expect(lunarToSolar(year, 12, length, false)).toBe(day)
  })

  it.each([
    [2025, 1, 15, '2025-02-12'],
    [2025, 5, 5, '2025-05-31'],
    [2026, 5, 5, '2026-06-19'],
    [2025, 7, 7, '2025-08-29'],
    [2026, 7, 7, '2026-08-19'],
    [2024, 8, 15, '2024-09-17'],
    [2025, 8, 15, '2025-10-06'],
    [2026, 8, 15, '2026-09-25'],
    [2025, 9, 9, '2025-10-29'],
  ])('lunar %i-%i-%i is %s', (year, month, day, solar) => {
    expect(lunarToSolar(year, month, day, false)).toBe(solar)
    expect(solarToLunar(d(solar))).toEqual({ year, month, day, leap: false })
  })
})

describe('leap months', () => {
  it.each([
    [2020, 4],
    [2023, 2],
    [2025, 6],
    [2028, 5],
    [2033, 11], // the "2033 problem" that old tables got wrong
  ])('lunar %i has leap month %i', (year, month) => {
    expect(leapMonthOf(year)).toBe(month)
    expect(lunarMonthLength(year, month, true)).toBeDefined()
  })

  it('a year without a leap month has none', () => {
    expect(leapMonthOf(2024)).toBeUndefined()
    expect(lunarMonthLength(2024, 6, true)).toBeUndefined()
    expect(lunarToSolar(2024, 6, 1, true)).toBeUndefined()
  })

  it('2025 month by month, the leap sixth after the sixth', () => {
    const months = lunarMonthsOf(2025)?.map((m) => `${m.leap ? 'L' : ''}${m.month}:${m.days}`)
    expect(months).toEqual(['1:30', '2:29', '3:30', '4:29', '5:29', '6:30', 'L6:29', '7:30', '8:29', '9:30', '10:30', '11:30', '12:29'])
    expect(solarToLunar(d('2025-07-25'))).toEqual({ year: 2025, month: 6, day: 1, leap: true })
    expect(lunarToSolar(2025, 6, 1, true)).toBe('2025-07-25')
  })
})

describe('refusals', () => {
  it('a day that does not exist', () => {
    expect(lunarToSolar(2025, 2, 30, false)).toBeUndefined()
    expect(lunarToSolar(2025, 13, 1, false)).toBeUndefined()
    expect(lunarToSolar(2025, 0, 1, false)).toBeUndefined()
    expect(lunarToSolar(2025, 1, 0, false)).toBeUndefined()
    expect(lunarToSolar(2025, 1, 1.5, false)).toBeUndefined()
    expect(lunarToSolar(2025.5, 1, 1, false)).toBeUndefined()
    expect(lunarMonthLength(2025, 1.5, false)).toBeUndefined()
  })

  it('outside 1901-01-01…2099-12-31', () => {
    expect(solarToLunar(d('1900-12-31'))).toBeUndefined()
    expect(solarToLunar(d('2100-01-01'))).toBeUndefined()
    expect(solarToLunar(d('1901-01-01'))).toEqual({ year: 1900, month: 11, day: 11, leap: false })
    expect(lunarToSolar(1900, 12, 1, false)).toBe('1901-01-20')
    expect(lunarToSolar(1900, 1, 1, false)).toBeUndefined() // 1900-01-31
    expect(lunarToSolar(2099, 12, 1, false)).toBeUndefined() // 2100-01-10
    expect(lunarToSolar(2100, 1, 1, false)).toBeUndefined()
    expect(leapMonthOf(1899)).toBeUndefined()
    expect(lunarMonthsOf(2100)).toBeUndefined()
    expect(lunarCalendarRange.firstDay).toBe('1901-01-01')
  })
})

describe('every day of 1901–2099', () => {
  it('round-trips solar → lunar → solar, and the lunar days follow each other', () => {
    const { firstDay, lastDay } = lunarCalendarRange
    let previous = solarToLunar(firstDay)
    let day = firstDay
    let days = 1
    for (let i = 1; i <= daysBetween(firstDay, lastDay); i++) {
      day = addDays(firstDay, i)
      const lunar = solarToLunar(day)
      if (lunar === undefined || previous === undefined) throw new Error(`no lunar date for ${day}`)
      if (lunarToSolar(lunar.year, lunar.month, lunar.day, lunar.leap) !== day) throw new Error(`round trip failed at ${day}`)
      const next = lunar.day === previous.day + 1 && lunar.month === previous.month && lunar.leap === previous.leap && lunar.year === previous.year
      const newMonth = lunar.day === 1 && previous.day === lunarMonthLength(previous.year, previous.month, previous.leap)
      if (!next && !newMonth) throw new Error(`lunar days jump at ${day}`)
      previous = lunar
      days++
    }
    expect(days).toBe(72_684)
  })
})

const tymeSolarToLunar = (day: LocalDate) => {
  const [y, m, dd] = day.split('-').map(Number) as [number, number, number]
  const lunar = SolarDay.fromYmd(y, m, dd).getLunarDay()
  const month = lunar.getLunarMonth()
  return { year: month.getYear(), month: month.getMonth(), day: lunar.getDay(), leap: month.isLeap() }
}

const tymeLunarToSolar = (year: number, month: number, day: number, leap: boolean): LocalDate | undefined => {
  try {
    const s = LunarDay.fromYmd(year, leap ? -month : month, day).getSolarDay()
    return localDate(s.getYear(), s.getMonth(), s.getDay())
  } catch {
    return undefined
  }
}

describe('agrees with tyme4ts itself', () => {
  const dayArb = fc
    .integer({ min: 0, max: daysBetween(lunarCalendarRange.firstDay, lunarCalendarRange.lastDay) })
    .map((n) => addDays(lunarCalendarRange.firstDay, n))

  it('solar → lunar on 3,000 random days', () => {
    fc.assert(
      fc.property(dayArb, (day) => {
        expect(solarToLunar(day)).toEqual(tymeSolarToLunar(day))
      }),
      { numRuns: 3000 },
    )
  })

  it('lunar → solar on 3,000 random lunar dates, missing ones included', () => {
    const lunarArb = fc.record({
      year: fc.integer({ min: 1901, max: 2098 }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 30 }),
      leap: fc.boolean(),
    })
    fc.assert(
      fc.property(lunarArb, ({ year, month, day, leap }) => {
        expect(lunarToSolar(year, month, day, leap)).toBe(tymeLunarToSolar(year, month, day, leap))
      }),
      { numRuns: 3000 },
    )
  })
})
