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

// The expected purchases of a customer alive at T (eq. 10 without its
// P(alive) factor): C/(a - 1) · [1 - (1-z)^A 2F1(A, B; C; z)] with A = r + x,
// B = b + x, C = a + b + x - 1, z = t/(α+T+t). Written so, it is 0/0 at
// a = 1, and 2F1's terms are of order 1/C for C near 0 (x = 0, a + b ≈ 1).
const aliveExpectation = (r: number, alpha: number, a: number, b: number, x: number, T: number, t: number): number => {
  const horizon = alpha + T + t
  const A = r + x
  const C = a + b + x - 1
  const z = t / horizon
  const logOneMinusZ = Math.log(alpha + T) - Math.log(horizon)
  const epsilon = a - 1
  if (Math.abs(epsilon) >= NEAR_ONE && C >= SMALL_C) {
    // Every term of this 2F1 series is positive: the most accurate form.
    return (C / epsilon) * -Math.expm1(A * logOneMinusZ + logHyp2f1(A, b + x, C, z))
  }
  // NOTE: Euler's transformation, 2F1(A, B; C; z) = (1-z)^(C-A-B) 2F1(C-A, ε; C; z)
  // with C - B = ε = a - 1, factors ε out of every term but the first:
  //   C/ε · [1 - (1-z)^A 2F1] = C · (1 - (1-z)^ε)/ε - (1-z)^ε Σₙ≥₁ τₙ,
  //   τₙ = (C-A)ₙ (1+ε)ₙ₋₁ / ((C+1)ₙ₋₁ n!) zⁿ,
  // with neither a pole at ε = 0 nor one at C = 0 (C + 1 > 0 always).
  const shrink = epsilon === 0 ? -logOneMinusZ : -Math.expm1(epsilon * logOneMinusZ) / epsilon
  let term = (C - A) * z
  let sum = term
  for (let n = 1; n < MAX_TERMS && term !== 0; n++) {
    const ratio = (((C - A + n) * (epsilon + n)) / ((C + n) * (n + 1))) * z
    term *= ratio
    sum += term
    const bound = Math.max(z, Math.abs((((C - A + n + 1) * (epsilon + n + 1)) / ((C + n + 1) * (n + 2))) * z))
    if (bound < 1 && Math.abs(term) * bound <= Math.abs(sum) * 1e-16 * (1 - bound)) break
  }
  return C * shrink - Math.exp(epsilon * logOneMinusZ) * sum
}

// Where the positive-term form loses digits: within NEAR_ONE of a = 1, to
// the cancellation of its zero and pole; below SMALL_C, to 2F1's 1/C terms.
const NEAR_ONE = 0.25
const SMALL_C = 0.5
const MAX_TERMS = 1_000_000

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
  const alive = aliveExpectation(params.r, params.alpha, params.a, params.b, s.x, s.T, t)
  // Rounding can leave a hair below 0 for horizons near 0.
  return Math.max(0, alive * probabilityAlive(params, s))
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
