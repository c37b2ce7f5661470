// The calendar: lunar conversions, when an important date falls, festivals.
export { lunarToSolar, solarToLunar, lunarMonthLength, leapMonthOf, lunarMonthsOf, lunarCalendarRange } from './lunarCalendar.js'
export type { LunarDate } from './lunarCalendar.js'
export { defaultAnniversaryRules, anniversaryRules, occurrencesInYear, occurrenceInLunarYear } from './anniversaryRules.js'
export type { AnniversaryRules } from './anniversaryRules.js'
export { festivalsOf, festivalOn, festivalsBetween, festivalRuleProblem, builtInFestivalRules, SOLAR_TERMS } from './festivals.js'
export type { Festival, FestivalKind, FestivalRule, FestivalDateRule, FestivalOptions, SolarTermName } from './festivals.js'
