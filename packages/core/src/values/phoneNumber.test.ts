import { describe, it, expect } from 'vitest'
import fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import { parsePhone, phoneDigits, type ParsedPhone, type PhoneProblem } from './phoneNumber.js'

const ok = (kind: ParsedPhone['kind'], normalised: string) => E.right({ kind, normalised })
const bad = (p: PhoneProblem) => E.left(p)

describe('parsePhone: mobiles', () => {
  it.each([
    ['13812345678', '13812345678'],
    ['138 1234 5678', '13812345678'],
    ['138-1234-5678', '13812345678'],
    ['138.1234.5678', '13812345678'],
    ['+86 138-1234-5678', '13812345678'],
    ['+8613812345678', '13812345678'],
    ['(+86) 138 1234 5678', '13812345678'],
    ['0086 13812345678', '13812345678'],
    ['8613812345678', '13812345678'],
    ['86 138 1234 5678', '13812345678'],
    ['  19912345678  ', '19912345678'],
    ['１３８１２３４５６７８', '13812345678'],
    ['＋８６　１３８－１２３４－５６７８', '13812345678'],
    ['138\u30001234\u30005678', '13812345678'],
    ['138—1234—5678', '13812345678'],
  ])('%s → %s', (raw, normalised) => {
    expect(parsePhone(raw)).toEqual(ok('mobile', normalised))
  })
})

describe('parsePhone: landlines', () => {
  it.each([
    ['(010) 1234 5678', '010-12345678'],
    ['010-12345678', '010-12345678'],
    ['01012345678', '010-12345678'],
    ['010 1234567', '010-1234567'],
    ['021-87654321', '021-87654321'],
    ['0755-1234567', '0755-1234567'],
    ['0755 12345678', '0755-12345678'],
    ['0571-88886666', '0571-88886666'],
    ['（０５７１）８８８８６６６６', '0571-88886666'],
    ['+86 10 1234 5678', '010-12345678'],
    ['+86 (0)10 1234 5678', '010-12345678'],
    ['+86 755 1234567', '0755-1234567'],
    ['0086 21 87654321', '021-87654321'],
  ])('%s → %s', (raw, normalised) => {
    expect(parsePhone(raw)).toEqual(ok('landline', normalised))
  })
})

describe('parsePhone: international', () => {
  it.each([
    ['+44 20 7946 0958', '+442079460958'],
    ['+1 (415) 555-2671', '+14155552671'],
    ['+852 2123 4567', '+85221234567'],
    ['+886 2 2345 6789', '+886223456789'],
    ['0044 20 7946 0958', '+442079460958'],
    ['+1234567', '+1234567'],
    ['+123456789012345', '+123456789012345'],
  ])('%s → %s', (raw, normalised) => {
    expect(parsePhone(raw)).toEqual(ok('international', normalised))
  })
})

describe('parsePhone: problems', () => {
  it.each<[string, PhoneProblem]>([
    ['', 'empty'],
    ['   ', 'empty'],
    ['\u3000', 'empty'],
    ['( ) - .', 'empty'],
    ['abc', 'invalid_characters'],
    ['138abcd5678', 'invalid_characters'],
    ['１３８ＡＢＣＤ５６７８', 'invalid_characters'],
    ['010-12345678转123', 'invalid_characters'],
    ['010-12345678 ext 123', 'invalid_characters'],
    ['010-12345678#123', 'invalid_characters'],
    ['138+12345678', 'invalid_characters'],
    ['++8613812345678', 'invalid_characters'],
    ['138/1234/5678', 'invalid_characters'],
    ['1381234567', 'wrong_length'],
    ['138123456789', 'wrong_length'],
    ['138', 'wrong_length'],
    ['1', 'wrong_length'],
    ['+', 'wrong_length'],
    ['+86', 'wrong_length'],
    ['+86 138 1234 567', 'wrong_length'],
    ['010-123456', 'wrong_length'],
    ['010-123456789', 'wrong_length'],
    ['0755-123456', 'wrong_length'],
    ['0755-123456789', 'wrong_length'],
    ['07', 'wrong_length'],
    ['+44 123', 'wrong_length'],
    ['+1234567890123456', 'wrong_length'],
    ['12345678901', 'unknown_format'],
    ['11012345678', 'unknown_format'],
    ['12345678', 'unknown_format'],
    ['10086', 'unknown_format'],
    ['88886666', 'unknown_format'],
    ['8612345678901', 'unknown_format'],
    ['86 010 12345678', 'unknown_format'],
    ['011-12345678', 'unknown_format'],
    ['+0123456789', 'unknown_format'],
  ])('%j → %s', (raw, p) => {
    expect(parsePhone(raw)).toEqual(bad(p))
  })

  it('returns only a problem code or a canonical number, never the raw input', () => {
    fc.assert(
      fc.property(fc.string(), (raw) => {
        const r = parsePhone(raw)
        if (E.isLeft(r)) {
          expect(['empty', 'invalid_characters', 'wrong_length', 'unknown_format']).toContain(r.left)
        } else {
          expect(r.right.normalised).toMatch(/^(?:1[3-9]\d{9}|0(?:10|2\d|[3-9]\d\d)-\d{7,8}|\+[1-9]\d{6,14})$/)
        }
      }),
    )
  })
})

