import type { LocalDate } from '@clientele/core'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { builtInFestivalRules, type FestivalRule, festivalOn, festivalRuleProblem, festivalsBetween, festivalsOf } from './festivals.js'
import { lunarMonthLength, solarToLunar } from './lunarCalendar.js'

const d = (s: string): LocalDate => s as LocalDate
const calendarOf = (year: number, options = {}): Record<string, string> =>
  Object.fromEntries(festivalsOf(year, options).map((f) => [f.code, f.date]))

describe('the built-in festivals', () => {
  it.each([
    [2024, ['02-09', '02-10', '02-24', '04-04', '06-10', '08-10', '09-17', '10-11', '05-12', '06-16']],
    [2025, ['01-28', '01-29', '02-12', '04-04', '05-31', '08-29', '10-06', '10-29', '05-11', '06-15']],
    [2026, ['02-16', '02-17', '03-03', '04-05', '06-19', '08-19', '09-25', '10-18', '05-10', '06-21']],
    [2027, ['02-05', '02-06', '02-20', '04-05', '06-09', '08-08', '09-15', '10-08', '05-09', '06-20']],
  ])('%i', (year, days) => {
    const [eve, spring, lantern, qingming, dragonBoat, qixi, midAutumn, doubleNinth, mothers, fathers] = days.map((md) => `${year}-${md}`)
    expect(calendarOf(year)).toEqual({
      spring_festival_eve: eve,
      spring_festival: spring,
      lantern,
      qingming,
      dragon_boat: dragonBoat,
      qixi,
      mid_autumn: midAutumn,
      double_ninth: doubleNinth,
      new_year: `${year}-01-01`,
      valentines: `${year}-02-14`,
      womens_day: `${year}-03-08`,
      '520': `${year}-05-20`,
      mothers_day: mothers,
      fathers_day: fathers,
      teachers_day: `${year}-09-10`,
      christmas: `${year}-12-25`,
    })
  })

  it('names each festival in Chinese and English, and says which calendar it comes from', () => {
    const byCode = new Map(festivalsOf(2026).map((f) => [f.code, f]))
    expect(byCode.get('mid_autumn')).toMatchObject({ name: '中秋节', nameEn: 'Mid-Autumn Festival', kind: 'lunar' })
    expect(byCode.get('spring_festival_eve')).toMatchObject({ name: '除夕', kind: 'lunar' })
    expect(byCode.get('qingming')).toMatchObject({ name: '清明节', kind: 'solar-term' })
    expect(byCode.get('mothers_day')).toMatchObject({ name: '母亲节', kind: 'gregorian' })
    expect(byCode.get('520')).toMatchObject({ name: '网络情人节', kind: 'gregorian' })
    expect(byCode.size).toBe(builtInFestivalRules.length)
  })

  it("Mother's Day is the second Sunday of May and Father's Day the third Sunday of June, also when the month starts on a Sunday", () => {
    // May 2022 and June 2025 start on a Sunday.
    expect(calendarOf(2022)['mothers_day']).toBe('2022-05-08')
    expect(calendarOf(2025)['fathers_day']).toBe('2025-06-15')
    // May 2021 starts on a Saturday.
    expect(calendarOf(2021)['mothers_day']).toBe('2021-05-09')
  })

  it('the eve is lunar 12-30 when month 12 has 30 days and 12-29 when it has 29', () => {
    expect(lunarMonthLength(2023, 12, false)).toBe(30)
    expect(solarToLunar(d(calendarOf(2024)['spring_festival_eve'] ?? ''))).toEqual({ year: 2023, month: 12, day: 30, leap: false })
    expect(lunarMonthLength(2024, 12, false)).toBe(29)
    expect(solarToLunar(d(calendarOf(2025)['spring_festival_eve'] ?? ''))).toEqual({ year: 2024, month: 12, day: 29, leap: false })
  })

  it('works at both ends of the range, and gives nothing outside it', () => {
    expect(calendarOf(1901)['spring_festival']).toBe('1901-02-19')
    expect(calendarOf(1901)['spring_festival_eve']).toBe('1901-02-18')
    expect(calendarOf(1901)['qingming']).toBe('1901-04-05')
    expect(calendarOf(2099)['spring_festival']).toBe('2099-01-21')
    expect(calendarOf(2099)['spring_festival_eve']).toBe('2099-01-20')
    expect(festivalsOf(1901)).toHaveLength(16)
    expect(festivalsOf(2099)).toHaveLength(16)
    expect(festivalsOf(1900)).toEqual([])
    expect(festivalsOf(2100)).toEqual([])
  })

  it('every year 1901–2099 has every built-in exactly once, sorted by date then code', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1901, max: 2099 }), (year) => {
        const list = festivalsOf(year)
        expect(new Set(list.map((f) => f.code)).size).toBe(16)
        expect(list.every((f) => f.date.startsWith(`${year}-`))).toBe(true)
        const keys = list.map((f) => `${f.date} ${f.code}`)
        expect([...keys].sort()).toEqual(keys)
      }),
      { numRuns: 100 },
    )
  })
})

