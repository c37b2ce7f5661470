import { AnniversaryNoted, AnniversaryRemoved, type CustomerEvent, CustomerForgotten, type CustomerId, customerStream, type LocalDate, type MonthDay } from '@clientele/core'
import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { projectedEventsOf } from '../internal/projectedEvents.test-support.js'
import { applyAll } from '../projection.js'
import { anniversariesOn, dateIndex } from './dateIndex.js'
import { anniversariesInMonth, anniversariesOnMonthDay, upcomingAnniversaries } from './dateQueries.js'

const A = '00000000-0000-4000-8000-00000000000a' as CustomerId
const B = '00000000-0000-4000-8000-00000000000b' as CustomerId
const d = (s: string): LocalDate => s as LocalDate

const valid = <T>(decoded: E.Either<unknown, T>): T => {
  if (E.isLeft(decoded)) throw new Error('test event does not decode')
  return decoded.right
}
const noted = (customerId: CustomerId, anniversaryId: string, date: object, extra: object = {}): CustomerEvent =>
  valid(AnniversaryNoted.decode({ type: 'AnniversaryNoted', data: { customerId, anniversaryId, kind: 'birthday', relation: 'self', date, ...extra } }))
const removed = (customerId: CustomerId, anniversaryId: string): CustomerEvent =>
  valid(AnniversaryRemoved.decode({ type: 'AnniversaryRemoved', data: { customerId, anniversaryId } }))
const forgotten = (customerId: CustomerId): CustomerEvent =>
  valid(CustomerForgotten.decode({ type: 'CustomerForgotten', data: { customerId, forgottenOn: '2026-01-05', requestedBy: 'customer' } }))

const indexOf = (...events: CustomerEvent[]) =>
  applyAll(dateIndex, dateIndex.init(), projectedEventsOf(events.map((event) => ({ stream: customerStream(event.data.customerId), event }))))
const idsOn = (state: ReturnType<typeof indexOf>, day: string, rules = {}) => anniversariesOn(state, d(day), rules).map((h) => h.anniversaryId)

describe('the projection', () => {
  it('is named dateIndex and its state survives structuredClone', () => {
    const state = indexOf(noted(A, 'a1', { calendar: 'gregorian', month: 6, day: 10 }))
    expect(dateIndex.name).toBe('dateIndex')
    expect(structuredClone(state)).toEqual(state)
  })

  it('refuses a customer id that is not a uuid (cast past the codecs) instead of filing it out of order', () => {
    const event = noted(A, 'a1', { calendar: 'gregorian', month: 6, day: 10 })
    const cast = { ...event, data: { ...event.data, customerId: 'cust-b' as CustomerId } } as CustomerEvent
    expect(() => applyAll(dateIndex, dateIndex.init(), [{ event: cast, customerId: 'cust-b' as CustomerId, stream: 'customer-cust-b', revision: 0, position: 1n, recordedAt: '2026-01-01T00:00:00.000Z' }])).toThrow(
      'dateIndex: a customer id is not a lower-case uuid',
    )
  })

  it('reports a Gregorian date on its day, with whose it is and how many years', () => {
    const state = indexOf(noted(A, 'w1', { calendar: 'gregorian', month: 6, day: 10, year: 2015 }, { kind: 'wedding', relation: 'spouse', personName: '王芳' }))
    expect(anniversariesOn(state, d('2026-06-10'))).toEqual([
      {
        customerId: A,
        anniversaryId: 'w1',
        kind: 'wedding',
        relation: 'spouse',
        personName: '王芳',
        date: { calendar: 'gregorian', month: 6, day: 10, year: 2015 },
        occursOn: '2026-06-10',
        yearsSince: 11,
      },
    ])
    expect(anniversariesOn(state, d('2014-06-10'))).toEqual([]) // before the wedding
    expect(anniversariesOn(state, d('2026-06-11'))).toEqual([])
  })

  it('noting the same id again replaces the date; removing deletes it', () => {
    const moved = indexOf(noted(A, 'a1', { calendar: 'gregorian', month: 6, day: 10 }), noted(A, 'a1', { calendar: 'gregorian', month: 6, day: 11 }))
    expect(idsOn(moved, '2026-06-10')).toEqual([])
    expect(idsOn(moved, '2026-06-11')).toEqual(['a1'])
    expect(moved.anniversaries.size).toBe(1)
    const gone = indexOf(noted(A, 'a1', { calendar: 'gregorian', month: 6, day: 10 }), removed(A, 'a1'))
    expect(idsOn(gone, '2026-06-10')).toEqual([])
    expect(gone).toEqual(dateIndex.init())
  })

  it('the same anniversary id of two customers are two dates', () => {
    const state = indexOf(noted(B, 'a1', { calendar: 'gregorian', month: 6, day: 10 }), noted(A, 'a1', { calendar: 'gregorian', month: 6, day: 10 }), removed(B, 'a9'))
    expect(anniversariesOn(state, d('2026-06-10')).map((h) => h.customerId)).toEqual([A, B])
  })

  it("forgetting a customer drops all their dates, and keeps them out even if an event names them later", () => {
    const state = indexOf(
      noted(A, 'a1', { calendar: 'gregorian', month: 6, day: 10 }),
      noted(B, 'b1', { calendar: 'gregorian', month: 6, day: 10 }),
      noted(B, 'b2', { calendar: 'lunar', month: 8, day: 15, leap: false }),
      forgotten(B),
      noted(B, 'b3', { calendar: 'gregorian', month: 6, day: 10 }),
    )
    expect(idsOn(state, '2026-06-10')).toEqual(['a1'])
    expect(idsOn(state, '2026-09-25')).toEqual([])
    expect(state.byCustomer.has(B)).toBe(false)
  })
})

