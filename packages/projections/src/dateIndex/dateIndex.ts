// The important-dates index (纪念日): every live anniversary, bucketed by the
// day it is stored on, so "who has a date on D" reads a handful of buckets
// instead of scanning every customer.
import { type AnniversaryDate, type AnniversaryNoted, type CustomerId, type EntityId, type LocalDate, localDate } from '@clientele/core'
import { type AnniversaryRules, anniversaryRules, gregorianDayInYear, lunarDayInYear } from '../calendar/anniversaryRules.js'
import { type LunarDate, lunarMonthLength, solarToLunar } from '../calendar/lunarCalendar.js'
import type { Projection } from '../projection.js'
import { forgetAnswers } from './answerMemo.js'

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
  /**
   * Bucket → its anniversaries sorted by customer id, then anniversary id (the
   * same objects as in `anniversaries`, so a query reads them without a second
   * look-up). NOTE: kept sorted as dates are noted (a bucket holds a few
   * hundred dates even for 100,000 customers, so an insert moves little),
   * because sorting a busy day's few hundred answers on every query was most
   * of a month-day query's time.
   */
  readonly buckets: Map<string, IndexedAnniversary[]>
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

// Code units, never the locale. Customer ids are uuids of one length, so this is
// also the order of the `customerId anniversaryId` keys.
const compareAnniversaries = (a: IndexedAnniversary, b: IndexedAnniversary): number =>
  a.customerId < b.customerId ? -1 : a.customerId > b.customerId ? 1 : a.anniversaryId < b.anniversaryId ? -1 : a.anniversaryId > b.anniversaryId ? 1 : 0

/** The first index whose anniversary is not before `a`. */
const placeIn = (held: ReadonlyArray<IndexedAnniversary>, a: IndexedAnniversary): number => {
  let lo = 0
  let hi = held.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (compareAnniversaries(held[mid] as IndexedAnniversary, a) < 0) lo = mid + 1
    else hi = mid
  }
  return lo
}

const remove = (state: DateIndexState, key: string): void => {
  const old = state.anniversaries.get(key)
  if (old === undefined) return
  forgetAnswers(state)
  state.anniversaries.delete(key)
  const bucket = bucketOf(old.date)
  const held = state.buckets.get(bucket)
  if (held !== undefined) {
    const at = placeIn(held, old)
    if (held[at] === old) held.splice(at, 1)
    if (held.length === 0) state.buckets.delete(bucket)
  }
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
        forgetAnswers(state)
        const entry: Mutable<IndexedAnniversary> = { customerId, anniversaryId: d.anniversaryId, kind: d.kind, relation: d.relation, date: d.date }
        if (d.personName !== undefined) entry.personName = d.personName
        state.anniversaries.set(key, entry)
        const bucket = bucketOf(d.date)
        const held = state.buckets.get(bucket)
        if (held === undefined) state.buckets.set(bucket, [entry])
        else held.splice(placeIn(held, entry), 0, entry)
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
  // NOTE: one literal per combination of the optional fields, each with its
  // properties in one order: adding them one by one made every object walk
  // through hidden-class transitions, a third of a month-day query's time.
  const { customerId, anniversaryId, kind, relation, date, personName } = a
  const since = date.year === undefined ? undefined : calendarYear - date.year
  let o: AnniversaryOccurrence
  if (personName === undefined)
    o = since === undefined ? { customerId, anniversaryId, kind, relation, date, occursOn } : { customerId, anniversaryId, kind, relation, date, occursOn, yearsSince: since }
  else
    o =
      since === undefined
        ? { customerId, anniversaryId, kind, relation, date, occursOn, personName }
        : { customerId, anniversaryId, kind, relation, date, occursOn, personName, yearsSince: since }
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

/**
 * Internal, shared with the window queries: the occurrences on one day, each
 * with `daysLeft` when given. With `ownDayOnly`, Gregorian dates moved there
 * from another month-day (Feb 29 in a common year) are left out.
 */
export const occurrencesOnDay = (
  state: DateIndexState,
  date: LocalDate,
  rules: AnniversaryRules,
  daysLeft?: number,
  ownDayOnly = false,
): AnniversaryOccurrence[] => {
  const year = Number(date.slice(0, 4))
  const month = Number(date.slice(5, 7))
  const day = Number(date.slice(8, 10))
  // Days past the range a LocalDate can hold (a window running beyond 2199) hold nothing.
  if (localDate(year, month, day) !== date) return []
  // NOTE: a lunar date can fall on `date` only through the lunar year `date`
  // is in, so one resolution per candidate settles it, with no conversion.
  const lunar = solarToLunar(date)
  // Each bucket is sorted; the answer merges the matches of each in that order.
  let out: AnniversaryOccurrence[] = []
  let fromBuckets = 0
  for (const bucket of candidateBuckets(month, day, lunar)) {
    const held = state.buckets.get(bucket)
    if (held === undefined) continue
    const matches: AnniversaryOccurrence[] = []
    for (let i = 0; i < held.length; i++) {
      const a = held[i] as IndexedAnniversary
      const d = a.date
      if (d.calendar === 'gregorian') {
        // Nearly every Gregorian date falls on its own month-day: only Feb 29 moves.
        if (d.year !== undefined && d.year > year) continue
        const ownDay = d.month === month && d.day === day
        if ((ownDay && (month !== 2 || day !== 29)) || ((ownDay || !ownDayOnly) && fallsOn(gregorianDayInYear(d, year, rules), month, day)))
          matches.push(occurrenceOf(a, date, year, daysLeft))
      } else if (lunar !== undefined) {
        const on = lunarDayInYear(d, lunar.year, rules)
        if (on !== undefined && on.month === lunar.month && on.day === lunar.day && on.leap === lunar.leap) matches.push(occurrenceOf(a, date, lunar.year, daysLeft))
      }
    }
    if (matches.length === 0) continue
    out = fromBuckets === 0 ? matches : mergeSorted(out, matches)
    fromBuckets++
  }
  return out
}

const fallsOn = (on: { readonly month: number; readonly day: number } | undefined, month: number, day: number): boolean =>
  on !== undefined && on.month === month && on.day === day

/** Two lists each sorted by customer, then anniversary id, merged into one. */
const mergeSorted = (a: ReadonlyArray<AnniversaryOccurrence>, b: ReadonlyArray<AnniversaryOccurrence>): AnniversaryOccurrence[] => {
  const out: AnniversaryOccurrence[] = new Array(a.length + b.length)
  let i = 0
  let j = 0
  let k = 0
  while (i < a.length && j < b.length) out[k++] = compareAnniversaries(a[i] as AnniversaryOccurrence, b[j] as AnniversaryOccurrence) <= 0 ? (a[i++] as AnniversaryOccurrence) : (b[j++] as AnniversaryOccurrence)
  while (i < a.length) out[k++] = a[i++] as AnniversaryOccurrence
  while (j < b.length) out[k++] = b[j++] as AnniversaryOccurrence
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
