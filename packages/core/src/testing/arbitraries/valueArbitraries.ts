// Arbitraries of the value types. Every value they produce decodes with its
// codec and is already in normal form (a decode returns it unchanged).
import fc from 'fast-check'
import type { CustomerId } from '../../values/customerId.js'
import type { EntityId } from '../../values/entityId.js'
import { addDays, daysBetween, isLeapYear, type LocalDate } from '../../values/localDate.js'
import type { Money } from '../../values/money.js'
import { type MonthDay, monthDay } from '../../values/monthDay.js'
import type { AnniversaryDate } from '../../values/anniversaryDate.js'
import type { Phone } from '../../values/phone.js'

const digitsArb = (n: number): fc.Arbitrary<string> => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n })

/** A lower-case uuid. @since 0.1.0 @category testing */
export const customerIdArb: fc.Arbitrary<CustomerId> = fc.uuid().map((s) => s.toLowerCase() as CustomerId)

/** Any valid entity id: receipt numbers, uuids, and odd but legal tokens. @since 0.1.0 @category testing */
export const entityIdArb: fc.Arbitrary<EntityId> = fc
  .oneof(
    fc.tuple(fc.constantFrom('R', 'C', 'F', 'P', 'INV-', 'No.'), digitsArb(6), digitsArb(4)).map(([p, d, n]) => `${p}${d}-${n}`),
    fc.uuid(),
    fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._:\-/#]{0,63}$/),
  )
  .map((s) => s as EntityId)

/**
 * Ids `p1`…`pn` (another prefix on request): a small pool makes commands
 * name the same purchase, complaint or points entry again.
 *
 * @since 0.1.0
 * @category testing
 */
export const entityIdFromPool = (n: number, prefix = 'p'): fc.Arbitrary<EntityId> =>
  fc.integer({ min: 1, max: Math.max(1, n) }).map((i) => `${prefix}${i}` as EntityId)

/** Currencies, CNY far more often than the others. @since 0.1.0 @category testing */
export const currencyArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 9, arbitrary: fc.constant('CNY') },
  { weight: 1, arbitrary: fc.constantFrom('USD', 'HKD', 'EUR', 'JPY', 'TWD') },
)

/** A whole number of fen from 0 up to the codec's cap (1e13), small amounts most often. @since 0.1.0 @category testing */
export const amountArb: fc.Arbitrary<number> = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 0, max: 1_000_000 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 0x7fffffff }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 1_000_000 }).map((n) => n * 10_000_000) },
)

/** Money with a bounded amount (`max` fen, at most 2^31 - 1) and a chosen currency arbitrary. @since 0.1.0 @category testing */
export const moneyArbWith = (options: { readonly max?: number; readonly currency?: fc.Arbitrary<string> } = {}): fc.Arbitrary<Money> =>
  fc.record({
    amount: options.max === undefined ? amountArb : fc.integer({ min: 0, max: Math.max(0, Math.min(options.max, 0x7fffffff)) }),
    currency: options.currency ?? currencyArb,
  })

/** Money in integer minor units (fen), mostly CNY, from 0 up to the codec's cap. @since 0.1.0 @category testing */
export const moneyArb: fc.Arbitrary<Money> = moneyArbWith()

/** A day between `min` and `max` (both included; by default the whole range 1900–2199). @since 0.1.0 @category testing */
export const localDateArb = (range: { readonly min?: LocalDate; readonly max?: LocalDate } = {}): fc.Arbitrary<LocalDate> => {
  const min = range.min ?? ('1900-01-01' as LocalDate)
  const max = range.max ?? ('2199-12-31' as LocalDate)
  return fc.integer({ min: 0, max: Math.max(0, daysBetween(min, max)) }).map((n) => addDays(min, n))
}

/** A month-day `MM-DD`, Feb 29 included. @since 0.1.0 @category testing */
export const monthDayArb: fc.Arbitrary<MonthDay> = fc
  .integer({ min: 0, max: 365 })
  .map((n) => addDays('2000-01-01' as LocalDate, n))
  .map((d) => monthDay(Number(d.slice(5, 7)), Number(d.slice(8, 10))))

const gregorianWithYear: fc.Arbitrary<AnniversaryDate> = localDateArb().map((d) => ({
  calendar: 'gregorian',
  month: Number(d.slice(5, 7)),
  day: Number(d.slice(8, 10)),
  year: Number(d.slice(0, 4)),
}))

const gregorianWithoutYear: fc.Arbitrary<AnniversaryDate> = monthDayArb.map((md) => ({
  calendar: 'gregorian',
  month: Number(md.slice(0, 2)),
  day: Number(md.slice(3, 5)),
}))