describe("a shop's own festivals", () => {
  const shopBirthday: FestivalRule = { code: 'shop_birthday', name: '店庆', nameEn: 'Shop anniversary', rule: { kind: 'gregorian', month: 6, day: 18 } }

  it('adds and drops', () => {
    const list = festivalsOf(2026, { add: [shopBirthday], drop: ['christmas', 'valentines'] })
    expect(list.find((f) => f.code === 'shop_birthday')).toEqual({ code: 'shop_birthday', name: '店庆', nameEn: 'Shop anniversary', date: '2026-06-18', kind: 'gregorian' })
    expect(list.map((f) => f.code)).not.toContain('christmas')
    expect(list.map((f) => f.code)).not.toContain('valentines')
    expect(list).toHaveLength(15)
    expect(festivalsOf(2026, { add: [shopBirthday], drop: ['shop_birthday'] })).toHaveLength(16)
  })

  it('an added rule with a built-in code replaces the built-in', () => {
    const ownQixi: FestivalRule = { code: 'qixi', name: '七夕节', nameEn: 'Qixi', rule: { kind: 'lunar', month: 7, day: 7 } }
    const list = festivalsOf(2026, { add: [ownQixi] }).filter((f) => f.code === 'qixi')
    expect(list).toEqual([{ code: 'qixi', name: '七夕节', nameEn: 'Qixi', date: '2026-08-19', kind: 'lunar' }])
  })

  it('other rule kinds: the last weekday of a month, a solar term, a lunar day late in the year', () => {
    const add: FestivalRule[] = [
      { code: 'thanks', name: '感恩节', nameEn: 'Thanksgiving', rule: { kind: 'nthWeekday', month: 11, weekday: 4, n: 4 } },
      { code: 'last_sat', name: '月末促销', nameEn: 'Last Saturday', rule: { kind: 'nthWeekday', month: 8, weekday: 6, n: -1 } },
      { code: 'fifth_mon', name: '第五个周一', nameEn: 'Fifth Monday', rule: { kind: 'nthWeekday', month: 2, weekday: 1, n: 5 } },
      { code: 'dongzhi', name: '冬至', nameEn: 'Winter Solstice', rule: { kind: 'solarTerm', term: '冬至' } },
      { code: 'laba', name: '腊八节', nameEn: 'Laba Festival', rule: { kind: 'lunar', month: 12, day: 8 } },
    ]
    const of = (year: number, code: string) => festivalsOf(year, { add }).filter((f) => f.code === code).map((f) => f.date)
    expect(of(2025, 'thanks')).toEqual(['2025-11-27'])
    expect(of(2025, 'last_sat')).toEqual(['2025-08-30'])
    expect(of(2025, 'fifth_mon')).toEqual([])
    expect(of(2021, 'fifth_mon')).toEqual([])
    expect(of(2016, 'fifth_mon')).toEqual(['2016-02-29'])
    expect(of(2025, 'dongzhi')).toEqual(['2025-12-21'])
    expect(festivalsOf(2025, { add }).find((f) => f.code === 'dongzhi')?.kind).toBe('solar-term')
    // Laba (lunar 12-08) falls twice in 2003 (lunar 2002's and 2003's) and never in 2004.
    expect(of(2003, 'laba')).toEqual(['2003-01-10', '2003-12-30'])
    expect(of(2004, 'laba')).toEqual([])
    expect(of(2005, 'laba')).toHaveLength(1)
  })

  it('an unusable rule gives no day and says why', () => {
    const bad: FestivalRule = { code: 'bad', name: '坏', nameEn: 'Bad', rule: { kind: 'gregorian', month: 2, day: 30 } }
    expect(festivalRuleProblem(bad)).toBe('no such month-day')
    expect(festivalRuleProblem({ ...bad, rule: { kind: 'lunar', month: 13, day: 1 } })).toBeDefined()
    expect(festivalRuleProblem({ ...bad, rule: { kind: 'nthWeekday', month: 5, weekday: 7, n: 1 } })).toBeDefined()
    expect(festivalRuleProblem({ ...bad, rule: { kind: 'nthWeekday', month: 5, weekday: 0, n: 0 } })).toBeDefined()
    expect(festivalRuleProblem({ ...bad, code: ' ', rule: { kind: 'gregorian', month: 1, day: 2 } })).toBe('code must not be empty')
    expect(festivalRuleProblem(shopBirthday)).toBeUndefined()
    expect(festivalsOf(2026, { add: [bad] })).toHaveLength(16)
  })

  it('a rule of the wrong shape (from a settings file) is a problem, not a throw', () => {
    const shapeless = { code: 'x', name: 'x', nameEn: 'x' } as unknown as FestivalRule
    expect(festivalRuleProblem(shapeless)).toBe('rule must be an object { kind, … }')
    expect(festivalRuleProblem(null as unknown as FestivalRule)).toBe('must be an object { code, name, rule }')
    expect(festivalsOf(2026, { add: [shapeless] })).toHaveLength(16)
  })
})

describe('festivals by day and by period', () => {
  it('festivalOn lists what falls on a day', () => {
    expect(festivalOn(d('2025-10-06')).map((f) => f.code)).toEqual(['mid_autumn'])
    expect(festivalOn(d('2025-10-07'))).toEqual([])
    expect(festivalOn(d('2026-06-18'), { add: [{ code: 'x', name: '店庆', nameEn: 'x', rule: { kind: 'gregorian', month: 6, day: 18 } }] })).toHaveLength(1)
  })

  it('festivalsBetween crosses the year end, both ends included', () => {
    const list = festivalsBetween(d('2025-12-25'), d('2026-02-16'))
    expect(list.map((f) => `${f.date} ${f.code}`)).toEqual([
      '2025-12-25 christmas',
      '2026-01-01 new_year',
      '2026-02-14 valentines',
      '2026-02-16 spring_festival_eve',
    ])
    expect(festivalsBetween(d('2026-02-16'), d('2025-12-25'))).toEqual([])
  })
})
