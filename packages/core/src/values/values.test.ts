import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { problemsOf } from '../internal/problems.js'
import { AnniversaryDate } from './anniversaryDate.js'
import { CustomerId, customerIdOfStream, customerStream } from './customerId.js'
import { EntityId } from './entityId.js'
import { addDays, dayOfWeek, daysBetween, LocalDate, localDateIn } from './localDate.js'
import { Money } from './money.js'
import { MonthDay } from './monthDay.js'
import { Phone } from './phone.js'
import { Label } from './text.js'

const reasonOf = (r: E.Either<import('io-ts').Errors, unknown>) => (E.isLeft(r) ? problemsOf(r.left)[0]?.reason : undefined)

describe('Money', () => {
  it('defaults the currency to CNY', () => expect(Money.decode({ amount: 19900 })).toEqual(E.right({ amount: 19900, currency: 'CNY' })))
  it('refuses floats, negatives and odd currencies', () => {
    expect(reasonOf(Money.decode({ amount: 199.5 }))).toMatch(/whole number/)
    expect(reasonOf(Money.decode({ amount: -1 }))).toMatch(/negative/)
    expect(reasonOf(Money.decode({ amount: 1, currency: 'rmb' }))).toMatch(/ISO 4217/)
  })
})

describe('LocalDate', () => {
  it('accepts real days only', () => {
    expect(E.isRight(LocalDate.decode('2024-02-29'))).toBe(true)
    expect(reasonOf(LocalDate.decode('2023-02-29'))).toMatch(/does not exist/)
    expect(reasonOf(LocalDate.decode('2024/2/29'))).toMatch(/YYYY-MM-DD/)
  })
  it('does day arithmetic without the runtime calendar', () => {
    expect(addDays('2024-12-31' as LocalDate, 1)).toBe('2025-01-01')
    expect(addDays('2024-03-01' as LocalDate, -1)).toBe('2024-02-29')
    expect(daysBetween('2024-01-01' as LocalDate, '2025-01-01' as LocalDate)).toBe(366)
    expect(dayOfWeek('2026-11-23' as LocalDate)).toBe(1)
  })
  it('takes the local date of an instant in the shop time zone', () => {
    const instant = new Date('2026-11-22T17:30:00Z')
    expect(localDateIn(instant, 'Asia/Shanghai')).toBe('2026-11-23')
    expect(localDateIn(instant, 'Europe/London')).toBe('2026-11-22')
  })
})

describe('MonthDay and AnniversaryDate', () => {
  it('accepts Feb 29 as a month-day', () => expect(E.isRight(MonthDay.decode('02-29'))).toBe(true))
  it('refuses Feb 29 of a common year', () =>
    expect(reasonOf(AnniversaryDate.decode({ calendar: 'gregorian', month: 2, day: 29, year: 2023 }))).toMatch(/Feb 29/))
  it('accepts a lunar day 30 in a leap month', () =>
    expect(E.isRight(AnniversaryDate.decode({ calendar: 'lunar', month: 4, day: 30, leap: true }))).toBe(true))
  it('requires the leap flag on lunar dates', () =>
    expect(reasonOf(AnniversaryDate.decode({ calendar: 'lunar', month: 4, day: 3 }))).toMatch(/leap/))
})

describe('ids', () => {
  it('round-trips a customer id through its stream name', () => {
    const id = '3f1c2b9e-8d7a-4c6b-9e5f-1a2b3c4d5e6f' as CustomerId
    expect(customerIdOfStream(customerStream(id))).toBe(id)
    expect(customerIdOfStream('orders-1')).toBeUndefined()
  })
  it('refuses upper-case uuids and entity ids with spaces', () => {
    expect(E.isLeft(CustomerId.decode('3F1C2B9E-8D7A-4C6B-9E5F-1A2B3C4D5E6F'))).toBe(true)
    expect(E.isLeft(EntityId.decode('receipt 12'))).toBe(true)
  })
})

describe('Phone', () => {
  it('normalises on decode', () => expect(Phone.decode('+86 138-1234-5678')).toEqual(E.right('13812345678')))
  it('says why without repeating the number', () => {
    const reason = reasonOf(Phone.decode('138123'))
    expect(reason).toBeDefined()
    expect(reason).not.toContain('138123')
  })
})

describe('text', () => {
  it('refuses padding rather than trimming it', () => expect(reasonOf(Label.decode(' 花束'))).toMatch(/white space/))
})

describe('hand-written checks agree with their specification', () => {
  it('isUuid matches the uuid pattern', async () => {
    const fc = (await import('fast-check')).default
    const { isUuid } = await import('./customerId.js')
    const pattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
    const hexish = fc.string({ unit: fc.constantFrom(...'0123456789abcdefABCDEF-xg'), minLength: 30, maxLength: 40 })
    fc.assert(fc.property(fc.oneof(fc.uuid(), hexish), (s) => isUuid(s) === pattern.test(s)), { numRuns: 2000 })
  })
  it('LocalDate accepts exactly the days the calendar has', async () => {
    const fc = (await import('fast-check')).default
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2199 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (y, m, d) => {
        const text = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
        const utc = new Date(Date.UTC(y, m - 1, d))
        const real = m >= 1 && m <= 12 && d >= 1 && utc.getUTCMonth() === m - 1 && utc.getUTCDate() === d
        return E.isRight(LocalDate.decode(text)) === real
      }),
      { numRuns: 3000 },
    )
  })
})