const leapDay: fc.Arbitrary<AnniversaryDate> = fc.oneof(
  fc.constant<AnniversaryDate>({ calendar: 'gregorian', month: 2, day: 29 }),
  fc
    .integer({ min: 0, max: 74 })
    .map((k) => 1904 + 4 * k)
    .filter(isLeapYear)
    .map((year): AnniversaryDate => ({ calendar: 'gregorian', month: 2, day: 29, year })),
)

const lunar: fc.Arbitrary<AnniversaryDate> = fc
  .record({
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 1, max: 30 }) }, { weight: 1, arbitrary: fc.constant(30) }),
    leap: fc.boolean(),
    year: fc.option(fc.integer({ min: 1900, max: 2199 }), { nil: undefined }),
  })
  .map(({ month, day, leap, year }): AnniversaryDate =>
    year === undefined ? { calendar: 'lunar', month, day, leap } : { calendar: 'lunar', month, day, leap, year },
  )

/** An important date: Gregorian with or without a year (Feb 29 included), or lunar (leap months, day 30). @since 0.1.0 @category testing */
export const anniversaryDateArb: fc.Arbitrary<AnniversaryDate> = fc.oneof(
  { weight: 3, arbitrary: gregorianWithYear },
  { weight: 3, arbitrary: gregorianWithoutYear },
  { weight: 1, arbitrary: leapDay },
  { weight: 4, arbitrary: lunar },
)

const mobileArb = fc.tuple(fc.integer({ min: 3, max: 9 }), digitsArb(9)).map(([second, rest]) => `1${second}${rest}`)

const landlineArb = fc.oneof(
  fc.tuple(fc.constantFrom('010', '020', '021', '022', '023', '024', '025', '027', '028', '029'), digitsArb(8)).map(([a, n]) => `${a}-${n}`),
  fc.tuple(fc.integer({ min: 3, max: 9 }), digitsArb(2), fc.constantFrom(7, 8)).chain(([first, rest, len]) =>
    digitsArb(len).map((n) => `0${first}${rest}-${n}`),
  ),
)

// No country code starts with 0, and +86 is China's own.
const COUNTRY_CODES = ['1', '7', '33', '44', '49', '61', '65', '81', '82', '852', '853', '886'] as const
// E.164: 7 to 15 digits in all, the country code included.
const internationalArb = fc
  .tuple(fc.constantFrom(...COUNTRY_CODES), fc.integer({ min: 7, max: 15 }))
  .chain(([cc, total]) => digitsArb(total - cc.length).map((n) => `+${cc}${n}`))

/** A phone number in normal form: a mobile (random digits), a landline `0AA(A)-NNNNNNN(N)` or `+` and digits. @since 0.1.0 @category testing */
export const phoneArb: fc.Arbitrary<Phone> = fc
  .oneof({ weight: 6, arbitrary: mobileArb }, { weight: 3, arbitrary: landlineArb }, { weight: 1, arbitrary: internationalArb })
  .map((s) => s as Phone)

const fullWidth = (s: string): string => s.replace(/[0-9+\-()]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))

const noisyMobile = (m: string): fc.Arbitrary<string> =>
  fc.constantFrom(
    `+86 ${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`,
    `+86-${m.slice(0, 3)}-${m.slice(3, 7)}-${m.slice(7)}`,
    `(+86) ${m}`,
    `0086${m}`,
    `86${m}`,
    `${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`,
    `${m.slice(0, 3)}-${m.slice(3, 7)}-${m.slice(7)}`,
    ` ${m} `,
    fullWidth(m),
  )

const noisyLandline = (l: string): fc.Arbitrary<string> => {
  const [area = '', local = ''] = l.split('-')
  const half = Math.floor(local.length / 2)
  return fc.constantFrom(
    `(${area}) ${local.slice(0, half)} ${local.slice(half)}`,
    `${area}${local}`,
    `${area} ${local}`,
    `+86 ${area.slice(1)} ${local}`,
    `+86 (0)${area.slice(1)} ${local}`,
    fullWidth(l),
  )
}

const noisyInternational = (i: string): fc.Arbitrary<string> =>
  fc.constantFrom(`00${i.slice(1)}`, `${i.slice(0, 4)} ${i.slice(4)}`, `${i.slice(0, 3)}-${i.slice(3)}`, ` ${i}`)

/** A phone number as people type it (`+86`, spaces, dashes, brackets, full-width digits) with the normal form it decodes to. @since 0.1.0 @category testing */
export const rawPhoneArb: fc.Arbitrary<{ readonly raw: string; readonly phone: Phone }> = phoneArb.chain((phone) =>
  (phone.startsWith('+') ? noisyInternational(phone) : phone.includes('-') ? noisyLandline(phone) : noisyMobile(phone)).map((raw) => ({
    raw,
    phone,
  })),
)
