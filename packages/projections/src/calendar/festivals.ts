// The festival calendar a shop greets its customers by (节假日问候): lunar
// festivals, the Qingming solar term, and the Gregorian days flower shops
// live on. Shops add their own days and drop the ones they ignore.
import { addDays, dayOfWeek, daysInMonth, type LocalDate, localDate, partsOf } from '@clientele/core'
import { SolarTerm } from 'tyme4ts'
import { occurrencesInYear } from './anniversaryRules.js'
import { lunarCalendarRange, lunarToSolar } from './lunarCalendar.js'

/** The 24 solar terms (节气) by their Chinese names, in tyme4ts's order (冬至 first). @since 0.1.0 @category calendar */
export const SOLAR_TERMS = [
  '冬至', '小寒', '大寒', '立春', '雨水', '惊蛰', '春分', '清明', '谷雨', '立夏', '小满', '芒种',
  '夏至', '小暑', '大暑', '立秋', '处暑', '白露', '秋分', '寒露', '霜降', '立冬', '小雪', '大雪',
] as const

/** The name of a solar term. @since 0.1.0 @category calendar */
export type SolarTermName = (typeof SOLAR_TERMS)[number]

/**
 * When a festival falls: a fixed Gregorian day; a lunar day (the ordinary
 * month; day 30 of a 29-day month falls on its last day); the n-th weekday of a
 * month (0 = Sunday; n 1–5, or -1 for the last); a solar term; or the day
 * before the lunar new year (除夕, lunar 12-29 or 12-30).
 *
 * @since 0.1.0
 * @category calendar
 */
export type FestivalDateRule =
  | { readonly kind: 'gregorian'; readonly month: number; readonly day: number }
  | { readonly kind: 'lunar'; readonly month: number; readonly day: number }
  | { readonly kind: 'nthWeekday'; readonly month: number; readonly weekday: number; readonly n: number }
  | { readonly kind: 'solarTerm'; readonly term: SolarTermName }
  | { readonly kind: 'lunarNewYearEve' }

/** A festival as a shop defines it. @since 0.1.0 @category calendar */
export interface FestivalRule {
  readonly code: string
  /** The Chinese name shown to the owner. */
  readonly name: string
  readonly nameEn: string
  readonly rule: FestivalDateRule
}

/** Which calendar a festival's day comes from. @since 0.1.0 @category calendar */
export type FestivalKind = 'lunar' | 'solar-term' | 'gregorian'

/** One festival on its day. @since 0.1.0 @category calendar */
export interface Festival {
  readonly code: string
  readonly name: string
  readonly nameEn: string
  readonly date: LocalDate
  readonly kind: FestivalKind
}

/** A shop's changes to the built-in calendar: rules to add (one with a built-in's code replaces it) and codes to drop. @since 0.1.0 @category calendar */
export interface FestivalOptions {
  readonly add?: ReadonlyArray<FestivalRule>
  readonly drop?: ReadonlyArray<string>
}

const g = (month: number, day: number): FestivalDateRule => ({ kind: 'gregorian', month, day })
const l = (month: number, day: number): FestivalDateRule => ({ kind: 'lunar', month, day })

