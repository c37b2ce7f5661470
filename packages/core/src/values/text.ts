import * as t from 'io-ts'
import { refined } from '../internal/refined.js'

// The characters String.prototype.trim removes, tested without allocating.
const isSpace = (c: number): boolean =>
  c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff

/**
 * Trimmed, non-empty text of at most `max` characters. Leading or trailing
 * white space is refused rather than silently trimmed so that a stored value
 * always re-encodes to the same bytes.
 *
 * @since 0.1.0
 * @category values
 */
export const boundedText = (name: string, max: number): t.Type<string, string, unknown> =>
  refined<string>(name, (u) => {
    if (typeof u !== 'string') return 'must be a string'
    if (u.length === 0) return 'must not be empty'
    if (u.length > max) return `must be at most ${max} characters`
    if (isSpace(u.charCodeAt(0)) || isSpace(u.charCodeAt(u.length - 1))) return 'must not start or end with white space'
    return undefined
  })

/** A short label (a category, an item, an event's name). @since 0.1.0 @category values */
export const Label = boundedText('Label', 100)
/** A free note. Usually personal: mark it so where it is used. @since 0.1.0 @category values */
export const Note = boundedText('Note', 2000)
/** A postal address. @since 0.1.0 @category values */
export const Address = boundedText('Address', 300)
/** A WeChat id. @since 0.1.0 @category values */
export const WeChatId = boundedText('WeChatId', 64)
/** An opaque staff id (never a name). @since 0.1.0 @category values */
export const StaffId = boundedText('StaffId', 64)

/** A whole number of at least 1 (points, quantities). @since 0.1.0 @category values */
export const PositiveInt = refined<number>('PositiveInt', (u) =>
  typeof u !== 'number' || !Number.isSafeInteger(u) || u < 1 ? 'must be a whole number of at least 1' : undefined,
)
