// The important-dates index (纪念日): every live anniversary, bucketed by the
// day it is stored on, so "who has a date on D" reads a handful of buckets
// instead of scanning every customer.
import { type AnniversaryDate, type AnniversaryNoted, type CustomerId, type EntityId, type LocalDate, localDate } from '@clientele/core'
import { type AnniversaryRules, anniversaryRules, gregorianDayInYear, lunarDayInYear } from '../calendar/anniversaryRules.js'
import { type LunarDate, lunarMonthLength, solarToLunar } from '../calendar/lunarCalendar.js'
import type { Projection } from '../projection.js'
import { compareDates, type DateBucket, emptyBucket, insertInto, NO_YEAR, removeFrom } from './dateBucket.js'

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
   * Stored day → its anniversaries as columns, sorted by customer id, then
   * anniversary id (see `DateBucket`). NOTE: kept sorted as dates are noted,
   * because sorting a busy day's few hundred answers on every query was most
   * of a month-day query's time.
   */
  readonly buckets: Map<string, DateBucket>
  /** Forgotten customers: nothing of theirs is indexed again, even if a late event names them. */
  readonly forgotten: Set<CustomerId>
}

const pad = (n: number): string => String(n).padStart(2, '0')
const gregorianBucket = (month: number, day: number): string => `g:${pad(month)}-${pad(day)}`
const lunarBucket = (month: number, day: number, leap: boolean): string => `l:${pad(month)}-${pad(day)}${leap ? ':leap' : ''}`
const bucketKeyOf = (d: AnniversaryDate): string =>
  d.calendar === 'gregorian' ? gregorianBucket(d.month, d.day) : lunarBucket(d.month, d.day, d.leap)
const keyOf = (customerId: CustomerId, anniversaryId: EntityId): string => `${customerId} ${anniversaryId}`

const addTo = <K>(map: Map<K, Set<string>>, k: K, v: string): void => {
  const set = map.get(k)
  if (set === undefined) map.set(k, new Set([v]))
  else set.add(v)
}
const removeKey = <K>(map: Map<K, Set<string>>, k: K, v: string): void => {
  const set = map.get(k)
  if (set === undefined) return
  set.delete(v)
  if (set.size === 0) map.delete(k)
}