/** The festivals every shop starts with (DOMAIN.md item 5). @since 0.1.0 @category calendar */
export const builtInFestivalRules: ReadonlyArray<FestivalRule> = [
  { code: 'spring_festival_eve', name: '除夕', nameEn: 'Spring Festival Eve', rule: { kind: 'lunarNewYearEve' } },
  { code: 'spring_festival', name: '春节', nameEn: 'Spring Festival', rule: l(1, 1) },
  { code: 'lantern', name: '元宵节', nameEn: 'Lantern Festival', rule: l(1, 15) },
  { code: 'qingming', name: '清明节', nameEn: 'Qingming Festival', rule: { kind: 'solarTerm', term: '清明' } },
  { code: 'dragon_boat', name: '端午节', nameEn: 'Dragon Boat Festival', rule: l(5, 5) },
  { code: 'qixi', name: '七夕', nameEn: 'Qixi Festival', rule: l(7, 7) },
  { code: 'mid_autumn', name: '中秋节', nameEn: 'Mid-Autumn Festival', rule: l(8, 15) },
  { code: 'double_ninth', name: '重阳节', nameEn: 'Double Ninth Festival', rule: l(9, 9) },
  { code: 'new_year', name: '元旦', nameEn: "New Year's Day", rule: g(1, 1) },
  { code: 'valentines', name: '情人节', nameEn: "Valentine's Day", rule: g(2, 14) },
  { code: 'womens_day', name: '妇女节', nameEn: "International Women's Day", rule: g(3, 8) },
  { code: '520', name: '网络情人节', nameEn: '520 Day', rule: g(5, 20) },
  { code: 'mothers_day', name: '母亲节', nameEn: "Mother's Day", rule: { kind: 'nthWeekday', month: 5, weekday: 0, n: 2 } },
  { code: 'fathers_day', name: '父亲节', nameEn: "Father's Day", rule: { kind: 'nthWeekday', month: 6, weekday: 0, n: 3 } },
  { code: 'teachers_day', name: '教师节', nameEn: "Teachers' Day", rule: g(9, 10) },
  { code: 'christmas', name: '圣诞节', nameEn: 'Christmas Day', rule: g(12, 25) },
]

const isInt = (n: unknown, min: number, max: number): boolean => typeof n === 'number' && Number.isInteger(n) && n >= min && n <= max

/** Why a shop's festival rule is unusable, or undefined when it is fine; check rules at the edge, since festivalsOf gives no day for an unusable one. @since 0.1.0 @category calendar */
export const festivalRuleProblem = (rule: FestivalRule): string | undefined => {
  // A rule from a shop's settings file may be any shape: checked, never trusted to be an object.
  if (typeof rule !== 'object' || rule === null) return 'must be an object { code, name, rule }'
  if (typeof rule.code !== 'string' || rule.code.trim() === '') return 'code must not be empty'
  const r = rule.rule as FestivalRule['rule'] | undefined
  if (typeof r !== 'object' || r === null) return 'rule must be an object { kind, … }'
  switch (r.kind) {
    case 'gregorian':
      return isInt(r.month, 1, 12) && isInt(r.day, 1, daysInMonth(2000, r.month)) ? undefined : 'no such month-day'
    case 'lunar':
      return isInt(r.month, 1, 12) && isInt(r.day, 1, 30) ? undefined : 'lunar month must be 1–12 and day 1–30'
    case 'nthWeekday':
      return !isInt(r.month, 1, 12)
        ? 'month must be 1–12'
        : !isInt(r.weekday, 0, 6)
          ? 'weekday must be 0 (Sunday) to 6'
          : r.n === -1 || isInt(r.n, 1, 5)
            ? undefined
            : 'n must be 1–5, or -1 for the last'
    case 'solarTerm':
      return (SOLAR_TERMS as ReadonlyArray<string>).includes(r.term) ? undefined : 'unknown solar term'
    case 'lunarNewYearEve':
      return undefined
    default:
      return 'unknown rule kind'
  }
}

const nthWeekday = (year: number, month: number, weekday: number, n: number): LocalDate | undefined => {
  if (n === -1) {
    const last = localDate(year, month, daysInMonth(year, month))
    return last === undefined ? undefined : addDays(last, -((dayOfWeek(last) - weekday + 7) % 7))
  }
  const first = localDate(year, month, 1)
  if (first === undefined) return undefined
  const day = addDays(first, ((weekday - dayOfWeek(first) + 7) % 7) + 7 * (n - 1))
  return partsOf(day).month === month ? day : undefined
}

// tyme4ts counts a solar-term year from the winter solstice (冬至) of the year
// before, so the term of Gregorian year Y may be its year Y's or Y+1's.
const solarTermDays = (year: number, term: SolarTermName): ReadonlyArray<LocalDate> =>
  [year, year + 1].flatMap((y) => {
    const s = SolarTerm.fromName(y, term).getSolarDay()
    const d = s.getYear() === year ? localDate(s.getYear(), s.getMonth(), s.getDay()) : undefined
    return d === undefined ? [] : [d]
  })

