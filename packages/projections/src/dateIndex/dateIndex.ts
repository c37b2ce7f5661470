// The important-dates index (纪念日): every live anniversary, bucketed by the
// day it is stored on, so "who has a date on D" reads a handful of buckets
// instead of scanning every customer.
import { type AnniversaryDate, type AnniversaryNoted, type CustomerId, type EntityId, type LocalDate, localDate } from '@clientele/core'
import { type AnniversaryRules, anniversaryRules, gregorianDayInYear, lunarDayInYear } from '../calendar/anniversaryRules.js'
import { type LunarDate, lunarMonthLength, solarToLunar } from '../calendar/lunarCalendar.js'
import type { Projection } from '../projection.js'

type NotedData = AnniversaryNoted['data']
type Mutable<T> = { -readonly [K in keyof T]: T[K] }

/** One live important date as the index keeps it. @since 0.1.0 @category dateIndex */
export interface IndexedAnniversary {
  readonly customerId: CustomerId
  readonly anniversaryId: EntityId
  readonly kind: NotedData['kind']
  readonly relation: NotedData['relation']
  readonly date: AnniversaryDate
  readonly personName?: NonNullable<NotedData['personName']>
}

/**
 * The index's state: anniversaries by `customerId anniversaryId`, each
 * customer's keys (to forget them at once), and buckets by stored day:
 * `g:MM-DD` for Gregorian dates, `l:MM-DD` and `l:MM-DD:leap` for lunar ones.
 * Plain Maps and Sets, so `structuredClone` takes a checkpoint.
 *
 * @since 0.1.0
 * @category dateIndex
 */
export interface DateIndexState {
  readonly anniversaries: Map<string, IndexedAnniversary>
  readonly byCustomer: Map<CustomerId, Set<string>>
  /** Bucket → key → the anniversary (the same object as in `anniversaries`, so a query reads it without a second look-up). */
  readonly buckets: Map<string, Map<string, IndexedAnniversary>>
  /** Forgotten customers: nothing of theirs is indexed again, even if a late event names them. */
  readonly forgotten: Set<CustomerId>
}

const pad = (n: number): string => String(n).padStart(2, '0')
const gregorianBucket = (month: number, day: number): string => `g:${pad(month)}-${pad(day)}`
const lunarBucket = (month: number, day: number, leap: boolean): string => `l:${pad(month)}-${pad(day)}${leap ? ':leap' : ''}`
const bucketOf = (d: AnniversaryDate): string =>
  d.calendar === 'gregorian' ? gregorianBucket(d.month, d.day) : lunarBucket(d.month, d.day, d.leap)
const keyOf = (customerId: CustomerId, anniversaryId: EntityId): string => `${customerId} ${anniversaryId}`

const addTo = <K>(map: Map<K, Set<string>>, k: K, v: string): void => {
  const set = map.get(k)
  if (set === undefined) map.set(k, new Set([v]))
  else set.add(v)
}
const removeFrom = <K>(map: Map<K, Set<string>>, k: K, v: string): void => {
  const set = map.get(k)
  if (set === undefined) return
  set.delete(v)
  if (set.size === 0) map.delete(k)
}

const remove = (state: DateIndexState, key: string): void => {
  const old = state.anniversaries.get(key)
  if (old === undefined) return
  state.anniversaries.delete(key)
  const bucket = bucketOf(old.date)
  const held = state.buckets.get(bucket)
  held?.delete(key)
  if (held?.size === 0) state.buckets.delete(bucket)
  removeFrom(state.byCustomer, old.customerId, key)
}

/**
 * The important-dates projection: AnniversaryNoted adds a date (or replaces
 * the one with the same id), AnniversaryRemoved deletes it, and
 * CustomerForgotten drops all of that customer's dates.
 *
 * @since 0.1.0
 * @category dateIndex
 */
export const dateIndex: Projection<DateIndexState> = {
  name: 'dateIndex',
  init: () => ({ anniversaries: new Map(), byCustomer: new Map(), buckets: new Map(), forgotten: new Set() }),
  apply: (state, { event, customerId }) => {
    switch (event.type) {
      case 'AnniversaryNoted': {
        if (state.forgotten.has(customerId)) return state
        const d = event.data
        const key = keyOf(customerId, d.anniversaryId)
        remove(state, key)
        const entry: Mutable<IndexedAnniversary> = { customerId, anniversaryId: d.anniversaryId, kind: d.kind, relation: d.relation, date: d.date }
        if (d.personName !== undefined) entry.personName = d.personName
        state.anniversaries.set(key, entry)
        const bucket = bucketOf(d.date)
        const held = state.buckets.get(bucket)
        if (held === undefined) state.buckets.set(bucket, new Map([[key, entry]]))
        else held.set(key, entry)
        addTo(state.byCustomer, customerId, key)
        return state
      }
      case 'AnniversaryRemoved':
        remove(state, keyOf(customerId, event.data.anniversaryId))
        return state
      case 'CustomerForgotten': {
        for (const key of [...(state.byCustomer.get(customerId) ?? [])]) remove(state, key)
        state.forgotten.add(customerId)
        return state
      }
      default:
        return state
    }
  },
}

