import type { AnniversaryDate, LocalDate } from '@clientele/core'
import fc from 'fast-check'
import { LunarDay } from 'tyme4ts'
import { describe, expect, it } from 'vitest'
import { type AnniversaryRules, anniversaryRules, defaultAnniversaryRules, occurrenceInLunarYear, occurrencesInYear } from './anniversaryRules.js'
import { solarToLunar } from './lunarCalendar.js'

type LunarAnniversary = Extract<AnniversaryDate, { readonly calendar: 'lunar' }>
const lunar = (month: number, day: number, leap = false, year?: number): LunarAnniversary =>
  year === undefined ? { calendar: 'lunar', month, day, leap } : { calendar: 'lunar', month, day, leap, year }

// Expected days straight from tyme4ts, so these tests do not lean on our own table.
const tyme = (year: number, month: number, day: number, leap = false): string => {
  const s = LunarDay.fromYmd(year, leap ? -month : month, day).getSolarDay()
  return `${s.getYear()}-${String(s.getMonth()).padStart(2, '0')}-${String(s.getDay()).padStart(2, '0')}`
}

describe('the rules', () => {
  it('default to DOMAIN.md and can be given in part', () => {
    expect(defaultAnniversaryRules).toEqual({ feb29: 'feb28', lunarLeapMonth: 'leapWhenPresent', lunarMissingDay30: 'lastDayOfMonth' })
    expect(anniversaryRules({ feb29: 'mar1' })).toEqual({ ...defaultAnniversaryRules, feb29: 'mar1' })
  })
})

describe('Gregorian dates', () => {
  const leapDay: AnniversaryDate = { calendar: 'gregorian', month: 2, day: 29 }

  it('Feb 29 falls on Feb 28 of a common year by default, on Mar 1 when the shop says so', () => {
    expect(occurrencesInYear(leapDay, 2025)).toEqual(['2025-02-28'])
    expect(occurrencesInYear(leapDay, 2025, { feb29: 'mar1' })).toEqual(['2025-03-01'])
    expect(occurrencesInYear(leapDay, 2100, { feb29: 'mar1' })).toEqual(['2100-03-01'])
  })

  it('Feb 29 stays on Feb 29 in a leap year, whatever the rule', () => {
    expect(occurrencesInYear(leapDay, 2024)).toEqual(['2024-02-29'])
    expect(occurrencesInYear(leapDay, 2000, { feb29: 'mar1' })).toEqual(['2000-02-29'])
  })

  it('falls once a year, from its own year on', () => {
    const wedding: AnniversaryDate = { calendar: 'gregorian', month: 6, day: 10, year: 2015 }
    expect(occurrencesInYear(wedding, 2014)).toEqual([])
    expect(occurrencesInYear(wedding, 2015)).toEqual(['2015-06-10'])
    expect(occurrencesInYear(wedding, 2026)).toEqual(['2026-06-10'])
  })

  it('answers the years a LocalDate can hold (1900–2199)', () => {
    expect(occurrencesInYear({ calendar: 'gregorian', month: 1, day: 1 }, 1899)).toEqual([])
    expect(occurrencesInYear({ calendar: 'gregorian', month: 1, day: 1 }, 2199)).toEqual(['2199-01-01'])
  })
})

describe('born in a leap month', () => {
  const bornInLeapSixth = lunar(6, 10, true)

  it('celebrates in the leap month when the year has it', () => {
    expect(occurrencesInYear(bornInLeapSixth, 2025)).toEqual([tyme(2025, 6, 10, true)])
  })

  it('celebrates in the ordinary month when the year has no such leap month', () => {
    expect(occurrencesInYear(bornInLeapSixth, 2026)).toEqual([tyme(2026, 6, 10)])
    expect(occurrencesInYear(bornInLeapSixth, 2024)).toEqual([tyme(2024, 6, 10)])
  })

  it('always in the ordinary month under alwaysOrdinary', () => {
    expect(occurrencesInYear(bornInLeapSixth, 2025, { lunarLeapMonth: 'alwaysOrdinary' })).toEqual([tyme(2025, 6, 10)])
  })

  it('someone born in the ordinary month never celebrates in the leap month of the same number', () => {
    expect(occurrencesInYear(lunar(6, 10), 2025)).toEqual([tyme(2025, 6, 10)])
    expect(occurrencesInYear(lunar(6, 10), 2025)).not.toContain(tyme(2025, 6, 10, true))
  })
})

