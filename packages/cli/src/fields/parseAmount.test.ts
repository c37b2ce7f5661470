import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { parseAmount } from './parseAmount.js'

describe('parseAmount', () => {
  it.each([
    ['199', 19900],
    ['199.00', 19900],
    ['¥199.00', 19900],
    ['￥1,299.5', 129950],
    ['199元', 19900],
    ['19.9', 1990],
    ['0.07', 7],
    ['RMB 88', 8800],
    ['１９９．５', 19950],
    ['1,234,567.89', 123456789],
    ['0', 0],
    ['12.', 1200],
  ])('reads %s as %i fen', (text, fen) => {
    expect(parseAmount(text)).toEqual(E.right(fen))
  })

  it.each([
    ['', 'is empty'],
    ['-5', 'must not be negative'],
    ['19.999', 'has more than two decimals (fen)'],
    ['1,29', 'has commas that are not thousands separators'],
    ['abc', 'is not an amount (e.g. 199, 199.50, ¥1,299.5, 199元)'],
    ['12 34', 'is not an amount (e.g. 199, 199.50, ¥1,299.5, 199元)'],
  ])('refuses %j: %s', (text, reason) => {
    expect(parseAmount(text)).toEqual(E.left(reason))
  })
})