const remove = (state: DateIndexState, key: string): void => {
  const old = state.anniversaries.get(key)
  if (old === undefined) return
  state.anniversaries.delete(key)
  const bucket = bucketKeyOf(old.date)
  const held = state.buckets.get(bucket)
  if (held !== undefined) {
    removeFrom(held, old.customerId, old.anniversaryId)
    if (held.keys.length === 0) state.buckets.delete(bucket)
  }
  removeKey(state.byCustomer, old.customerId, key)
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
        const bucket = bucketKeyOf(d.date)
        let held = state.buckets.get(bucket)
        if (held === undefined) state.buckets.set(bucket, (held = emptyBucket()))
        insertInto(held, entry)
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

/**
 * A bucket whose day falls on the asked day, and how far the answer has read
 * it. `calendarYear` is the Gregorian or the lunar year of the asked day: a
 * date counts from its own year on, and `yearsSince` counts in the stored
 * date's own calendar.
 */
interface Cursor {
  readonly bucket: DateBucket
  readonly calendarYear: number
  at: number
}

/** Moves a cursor to its next date that has happened by its year; false when none is left. */
const settle = (c: Cursor): boolean => {
  const years = c.bucket.years
  while (c.at < years.length && (years[c.at] as number) > c.calendarYear) c.at++
  return c.at < years.length
}

/** The occurrence of the date under the cursor, on `date`. */
const occurrenceAt = (c: Cursor, date: LocalDate, daysLeft: number | undefined): AnniversaryOccurrence => {
  const b = c.bucket
  const i = c.at
  const ownYear = b.years[i] as number
  const customerId = b.customerIds[i] as CustomerId
  const anniversaryId = b.anniversaryIds[i] as EntityId
  const kind = b.kinds[i] as IndexedAnniversary['kind']
  const relation = b.relations[i] as IndexedAnniversary['relation']
  const stored = b.dates[i] as AnniversaryDate
  const personName = b.personNames[i]
  // NOTE: one literal per combination of the optional fields, each with its
  // properties in one order: adding them one by one made every object walk
  // through hidden-class transitions, a third of a month-day query's time.
  let o: AnniversaryOccurrence
  if (personName === undefined)
    o =
      ownYear === NO_YEAR
        ? { customerId, anniversaryId, kind, relation, date: stored, occursOn: date }
        : { customerId, anniversaryId, kind, relation, date: stored, occursOn: date, yearsSince: c.calendarYear - ownYear }
  else
    o =
      ownYear === NO_YEAR
        ? { customerId, anniversaryId, kind, relation, date: stored, occursOn: date, personName }
        : { customerId, anniversaryId, kind, relation, date: stored, occursOn: date, personName, yearsSince: c.calendarYear - ownYear }
  if (daysLeft !== undefined) (o as Mutable<UpcomingAnniversary>).daysLeft = daysLeft
  return o
}

const isBefore = (a: Cursor, b: Cursor): boolean => {
  const x = a.bucket
  const y = b.bucket
  return compareDates(x.keys[a.at] as number, x.customerIds[a.at] as CustomerId, x.anniversaryIds[a.at] as EntityId, y.keys[b.at] as number, y.customerIds[b.at] as CustomerId, y.anniversaryIds[b.at] as EntityId) < 0
}

/**
 * The buckets' dates that have happened, merged in customer, then
 * anniversary order, as occurrences on `date`. A day reads two buckets, at
 * most six (a Gregorian one, Feb 29, and lunar ones), so the smallest head is
 * found by looking at each.
 */
const mergeBuckets = (cursors: Cursor[], date: LocalDate, daysLeft: number | undefined): AnniversaryOccurrence[] => {
  const out: AnniversaryOccurrence[] = []
  const live = cursors.filter(settle)
  while (live.length > 0) {
    let first = 0
    for (let k = 1; k < live.length; k++) if (isBefore(live[k] as Cursor, live[first] as Cursor)) first = k
    const c = live[first] as Cursor
    out.push(occurrenceAt(c, date, daysLeft))
    c.at++
    if (!settle(c)) live.splice(first, 1)
  }
  return out
}

const sameLunarDay = (on: { readonly month: number; readonly day: number; readonly leap: boolean } | undefined, lunar: LunarDate): boolean =>
  on !== undefined && on.month === lunar.month && on.day === lunar.day && on.leap === lunar.leap

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
  const cursors: Cursor[] = []
  const take = (bucketKey: string, calendarYear: number): void => {
    const bucket = state.buckets.get(bucketKey)
    if (bucket !== undefined) cursors.push({ bucket, calendarYear, at: 0 })
  }
  // Gregorian dates fall on their own month-day, except Feb 29, which the
  // rules move in common years (to Feb 28 or Mar 1).
  if (month !== 2 || day !== 29) take(gregorianBucket(month, day), year)
  if ((month === 2 && (day === 28 || day === 29)) || (month === 3 && day === 1)) {
    const ownDay = month === 2 && day === 29
    if ((ownDay || !ownDayOnly) && fallsOn(gregorianDayInYear({ calendar: 'gregorian', month: 2, day: 29 }, year, rules), month, day))
      take(gregorianBucket(2, 29), year)
  }
  // NOTE: a lunar date can fall on `date` only through the lunar year `date`
  // is in, so the rules place each candidate bucket's day in that one year.
  const lunar = solarToLunar(date)
  if (lunar !== undefined) {
    // Leap-month dates can fall on the ordinary month and vice versa; day 30
    // falls on day 29 when the month is short.
    const days = lunar.day === 29 && lunarMonthLength(lunar.year, lunar.month, lunar.leap) === 29 ? [29, 30] : [lunar.day]
    for (const storedDay of days)
      for (const leap of [false, true]) {
        const stored = { calendar: 'lunar', month: lunar.month, day: storedDay, leap } as const
        if (sameLunarDay(lunarDayInYear(stored, lunar.year, rules), lunar)) take(lunarBucket(lunar.month, storedDay, leap), lunar.year)
      }
  }
  return mergeBuckets(cursors, date, daysLeft)
}

const fallsOn = (on: { readonly month: number; readonly day: number } | undefined, month: number, day: number): boolean =>
  on !== undefined && on.month === month && on.day === day

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