describe('phoneDigits', () => {
  it.each([
    ['13812345678', '13812345678'],
    ['010-12345678', '01012345678'],
    ['0755-1234567', '07551234567'],
    ['+442079460958', '442079460958'],
  ])('%s → %s', (normalised, digits) => {
    expect(phoneDigits(normalised)).toBe(digits)
  })
})

// ---- generators for properties ------------------------------------------------

const digit = fc.constantFrom('0', '1', '2', '3', '4', '5', '6', '7', '8', '9')
const digits = (min: number, max: number) => fc.string({ unit: digit, minLength: min, maxLength: max })

const mobile = fc
  .tuple(fc.constantFrom('3', '4', '5', '6', '7', '8', '9'), digits(9, 9))
  .map(([second, rest]) => `1${second}${rest}`)

const areaCode = fc.oneof(
  fc.constant('010'),
  digit.map((d) => `02${d}`),
  fc.tuple(fc.constantFrom('3', '4', '5', '6', '7', '8', '9'), digits(2, 2)).map(([a, b]) => `0${a}${b}`),
)

const landline = fc.tuple(areaCode, digits(7, 8))

const international = fc
  .tuple(fc.constantFrom('1', '2', '3', '4', '5', '6', '7', '8', '9'), digits(6, 14))
  .map(([first, rest]) => `${first}${rest}`)
  .filter((d) => !d.startsWith('86'))

const separator = fc.constantFrom('', '', '', ' ', '-', '.', '\u3000', '－', '—')

// Interleaves a random separator between (and around) the characters of s.
const withNoise = (s: string) =>
  fc
    .array(separator, { minLength: s.length + 1, maxLength: s.length + 1 })
    .map((seps) => Array.from(s).reduce((acc, ch, i) => acc + ch + (seps[i + 1] ?? ''), seps[0] ?? ''))

const fullWidthSometimes = (s: string) =>
  fc
    .array(fc.boolean(), { minLength: s.length, maxLength: s.length })
    .map((flags) =>
      Array.from(s)
        .map((ch, i) => (flags[i] && /\d/.test(ch) ? String.fromCharCode(ch.charCodeAt(0) + 0xfee0) : ch))
        .join(''),
    )

const noisyMobile = mobile.chain((m) =>
  fc
    .tuple(fc.constantFrom('', '+86', '+86 ', '0086', '0086 ', '86', '(+86) ', '＋８６'), withNoise(m))
    .chain(([prefix, body]) => fullWidthSometimes(body).map((b) => ({ clean: m, raw: prefix + b }))),
)

const noisyLandline = landline.chain(([area, local]) =>
  fc
    .tuple(
      fc.constantFrom(
        { prefix: '', area },
        { prefix: '', area: `(${area})` },
        { prefix: '+86 ', area: area.slice(1) },
        { prefix: '+86 (0)', area: area.slice(1) },
        { prefix: '0086', area: area.slice(1) },
      ),
      withNoise(local),
    )
    .map(([p, body]) => ({ clean: `${area}${local}`, raw: `${p.prefix}${p.area}${body}` })),
)

describe('parsePhone properties', () => {
  it('accepts every generated mobile as itself', () => {
    fc.assert(
      fc.property(mobile, (m) => {
        expect(parsePhone(m)).toEqual(ok('mobile', m))
      }),
    )
  })

  it('normalises every generated landline to area-dash-local', () => {
    fc.assert(
      fc.property(landline, ([area, local]) => {
        expect(parsePhone(area + local)).toEqual(ok('landline', `${area}-${local}`))
      }),
    )
  })

  it('formatting noise and a +86 prefix never change a mobile', () => {
    fc.assert(
      fc.property(noisyMobile, ({ clean, raw }) => {
        expect(parsePhone(raw)).toEqual(parsePhone(clean))
      }),
    )
  })

  it('formatting noise and a +86 prefix never change a landline', () => {
    fc.assert(
      fc.property(noisyLandline, ({ clean, raw }) => {
        const result = parsePhone(raw)
        expect(E.isRight(result)).toBe(true)
        expect(result).toEqual(parsePhone(clean))
      }),
    )
  })

  it('formatting noise never changes an international number', () => {
    fc.assert(
      fc.property(international.chain((d) => withNoise(d).map((body) => ({ d, raw: `+${body}` }))), ({ d, raw }) => {
        expect(parsePhone(raw)).toEqual(ok('international', `+${d}`))
      }),
    )
  })

  it('is idempotent: parsing a normalised form gives the same result', () => {
    const anyInput = fc.oneof(
      fc.string(),
      fc.string({ unit: fc.constantFrom('0', '1', '3', '8', '6', '+', ' ', '-', '(', ')'), maxLength: 20 }),
      noisyMobile.map((x) => x.raw),
      noisyLandline.map((x) => x.raw),
      international.map((d) => `+${d}`),
    )
    fc.assert(
      fc.property(anyInput, (raw) => {
        const first = parsePhone(raw)
        if (E.isRight(first)) {
          expect(parsePhone(first.right.normalised)).toEqual(first)
        }
      }),
    )
  })

  it('phoneDigits keeps exactly the digits of a normalised number', () => {
    fc.assert(
      fc.property(fc.oneof(noisyMobile.map((x) => x.raw), noisyLandline.map((x) => x.raw)), (raw) => {
        const r = parsePhone(raw)
        if (E.isRight(r)) {
          const d = phoneDigits(r.right.normalised)
          expect(d).toMatch(/^\d+$/)
          expect(d).toBe(r.right.normalised.replace(/[+-]/g, ''))
        }
      }),
    )
  })
})