describe('lunar day 30 in a 29-day month', () => {
  it('falls on the last day of the month by default', () => {
    // 2025: month 2 has 29 days, month 1 has 30.
    expect(occurrencesInYear(lunar(2, 30), 2025)).toEqual([tyme(2025, 2, 29)])
    expect(occurrencesInYear(lunar(1, 30), 2025)).toEqual([tyme(2025, 1, 30)])
  })

  it('does not fall that year under skip', () => {
    expect(occurrencesInYear(lunar(2, 30), 2025, { lunarMissingDay30: 'skip' })).toEqual([])
    expect(occurrencesInYear(lunar(1, 30), 2025, { lunarMissingDay30: 'skip' })).toEqual([tyme(2025, 1, 30)])
  })

  it('combines with the leap-month rule (2025 leap 6th has 29 days)', () => {
    expect(occurrencesInYear(lunar(6, 30, true), 2025)).toEqual([tyme(2025, 6, 29, true)])
    expect(occurrencesInYear(lunar(6, 30, true), 2025, { lunarMissingDay30: 'skip' })).toEqual([])
    expect(occurrencesInYear(lunar(6, 30, true), 2025, { lunarLeapMonth: 'alwaysOrdinary' })).toEqual([tyme(2025, 6, 30)])
  })
})

describe('twice or never in one Gregorian year', () => {
  it('lunar 12-01 falls twice in 2024 (lunar 2023 and lunar 2024) and never in 2025', () => {
    expect(occurrencesInYear(lunar(12, 1), 2024)).toEqual([tyme(2023, 12, 1), tyme(2024, 12, 1)])
    expect(occurrencesInYear(lunar(12, 1), 2024)).toEqual(['2024-01-11', '2024-12-31'])
    // Lunar 2025 has a leap month: its 12-01 is 2026-01-19.
    expect(occurrencesInYear(lunar(12, 1), 2025)).toEqual([])
    expect(tyme(2025, 12, 1)).toBe('2026-01-19')
  })

  it('a stored year keeps only the occurrences from that lunar year on', () => {
    expect(occurrencesInYear(lunar(12, 1, false, 2024), 2024)).toEqual(['2024-12-31'])
    expect(occurrencesInYear(lunar(12, 1, false, 2025), 2025)).toEqual([])
    expect(occurrencesInYear(lunar(12, 1, false, 2025), 2026)).toEqual(['2026-01-19'])
  })

  it('lunar dates are answered for Gregorian years 1901–2099 only', () => {
    expect(occurrencesInYear(lunar(1, 1), 1901)).toEqual([tyme(1901, 1, 1)])
    expect(occurrencesInYear(lunar(12, 1), 1901)).toEqual([tyme(1900, 12, 1)])
    expect(occurrencesInYear(lunar(1, 1), 2099)).toEqual([tyme(2099, 1, 1)])
    expect(occurrencesInYear(lunar(1, 1), 1900)).toEqual([])
    expect(occurrencesInYear(lunar(1, 1), 2100)).toEqual([])
  })
})

const rulesArb: fc.Arbitrary<AnniversaryRules> = fc.record({
  feb29: fc.constantFrom('feb28' as const, 'mar1' as const),
  lunarLeapMonth: fc.constantFrom('leapWhenPresent' as const, 'alwaysOrdinary' as const),
  lunarMissingDay30: fc.constantFrom('lastDayOfMonth' as const, 'skip' as const),
})
const lunarDateArb = fc
  .record({ month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 30 }), leap: fc.boolean() })
  .map(({ month, day, leap }) => lunar(month, day, leap))

describe('laws', () => {
  it('each lunar year gives at most one day, and each such day is counted in exactly one Gregorian year', () => {
    fc.assert(
      fc.property(lunarDateArb, rulesArb, fc.integer({ min: 1901, max: 2094 }), (date, rules, from) => {
        const to = from + 5
        const byGregorian = Array.from({ length: to - from + 1 }, (_, i) => occurrencesInYear(date, from + i, rules)).flat()
        const byLunar = Array.from({ length: to - from + 2 }, (_, i) => occurrenceInLunarYear(date, from - 1 + i, rules))
          .filter((d): d is LocalDate => d !== undefined)
          .filter((d) => Number(d.slice(0, 4)) >= from && Number(d.slice(0, 4)) <= to)
        expect(byGregorian).toEqual(byLunar)
      }),
      { numRuns: 300 },
    )
  })

  it('every occurrence is the stored lunar day, moved only as the rules allow', () => {
    fc.assert(
      fc.property(lunarDateArb, rulesArb, fc.integer({ min: 1901, max: 2099 }), (date, rules, year) => {
        const days = occurrencesInYear(date, year, rules)
        expect(days.length).toBeLessThanOrEqual(2)
        expect([...days].sort()).toEqual(days)
        for (const day of days) {
          const l = solarToLunar(day)
          expect(day.startsWith(`${year}-`)).toBe(true)
          expect(l?.month).toBe(date.month)
          if (!date.leap) expect(l?.leap).toBe(false)
          if (rules.lunarLeapMonth === 'alwaysOrdinary') expect(l?.leap).toBe(false)
          expect(l?.day === date.day || (date.day === 30 && l?.day === 29 && rules.lunarMissingDay30 === 'lastDayOfMonth')).toBe(true)
        }
      }),
      { numRuns: 1000 },
    )
  })
})