/** An important date on the day it falls. `yearsSince` counts years in the stored date's own calendar (lunar years for a lunar date). @since 0.1.0 @category dateIndex */
export interface AnniversaryOccurrence extends IndexedAnniversary {
  readonly occursOn: LocalDate
  readonly yearsSince?: number
}

/** An occurrence in an upcoming window, `daysLeft` days after its start. @since 0.1.0 @category dateIndex */
export interface UpcomingAnniversary extends AnniversaryOccurrence {
  readonly daysLeft: number
}

// `yearsSince` counts in the stored date's own calendar: the caller passes the
// Gregorian or the lunar year of the day it falls on.
// NOTE: built property by property rather than by object spread: a busy day
// returns hundreds of entries, and spreading objects of varying shapes was
// about 20 times slower.
const occurrenceOf = (a: IndexedAnniversary, occursOn: LocalDate, calendarYear: number, daysLeft: number | undefined): AnniversaryOccurrence => {
  const o: Mutable<AnniversaryOccurrence> = {
    customerId: a.customerId,
    anniversaryId: a.anniversaryId,
    kind: a.kind,
    relation: a.relation,
    date: a.date,
    occursOn,
  }
  if (a.personName !== undefined) o.personName = a.personName
  if (a.date.year !== undefined) o.yearsSince = calendarYear - a.date.year
  if (daysLeft !== undefined) (o as Mutable<UpcomingAnniversary>).daysLeft = daysLeft
  return o
}

// The buckets that can hold a date falling on a day: a superset, narrowed by
// asking the anniversary rules whether each candidate really falls that day.
const candidateBuckets = (month: number, day: number, lunar: LunarDate | undefined): ReadonlyArray<string> => {
  const out = [gregorianBucket(month, day)]
  // Feb 29 lands on Feb 28 or Mar 1 of common years, depending on the rules.
  if ((month === 2 && day === 28) || (month === 3 && day === 1)) out.push(gregorianBucket(2, 29))
  if (lunar !== undefined) {
    // Leap-month dates can fall on the ordinary month and vice versa; day 30
    // falls on day 29 when the month is short.
    out.push(lunarBucket(lunar.month, lunar.day, false), lunarBucket(lunar.month, lunar.day, true))
    if (lunar.day === 29 && lunarMonthLength(lunar.year, lunar.month, lunar.leap) === 29)
      out.push(lunarBucket(lunar.month, 30, false), lunarBucket(lunar.month, 30, true))
  }
  return out
}

/** Internal, shared with the window queries: the occurrences on one day, each with `daysLeft` when given. */
export const occurrencesOnDay = (state: DateIndexState, date: LocalDate, rules: AnniversaryRules, daysLeft?: number): AnniversaryOccurrence[] => {
  const year = Number(date.slice(0, 4))
  const month = Number(date.slice(5, 7))
  const day = Number(date.slice(8, 10))
  // Days past the range a LocalDate can hold (a window running beyond 2199) hold nothing.
  if (localDate(year, month, day) !== date) return []
  // NOTE: a lunar date can fall on `date` only through the lunar year `date`
  // is in, so one resolution per candidate settles it, with no conversion.
  const lunar = solarToLunar(date)
  const found: IndexedAnniversary[] = []
  const keys: string[] = []
  for (const bucket of candidateBuckets(month, day, lunar)) {
    const held = state.buckets.get(bucket)
    if (held === undefined) continue
    for (const [key, a] of held) {
      const d = a.date
      if (d.calendar === 'gregorian') {
        // Nearly every Gregorian date falls on its own month-day: only Feb 29 moves.
        if (d.year !== undefined && d.year > year) continue
        if (d.month === month && d.day === day && (month !== 2 || day !== 29)) keys.push(key), found.push(a)
        else {
          const on = gregorianDayInYear(d, year, rules)
          if (on !== undefined && on.month === month && on.day === day) keys.push(key), found.push(a)
        }
      } else if (lunar !== undefined) {
        const on = lunarDayInYear(d, lunar.year, rules)
        if (on !== undefined && on.month === lunar.month && on.day === lunar.day && on.leap === lunar.leap) keys.push(key), found.push(a)
      }
    }
  }
  // NOTE: keys are `customerId anniversaryId` and customer ids are uuids of one
  // length, so the order of the keys by code units is the order by customer, then
  // anniversary id (never the locale). Sorting positions by key keeps each key
  // beside its anniversary without a second look-up.
  const order = Array.from(keys.keys()).sort((i, j) => ((keys[i] as string) < (keys[j] as string) ? -1 : 1))
  const out: AnniversaryOccurrence[] = new Array(order.length)
  for (let i = 0; i < order.length; i++) {
    const a = found[order[i] as number] as IndexedAnniversary
    out[i] = occurrenceOf(a, date, a.date.calendar === 'gregorian' ? year : (lunar?.year ?? year), daysLeft)
  }
  return out
}

/**
 * The important dates that fall on one day, by customer then anniversary id.
 *
 * @example
 * anniversariesOn(state, '2026-06-10' as LocalDate, { feb29: 'mar1' })
 *
 * @since 0.1.0
 * @category dateIndex
 */
export const anniversariesOn = (
  state: DateIndexState,
  date: LocalDate,
  rules: Partial<AnniversaryRules> = {},
): ReadonlyArray<AnniversaryOccurrence> => occurrencesOnDay(state, date, anniversaryRules(rules))
