// Laws of the important-dates index: every query equals a brute-force scan of
// the live anniversaries, computed straight from the events with the
// anniversary rules; rebuilding equals applying in any batch split.
import { addDays, daysBetween, type LocalDate, localDate, type MonthDay, monthDay } from '@clientele/core'
import { shopHistoryArb, simulateShop } from '@clientele/core/testing'
import { fc, test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import { type AnniversaryRules, occurrencesInYear } from '../calendar/anniversaryRules.js'
import { solarToLunar } from '../calendar/lunarCalendar.js'
import { projectedEventsOf } from '../internal/projectedEvents.test-support.js'
import { applyAll, type ProjectedEvent } from '../projection.js'
import { anniversariesOn, dateIndex, type DateIndexState, type IndexedAnniversary } from './dateIndex.js'
import { anniversariesInMonth, anniversariesOnMonthDay, upcomingAnniversaries } from './dateQueries.js'

// ── The brute force ─────────────────────────────────────────────────────────

/** The live anniversaries, read from the events without any index. */
const liveOf = (events: ReadonlyArray<ProjectedEvent>): IndexedAnniversary[] => {
  const live = new Map<string, IndexedAnniversary>()
  const forgotten = new Set<string>()
  for (const { event, customerId } of events) {
    if (event.type === 'AnniversaryNoted' && !forgotten.has(customerId)) {
      const { anniversaryId, kind, relation, date, personName } = event.data
      live.set(`${customerId}/${anniversaryId}`, { customerId, anniversaryId, kind, relation, date, ...(personName === undefined ? {} : { personName }) })
    }
    if (event.type === 'AnniversaryRemoved') live.delete(`${customerId}/${event.data.anniversaryId}`)
    if (event.type === 'CustomerForgotten') {
      forgotten.add(customerId)
      for (const [k, a] of live) if (a.customerId === customerId) live.delete(k)
    }
  }
  return [...live.values()]
}

interface Hit extends IndexedAnniversary {
  readonly occursOn: LocalDate
  readonly yearsSince?: number
}

const hit = (a: IndexedAnniversary, occursOn: LocalDate): Hit => {
  if (a.date.year === undefined) return { ...a, occursOn }
  const year = a.date.calendar === 'gregorian' ? Number(occursOn.slice(0, 4)) : (solarToLunar(occursOn)?.year ?? Number.NaN)
  return { ...a, occursOn, yearsSince: year - a.date.year }
}

/** Every occurrence of every live anniversary in a Gregorian year. */
const bruteYear = (live: ReadonlyArray<IndexedAnniversary>, year: number, rules: AnniversaryRules): Hit[] =>
  live.flatMap((a) => occurrencesInYear(a.date, year, rules).map((on) => hit(a, on)))

const order = (a: Hit, b: Hit): number =>
  a.occursOn !== b.occursOn
    ? a.occursOn < b.occursOn ? -1 : 1
    : a.customerId !== b.customerId
      ? a.customerId < b.customerId ? -1 : 1
      : a.anniversaryId < b.anniversaryId ? -1 : a.anniversaryId > b.anniversaryId ? 1 : 0
const sorted = (hits: Hit[]): Hit[] => [...hits].sort(order)

// ── Arbitraries ─────────────────────────────────────────────────────────────

const rulesArb: fc.Arbitrary<AnniversaryRules> = fc.record({
  feb29: fc.constantFrom('feb28' as const, 'mar1' as const),
  lunarLeapMonth: fc.constantFrom('leapWhenPresent' as const, 'alwaysOrdinary' as const),
  lunarMissingDay30: fc.constantFrom('lastDayOfMonth' as const, 'skip' as const),
})
const shopArb = shopHistoryArb({ maxCustomers: 6, maxCommands: 40 }).map((events) => projectedEventsOf(events))
const yearArb = fc.oneof(fc.integer({ min: 1901, max: 2099 }), fc.constantFrom(2024, 2025, 2033, 1900, 2100, 2199))
const dayArb = (min: string, max: string): fc.Arbitrary<LocalDate> =>
  fc.integer({ min: 0, max: daysBetween(min as LocalDate, max as LocalDate) }).map((n) => addDays(min as LocalDate, n))
const anyDayArb = fc.oneof(dayArb('1900-01-01', '2199-12-31'), dayArb('2023-12-01', '2026-03-01'))

const build = (events: ReadonlyArray<ProjectedEvent>): DateIndexState => applyAll(dateIndex, dateIndex.init(), events)
const daysOfYear = (year: number): LocalDate[] => {
  const first = localDate(year, 1, 1)
  return first === undefined ? [] : Array.from({ length: daysBetween(first, localDate(year, 12, 31) ?? first) + 1 }, (_, i) => addDays(first, i))
}

// ── Laws ────────────────────────────────────────────────────────────────────

// Generating shop histories dominates the run time; a slow machine needs more than vitest's 5 s.
describe('dateIndex laws', { timeout: 60_000 }, () => {
  test.prop([shopArb, yearArb, rulesArb], { numRuns: 60 })(
    'over a whole year, every live anniversary appears exactly once per occurrence, on its day',
    (events, year, rules) => {
      const state = build(events)
      const scanned = daysOfYear(year).flatMap((day) => anniversariesOn(state, day, rules))
      expect(sorted(scanned)).toEqual(sorted(bruteYear(liveOf(events), year, rules)))
      expect(scanned).toEqual(sorted(scanned)) // day by day, each day in customer/anniversary order
      const byMonth = Array.from({ length: 12 }, (_, i) => anniversariesInMonth(state, year, i + 1, rules)).flat()
      expect(byMonth).toEqual(scanned)
    },
  )

  test.prop([shopArb, anyDayArb, rulesArb], { numRuns: 200 })('anniversariesOn a day equals the brute-force scan', (events, day, rules) => {
    const expected = bruteYear(liveOf(events), Number(day.slice(0, 4)), rules).filter((h) => h.occursOn === day)
    expect(anniversariesOn(build(events), day, rules)).toEqual(sorted(expected))
  })

  const monthDayArb: fc.Arbitrary<MonthDay> = fc.integer({ min: 0, max: 365 }).map((n) => {
    const d = addDays('2000-01-01' as LocalDate, n)
    return monthDay(Number(d.slice(5, 7)), Number(d.slice(8, 10)))
  })

  test.prop([shopArb, monthDayArb, yearArb, rulesArb], { numRuns: 200 })(
    'anniversariesOnMonthDay: Gregorian dates stored on it, lunar dates falling on it that year',
    (events, md, year, rules) => {
      const [month, day] = [Number(md.slice(0, 2)), Number(md.slice(3, 5))]
      const date = localDate(year, month, day)
      const expected = bruteYear(liveOf(events), year, rules).filter((h) =>
        h.date.calendar === 'gregorian' ? h.date.month === month && h.date.day === day : h.occursOn === date,
      )
      expect(anniversariesOnMonthDay(build(events), md, year, rules)).toEqual(sorted(expected))
    },
  )

  // One live state, its bucket columns edited in place as dates are noted,
  // moved and removed: asked between batches, each answer must follow.
  test.prop([shopArb, fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), fc.array(fc.nat(), { minLength: 1, maxLength: 4 }), yearArb], { numRuns: 150 })(
    'anniversariesOnMonthDay asked between batches of one live state equals the brute force of the events so far',
    (events, cuts, picks, year) => {
      const rules: AnniversaryRules = { feb29: 'feb28', lunarLeapMonth: 'leapWhenPresent', lunarMissingDay30: 'lastDayOfMonth' }
      // The days asked are days the history notes dates on, so later batches change their answers.
      const noted = events.flatMap(({ event }) =>
        event.type === 'AnniversaryNoted' && event.data.date.calendar === 'gregorian' ? [monthDay(event.data.date.month, event.data.date.day)] : [],
      )
      const mds = noted.length === 0 ? ['06-10' as MonthDay] : picks.map((i) => noted[i % noted.length] as MonthDay)
      const points = [...new Set(cuts.map((c) => c % (events.length + 1)))].sort((a, b) => a - b)
      const state = dateIndex.init()
      let start = 0
      for (const end of [...points, events.length]) {
        applyAll(dateIndex, state, events.slice(start, end))
        start = end
        const live = liveOf(events.slice(0, end))
        for (const md of mds) {
          const [month, day] = [Number(md.slice(0, 2)), Number(md.slice(3, 5))]
          const date = localDate(year, month, day)
          const expected = bruteYear(live, year, rules).filter((h) =>
            h.date.calendar === 'gregorian' ? h.date.month === month && h.date.day === day : h.occursOn === date,
          )
          expect(anniversariesOnMonthDay(state, md, year, rules)).toEqual(sorted(expected))
          expect(anniversariesOnMonthDay(state, md, year, rules)).toEqual(sorted(expected))
        }
      }
    },
  )

  test.prop([shopArb, anyDayArb, fc.oneof(fc.integer({ min: 0, max: 60 }), fc.constantFrom(0, 7, 366, 400)), rulesArb], { numRuns: 150 })(
    'upcomingAnniversaries equals the brute-force window, across the year end',
    (events, from, days, rules) => {
      const to = addDays(from, days)
      const live = liveOf(events)
      const expected: Hit[] = []
      for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++)
        expected.push(...bruteYear(live, y, rules).filter((h) => h.occursOn >= from && h.occursOn <= to))
      const got = upcomingAnniversaries(build(events), from, days, rules)
      expect(got.map(({ daysLeft, ...h }) => {
        expect(daysLeft).toBe(daysBetween(from, h.occursOn))
        return h
      })).toEqual(sorted(expected))
    },
  )

  test.prop([shopArb, fc.array(fc.nat(), { maxLength: 8 })], { numRuns: 200 })(
    'rebuilding in one pass equals applying in any batch split, with checkpoints between',
    (events, cuts) => {
      const points = [...new Set(cuts.map((c) => c % (events.length + 1)))].sort((a, b) => a - b)
      let state = dateIndex.init()
      let start = 0
      for (const end of [...points, events.length]) {
        state = structuredClone(applyAll(dateIndex, state, events.slice(start, end)))
        start = end
      }
      expect(state).toEqual(build(events))
    },
  )

  test.prop([shopArb, yearArb], { numRuns: 100 })('removed and forgotten anniversaries never appear', (events, year) => {
    const state = build(events)
    const live = new Set(liveOf(events).map((a) => `${a.customerId}/${a.anniversaryId}`))
    const gone = new Map<string, ProjectedEvent>()
    for (const e of events) if (e.event.type === 'AnniversaryNoted') gone.set(`${e.customerId}/${e.event.data.anniversaryId}`, e)
    for (const [key, e] of gone) {
      if (live.has(key) || e.event.type !== 'AnniversaryNoted') continue
      expect(state.anniversaries.has(`${e.customerId} ${e.event.data.anniversaryId}`)).toBe(false)
      for (const on of occurrencesInYear(e.event.data.date, year))
        expect(anniversariesOn(state, on).some((h) => `${h.customerId}/${h.anniversaryId}` === key)).toBe(false)
    }
    for (const [customerId, keys] of state.byCustomer) for (const k of keys) expect(k.startsWith(`${customerId} `)).toBe(true)
  })
})

describe('on a simulated shop', () => {
  it('a year of daily queries equals the brute force for 2024 and 2025', () => {
    const shop = simulateShop({ seed: 7, customers: 400, days: 500 })
    const events = projectedEventsOf(shop.events)
    const state = build(events)
    const live = liveOf(events)
    expect(live.some((a) => a.date.calendar === 'lunar')).toBe(true)
    for (const year of [2024, 2025]) {
      const scanned = daysOfYear(year).flatMap((day) => anniversariesOn(state, day))
      expect(sorted(scanned)).toEqual(sorted(bruteYear(live, year, { feb29: 'feb28', lunarLeapMonth: 'leapWhenPresent', lunarMissingDay30: 'lastDayOfMonth' })))
    }
  })
})
