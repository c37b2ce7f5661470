import * as E from 'fp-ts/lib/Either.js'

/** What sort of number a customer gave us. @since 0.1.0 @category phone */
export type PhoneKind = 'mobile' | 'landline' | 'international'

/** A phone number in its single canonical spelling, so equal numbers compare equal. @since 0.1.0 @category phone */
export interface ParsedPhone {
  readonly kind: PhoneKind
  readonly normalised: string
}

/** Why a number was refused; deliberately carries no part of the input so it is safe to log. @since 0.1.0 @category phone */
export type PhoneProblem = 'empty' | 'invalid_characters' | 'wrong_length' | 'unknown_format'

type Parsed = E.Either<PhoneProblem, ParsedPhone>

const problem = (p: PhoneProblem): Parsed => E.left(p)
const found = (kind: PhoneKind, normalised: string): Parsed => E.right({ kind, normalised })

// Chinese input methods produce full-width forms (０-９, ＋, （）, －); the whole
// FF01–FF5E block maps onto ASCII by one fixed offset, so fold it all and let the
// later checks decide what is acceptable.
const toHalfWidth = (s: string): string =>
  s.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))

// Shops copy numbers from cards, chats and spreadsheets, each with its own grouping
// style; none of these separators carries meaning, so they are all dropped. `\s`
// already covers the ideographic space U+3000, and the U+2010–2015 dashes are what
// an IME emits for "——".
const NOISE = /[\s\-.()\u2010-\u2015\u2212]/g

// Anything left over after removing noise (letters, 转, ext, #, a '+' not at the
// start) is refused. That includes extensions: dropping them silently would lose
// information and keeping them would need a richer normal form, so we keep it simple.
// A lone '+' passes here and is refused later for having no digits.
const WELL_FORMED = /^\+?\d*$/

const MOBILE = /^1[3-9]\d{9}$/

// Chinese mobiles are always written without a trunk prefix and are exactly 11 digits.
// The prefix is judged before the length: "10086" is a service number, not a mobile
// with digits missing, so telling the user to add digits would mislead them.
const parseMobile = (digits: string): Parsed => {
  if (!/^1(?:[3-9]|$)/.test(digits)) return problem('unknown_format')
  if (digits.length !== 11) return problem('wrong_length')
  return found('mobile', digits)
}

// Only 010 (Beijing) and 02x have two-digit area codes; every other code is three
// digits after the trunk 0 and starts with 3–9. No 01x code other than 010 exists,
// so those are refused rather than guessed.
const areaCodeLength = (digits: string): number | undefined =>
  /^0(?:10|2\d)/.test(digits) ? 3 : /^0[3-9]/.test(digits) ? 4 : undefined

const parseLandline = (digits: string): Parsed => {
  if (digits.length < 3) return problem('wrong_length')
  const areaLength = areaCodeLength(digits)
  if (areaLength === undefined) return problem('unknown_format')
  const local = digits.slice(areaLength)
  if (local.length !== 7 && local.length !== 8) return problem('wrong_length')
  return found('landline', `${digits.slice(0, areaLength)}-${local}`)
}

// A number as dialled inside China: the first digit alone tells mobile from landline.
const parseDomestic = (digits: string): Parsed =>
  digits.startsWith('1')
    ? parseMobile(digits)
    : digits.startsWith('0')
      ? parseLandline(digits)
      : problem('unknown_format')

// After +86 the landline trunk 0 is normally dropped ("+86 10 …"), but people also
// write "+86 (0)10 …"; mobiles never start with 10, so "10…" must be Beijing.
const parseAfterCountryCode = (national: string): Parsed =>
  national.startsWith('0')
    ? parseLandline(national)
    : national.startsWith('1') && !national.startsWith('10')
      ? parseMobile(national)
      : parseLandline(`0${national}`)

// E.164 allows at most 15 digits including the country code; 7 is the shortest
// full number in practical use. No country code starts with 0.
const parseInternational = (digits: string): Parsed => {
  if (digits.startsWith('86')) return parseAfterCountryCode(digits.slice(2))
  if (digits.startsWith('0')) return problem('unknown_format')
  if (digits.length < 7 || digits.length > 15) return problem('wrong_length')
  return found('international', `+${digits}`)
}

/** Parses a number as typed by a customer in China into its canonical form. @since 0.1.0 @category phone */
export const parsePhone = (raw: string): E.Either<PhoneProblem, ParsedPhone> => {
  const compact = toHalfWidth(raw).replace(NOISE, '')
  if (compact.length === 0) return problem('empty')
  if (!WELL_FORMED.test(compact)) return problem('invalid_characters')
  if (compact.startsWith('+')) return parseInternational(compact.slice(1))
  // 00 is the international access prefix when dialling from China, so "0044…" is
  // the same number as "+44…" (and "0086…" is a domestic number).
  if (compact.startsWith('00')) return parseInternational(compact.slice(2))
  // A bare "86" is only trusted in front of a mobile: elsewhere it is
  // indistinguishable from the start of a local number.
  if (compact.length === 13 && compact.startsWith('86') && MOBILE.test(compact.slice(2))) {
    return found('mobile', compact.slice(2))
  }
  return parseDomestic(compact)
}

/** The digits of a normalised number, so a search for a fragment ignores the dash and the '+'. @since 0.1.0 @category phone */
export const phoneDigits = (normalised: string): string => normalised.replace(/\D/g, '')
