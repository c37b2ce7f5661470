import * as t from 'io-ts'
import { refined } from '../internal/refined.js'

/**
 * An amount of money in integer minor units (fen for CNY), never a float, so
 * that totals and refunds add up to the fen.
 *
 * @since 0.1.0
 * @category values
 */
export interface Money {
  readonly amount: number
  readonly currency: string
}

/** The currency assumed when a command gives none. @since 0.1.0 @category values */
export const DEFAULT_CURRENCY = 'CNY'

const CURRENCY = /^[A-Z]{3}$/
// A cap far above any shop sale that keeps sums of many amounts exact in a double.
const MAX_AMOUNT = 1e13

const problem = (u: unknown): string | undefined => {
  if (typeof u !== 'object' || u === null) return 'must be an object { amount, currency }'
  const { amount, currency } = u as { amount?: unknown; currency?: unknown }
  if (typeof amount !== 'number' || !Number.isSafeInteger(amount)) return 'needs amount as a whole number of minor units (fen)'
  if (amount < 0) return 'needs amount not negative'
  if (amount > MAX_AMOUNT) return 'needs a plausible amount (at most 10^13 minor units)'
  if (currency !== undefined && currency !== DEFAULT_CURRENCY && (typeof currency !== 'string' || !CURRENCY.test(currency)))
    return 'needs currency as a three-letter ISO 4217 code such as CNY'
  return undefined
}

/**
 * Decodes `{ amount, currency? }`; a missing currency becomes CNY, so stored
 * events always carry one.
 *
 * @since 0.1.0
 * @category values
 */
export const Money: t.Type<Money, Money, unknown> = refined<Money>(
  'Money',
  problem,
  (m) => m,
  (u) => {
    const m = u as { amount: number; currency?: string }
    return m.currency === undefined ? { amount: m.amount, currency: DEFAULT_CURRENCY } : (m as Money)
  },
  (u) => (u as { currency?: unknown }).currency !== undefined,
)

/** @since 0.1.0 @category values */
export const money = (amount: number, currency: string = DEFAULT_CURRENCY): Money => ({ amount, currency })

/** Renders `¥12.30` style text for humans. @since 0.1.0 @category values */
export const formatMoney = (m: Money): string => {
  const sign = m.currency === 'CNY' ? '¥' : `${m.currency} `
  return `${sign}${(m.amount / 100).toFixed(2)}`
}
