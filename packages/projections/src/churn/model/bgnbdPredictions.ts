// What a fitted BG/NBD says about a customer: whether they are still a
// customer, and how many purchases to expect from them.
// NOTE: every function here assumes positive, finite parameters (a fit's
// output) and a valid summary (`summaryProblem` undefined); it returns NaN
// otherwise rather than throwing.
import type { BgNbdParams } from './bgnbdLikelihood.js'
import type { CustomerSummary } from './customerSummary.js'
import { logHyp2f1 } from './hypergeometric.js'

// log of the odds that the customer dropped out after their last purchase
// rather than being alive at T (Fader, Hardie & Lee 2005, eq. 13's ratio).
const logOddsDropped = (params: BgNbdParams, s: CustomerSummary): number => {
  const { r, alpha, a, b } = params
  if (s.x === 0) return Number.NEGATIVE_INFINITY
  return Math.log(a) - Math.log(b + s.x - 1) + (r + s.x) * (Math.log(alpha + s.T) - Math.log(alpha + s.tx))
}

/**
 * The probability that the customer is still active at T, given their
 * history (eq. 13): high for a frequent buyer who bought recently, falling
 * the longer they stay away. Exactly 1 for a customer who never bought
 * again: in the BG/NBD a customer can drop out only right after a purchase.
 *
 * @example probabilityAlive({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, { x: 2, tx: 30.43, T: 38.86 })
 * @since 0.1.0
 * @category churn model
 */
export const probabilityAlive = (params: BgNbdParams, s: CustomerSummary): number => {
  const odds = logOddsDropped(params, s)
  // 1 / (1 + e^odds), without overflow for very long absences.
  return odds > 0 ? Math.exp(-odds) / (1 + Math.exp(-odds)) : 1 / (1 + Math.exp(odds))
}

// (a + b + x - 1)/(a - 1) · [1 - ((α+T)/(α+T+t))^(r+x) 2F1(r+x, b+x; a+b+x-1; t/(α+T+t))]
// for a ≠ 1; the two factors' zero and pole at a = 1 cancel.
const aliveExpectation = (r: number, alpha: number, a: number, b: number, x: number, T: number, t: number): number => {
  const horizon = alpha + T + t
  const logG = (r + x) * (Math.log(alpha + T) - Math.log(horizon)) + logHyp2f1(r + x, b + x, a + b + x - 1, t / horizon)
  return ((a + b + x - 1) / (a - 1)) * -Math.expm1(logG)
}

// Within this distance of a = 1 the quotient loses digits to cancellation;
// the midpoint of a = 1 ± NEAR_ONE is accurate to O(NEAR_ONE²) there.
const NEAR_ONE = 1e-6

/**
 * The expected number of purchases in the next `t` time units of a customer
 * with this history (eq. 10): the number a shop ranks its customers by for
 * a follow-up call. Grows with `t`, and with frequency and recency.
 *
 * @since 0.1.0
 * @category churn model
 */
export const expectedPurchases = (params: BgNbdParams, s: CustomerSummary, t: number): number => {
  if (!(t >= 0)) return Number.NaN
  if (t === 0) return 0
  const { r, alpha, a, b } = params
  const alive =
    Math.abs(a - 1) < NEAR_ONE
      ? 0.5 * (aliveExpectation(r, alpha, 1 - NEAR_ONE, b, s.x, s.T, t) + aliveExpectation(r, alpha, 1 + NEAR_ONE, b, s.x, s.T, t))
      : aliveExpectation(r, alpha, a, b, s.x, s.T, t)
  return alive * probabilityAlive(params, s)
}

/**
 * The expected number of repeat purchases of a new customer in their first
 * `t` time units, E[X(t)] (eq. 9): the shop-wide baseline, and the
 * forecast for customers who have not bought yet.
 *
 * @since 0.1.0
 * @category churn model
 */
export const expectedPurchasesOfNewCustomer = (params: BgNbdParams, t: number): number =>
  // Eq. 9 is eq. 10 for a customer with no history (x = tx = T = 0).
  expectedPurchases(params, { x: 0, tx: 0, T: 0 }, t)
