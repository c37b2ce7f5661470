import * as E from 'fp-ts/lib/Either.js'
import { parsePhone, type Phone } from '@clientele/core'

// Several numbers in one cell: 13812345678/021-12345678, or ; 、 ，| between them.
const SEPARATORS = /[;；、,，|/]/

const REASONS: Readonly<Record<string, string>> = {
  empty: 'is empty',
  invalid_characters: 'may hold only digits, +, spaces, dashes and brackets',
  wrong_length: 'has the wrong number of digits',
  unknown_format: 'is neither a mobile, a landline with area code, nor a +country number',
}

/**
 * Reads one or more phone numbers into their normal form (core's
 * `parsePhone`). Numbers are kept in order, duplicates once.
 *
 * @since 0.1.0
 * @category fields
 */
export const parsePhones = (raw: string): E.Either<string, ReadonlyArray<Phone>> => {
  const parts = raw.split(SEPARATORS).map((p) => p.trim()).filter((p) => p !== '')
  const phones: Phone[] = []
  for (const [index, part] of parts.entries()) {
    const parsed = parsePhone(part)
    if (E.isLeft(parsed)) return E.left(parts.length > 1 ? `number ${index + 1} ${REASONS[parsed.left] ?? 'is not a phone number'}` : (REASONS[parsed.left] ?? 'is not a phone number'))
    const phone = parsed.right.normalised as Phone
    if (!phones.includes(phone)) phones.push(phone)
  }
  return phones.length === 0 ? E.left('is empty') : E.right(phones)
}