const daysOf = (rule: FestivalDateRule, year: number): ReadonlyArray<LocalDate> => {
  switch (rule.kind) {
    case 'gregorian': {
      const d = localDate(year, rule.month, rule.day)
      return d === undefined ? [] : [d]
    }
    case 'lunar':
      return occurrencesInYear({ calendar: 'lunar', month: rule.month, day: rule.day, leap: false }, year)
    case 'nthWeekday': {
      const d = nthWeekday(year, rule.month, rule.weekday, rule.n)
      return d === undefined ? [] : [d]
    }
    case 'solarTerm':
      return solarTermDays(year, rule.term)
    case 'lunarNewYearEve': {
      // The lunar new year is always in Jan 21–Feb 20, so its eve is in the same Gregorian year.
      const newYear = lunarToSolar(year, 1, 1, false)
      return newYear === undefined ? [] : [addDays(newYear, -1)]
    }
  }
}

const kindOf = (rule: FestivalDateRule): FestivalKind =>
  rule.kind === 'lunar' || rule.kind === 'lunarNewYearEve' ? 'lunar' : rule.kind === 'solarTerm' ? 'solar-term' : 'gregorian'

const byDateThenCode = (a: Festival, b: Festival): number =>
  a.date < b.date ? -1 : a.date > b.date ? 1 : a.code < b.code ? -1 : a.code > b.code ? 1 : 0

const festivalsByRules = (rules: ReadonlyArray<FestivalRule>, year: number): Festival[] =>
  rules.flatMap((r) =>
    festivalRuleProblem(r) === undefined
      ? daysOf(r.rule, year).map((date): Festival => ({ code: r.code, name: r.name, nameEn: r.nameEn, date, kind: kindOf(r.rule) }))
      : [],
  )

// NOTE: deterministic memo of the built-ins per year (solar terms and lunar
// tables are slow to compute); callers get a fresh array each time.
const builtIns = new Map<number, ReadonlyArray<Festival>>()

const isSupportedYear = (year: number): boolean =>
  Number.isInteger(year) && year >= lunarCalendarRange.firstGregorianYear && year <= lunarCalendarRange.lastGregorianYear

/**
 * The festivals of a Gregorian year (1901–2099; none outside), sorted by date
 * then code. A shop's lunar festival late in the lunar year can fall twice or
 * not at all in one Gregorian year, and is listed as often as it falls.
 *
 * @example
 * festivalsOf(2026, { add: [{ code: 'shop_birthday', name: '店庆', nameEn: 'Shop birthday', rule: { kind: 'gregorian', month: 6, day: 18 } }], drop: ['christmas'] })
 *
 * @since 0.1.0
 * @category calendar
 */
export const festivalsOf = (year: number, options: FestivalOptions = {}): ReadonlyArray<Festival> => {
  if (!isSupportedYear(year)) return []
  let base = builtIns.get(year)
  if (base === undefined) {
    base = festivalsByRules(builtInFestivalRules, year)
    builtIns.set(year, base)
  }
  const add = options.add ?? []
  const replaced = new Set([...add.map((r) => r.code), ...(options.drop ?? [])])
  const dropped = new Set(options.drop ?? [])
  const own = festivalsByRules(add, year).filter((f) => !dropped.has(f.code))
  return [...base.filter((f) => !replaced.has(f.code)), ...own].sort(byDateThenCode)
}

/** The festivals on one day (usually none, sometimes two, as when Qixi meets another). @since 0.1.0 @category calendar */
export const festivalOn = (date: LocalDate, options: FestivalOptions = {}): ReadonlyArray<Festival> =>
  festivalsOf(partsOf(date).year, options).filter((f) => f.date === date)

/** The festivals from `from` to `to`, both included, across year ends; sorted by date then code. @since 0.1.0 @category calendar */
export const festivalsBetween = (from: LocalDate, to: LocalDate, options: FestivalOptions = {}): ReadonlyArray<Festival> => {
  if (to < from) return []
  const out: Festival[] = []
  for (let y = partsOf(from).year; y <= partsOf(to).year; y++) out.push(...festivalsOf(y, options).filter((f) => f.date >= from && f.date <= to))
  return out
}