describe('calendar rules in the index', () => {
  const state = indexOf(
    noted(A, 'feb29', { calendar: 'gregorian', month: 2, day: 29 }),
    noted(A, 'leap6', { calendar: 'lunar', month: 6, day: 10, leap: true }),
    noted(A, 'ord6', { calendar: 'lunar', month: 6, day: 10, leap: false }),
    noted(A, 'day30', { calendar: 'lunar', month: 2, day: 30, leap: false }),
    noted(A, 'lunar1990', { calendar: 'lunar', month: 12, day: 20, leap: false, year: 1990 }),
  )

  it('Feb 29 on Feb 28 of a common year, or Mar 1 when the shop says so', () => {
    expect(idsOn(state, '2024-02-29')).toEqual(['feb29'])
    expect(idsOn(state, '2025-02-28')).toEqual(['feb29'])
    expect(idsOn(state, '2025-03-01')).toEqual([])
    expect(idsOn(state, '2025-03-01', { feb29: 'mar1' })).toEqual(['feb29'])
    expect(idsOn(state, '2025-02-28', { feb29: 'mar1' })).toEqual([])
  })

  it('a leap-month birthday in the leap month when the year has it, the ordinary one otherwise', () => {
    // 2025 has a leap 6th month: ordinary 6-10 is 2025-07-04, leap 6-10 is 2025-08-03.
    expect(idsOn(state, '2025-07-04')).toEqual(['ord6'])
    expect(idsOn(state, '2025-08-03')).toEqual(['leap6'])
    expect(idsOn(state, '2025-07-04', { lunarLeapMonth: 'alwaysOrdinary' })).toEqual(['leap6', 'ord6'])
    // 2026 has no leap 6th month: both on ordinary 6-10 (2026-07-23).
    expect(idsOn(state, '2026-07-23')).toEqual(['leap6', 'ord6'])
  })

  it('lunar day 30 on the last day of a 29-day month, or not at all', () => {
    // 2025's 2nd month has 29 days; its last day is 2025-03-28.
    expect(idsOn(state, '2025-03-28')).toEqual(['day30'])
    expect(idsOn(state, '2025-03-28', { lunarMissingDay30: 'skip' })).toEqual([])
  })

  it('a lunar date with a year counts lunar years', () => {
    const [hit] = anniversariesOn(state, d('2026-02-07')) // lunar 2025-12-20
    expect(hit).toMatchObject({ anniversaryId: 'lunar1990', occursOn: '2026-02-07', yearsSince: 35 })
  })

  it('June 10 in a given year, and Feb 29 typed in a common year', () => {
    expect(anniversariesOnMonthDay(state, '02-29' as MonthDay, 2025).map((h) => [h.anniversaryId, h.occursOn])).toEqual([['feb29', '2025-02-28']])
    expect(anniversariesOnMonthDay(state, '02-28' as MonthDay, 2025)).toEqual([])
    expect(anniversariesOnMonthDay(state, '07-04' as MonthDay, 2025).map((h) => h.anniversaryId)).toEqual(['ord6'])
  })

  it('the upcoming window crosses the year end and counts days left', () => {
    const s = indexOf(noted(A, 'ny', { calendar: 'gregorian', month: 1, day: 2 }), noted(B, 'xmas', { calendar: 'gregorian', month: 12, day: 28 }))
    expect(upcomingAnniversaries(s, d('2025-12-28'), 7).map((h) => [h.anniversaryId, h.occursOn, h.daysLeft])).toEqual([
      ['xmas', '2025-12-28', 0],
      ['ny', '2026-01-02', 5],
    ])
    expect(upcomingAnniversaries(s, d('2025-12-29'), 3)).toEqual([])
    expect(upcomingAnniversaries(s, d('2025-12-28'), -1)).toEqual([])
    // An endless window runs to the last day a date can hold, as a huge one does.
    expect(upcomingAnniversaries(s, d('2025-12-28'), Infinity)).toEqual(upcomingAnniversaries(s, d('2025-12-28'), 1e9))
    expect(upcomingAnniversaries(s, d('2025-12-28'), Infinity).length).toBeGreaterThan(100)
    expect(upcomingAnniversaries(s, d('2025-12-28'), NaN)).toEqual([])
    // Nothing past the last day a LocalDate can hold, and a huge window ends there.
    expect(upcomingAnniversaries(s, d('2199-12-27'), 1e9).map((h) => h.occursOn)).toEqual(['2199-12-28'])
  })

  it('birthdays this month', () => {
    expect(anniversariesInMonth(state, 2025, 7).map((h) => [h.anniversaryId, h.occursOn])).toEqual([['ord6', '2025-07-04']])
    expect(anniversariesInMonth(state, 2025, 13)).toEqual([])
  })
})
