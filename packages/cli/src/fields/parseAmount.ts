import * as E from 'fp-ts/lib/Either.js'
import { halfWidth } from './halfWidth.js'

// ¥199.00, ￥1,299.5, 199元, RMB 199, 199 — the currency marks say nothing a
// CNY shop does not know, so they are dropped; thousands separators too.
const CURRENCY_MARKS = /^(?:[¥￥]|RMB|CNY)\s*|\s*(?:元|RMB|CNY)$/gi
const AMOUNT = /^(\d+)(?:\.(\d{0,2}))?$/
const GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d*)?$/

/**
 * Reads an amount of yuan into fen (integer minor units), without going
 * through a float: "19.9" is 1990 fen exactly.
 *
 * @since 0.1.0
 * @category fields
 */
export const parseAmount = (raw: string): E.Either<string, number> => {
  let text = halfWidth(raw).trim().replace(CURRENCY_MARKS, '').trim()
  if (text === '') return E.left('is empty')
  if (text.startsWith('-')) return E.left('must not be negative')
  if (text.includes(',')) {
    if (!GROUPED.test(text)) return E.left('has commas that are not thousands separators')
    text = text.replaceAll(',', '')
  }
  const m = AMOUNT.exec(text)
  if (m === null) return E.left(/^\d+\.\d{3,}$/.test(text) ? 'has more than two decimals (fen)' : 'is not an amount (e.g. 199, 199.50, ¥1,299.5, 199元)')
  const fen = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'))
  return Number.isSafeInteger(fen) && fen <= 1e13 ? E.right(fen) : E.left('is implausibly large')
}
