import * as E from 'fp-ts/lib/Either.js'
import * as t from 'io-ts'
import { parsePhone } from './phoneNumber.js'

declare const PhoneBrand: unique symbol
/**
 * A phone number in normal form: an 11-digit mobile, a landline `0AAA-NNNNNNNN`,
 * or `+` and digits abroad. Input may carry `+86`, spaces and dashes; they are
 * stripped when decoding.
 *
 * @since 0.1.0
 * @category values
 */
export type Phone = string & { readonly [PhoneBrand]: true }

const REASON: Record<string, string> = {
  empty: 'must not be empty',
  invalid_characters: 'may hold only digits, +, spaces, dashes, dots and brackets',
  wrong_length: 'has the wrong number of digits',
  unknown_format: 'is neither a mobile, a landline with area code, nor a +country number',
}

/** @since 0.1.0 @category values */
export const Phone: t.Type<Phone, string, unknown> = new t.Type<Phone, string, unknown>(
  'Phone',
  (u): u is Phone => typeof u === 'string' && E.exists((p: { normalised: string }) => p.normalised === u)(parsePhone(u)),
  (u, c) => {
    if (typeof u !== 'string') return t.failure(u, c, 'must be a string')
    const parsed = parsePhone(u)
    return E.isRight(parsed)
      ? t.success(parsed.right.normalised as Phone)
      : t.failure(u, c, REASON[parsed.left] ?? 'is not a phone number')
  },
  (p) => p,
)
