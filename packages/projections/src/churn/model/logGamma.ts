// The gamma family of special functions the churn models' likelihoods are
// written in. Likelihoods of count models multiply gamma functions of large
// arguments, so everything is computed on the log scale.

// Lanczos approximation, g = 7, n = 9 (the coefficients published with
// Godfrey's and Press et al.'s derivations; relative error near 1e-15).
const LANCZOS_G = 7
const LANCZOS: ReadonlyArray<number> = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
]
const HALF_LOG_TWO_PI = 0.9189385332046728

// Stirling's series, accurate to double precision for x ≥ 10; the Lanczos sum
// loses a few bits to the cancellation in its alternating coefficients there.
const stirling = (x: number): number => {
  const x2 = 1 / (x * x)
  const series = (1 / 12 - x2 * (1 / 360 - x2 * (1 / 1260 - x2 * (1 / 1680 - x2 / 1188)))) / x
  return (x - 0.5) * Math.log(x) - x + HALF_LOG_TWO_PI + series
}

const lanczos = (x: number): number => {
  // Γ(x) for x ≥ 0.5, via Γ(z + 1) with z = x - 1.
  const z = x - 1
  let sum = LANCZOS[0] ?? 0
  for (let i = 1; i < LANCZOS.length; i++) sum += (LANCZOS[i] ?? 0) / (z + i)
  const t = z + LANCZOS_G + 0.5
  return HALF_LOG_TWO_PI + (z + 0.5) * Math.log(t) - t + Math.log(sum)
}

/**
 * log |Γ(x)|, finite for every real x except 0 and the negative integers
 * (where it is +Infinity): likelihood ratios of gamma functions stay finite
 * where Γ itself overflows (Γ(172) already does).
 *
 * @example logGamma(5) // ≈ Math.log(24)
 * @since 0.1.0
 * @category special functions
 */
export const logGamma = (x: number): number => {
  if (Number.isNaN(x)) return Number.NaN
  if (x === Number.POSITIVE_INFINITY) return Number.POSITIVE_INFINITY
  if (x <= 0 && Number.isInteger(x)) return Number.POSITIVE_INFINITY
  if (x < 0.5) {
    // Reflection: Γ(x) Γ(1 - x) = π / sin(πx).
    return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x)
  }
  // NOTE: at x = 1 and x = 2, log Γ is exactly 0; the Lanczos sum gives it to
  // an absolute error near 1e-16, which is what likelihood sums need.
  if (x === 1 || x === 2) return 0
  return x >= 10 ? stirling(x) : lanczos(x)
}

/**
 * The digamma function ψ(x) = d/dx log Γ(x): the analytic gradients of the
 * churn likelihoods need it, and they make the fits several times faster
 * than numerical gradients.
 *
 * @since 0.1.0
 * @category special functions
 */
export const digamma = (x: number): number => {
  if (Number.isNaN(x)) return Number.NaN
  if (x <= 0 && Number.isInteger(x)) return Number.NaN
  if (x < 0) {
    // Reflection: ψ(1 - x) - ψ(x) = π cot(πx).
    return digamma(1 - x) - Math.PI / Math.tan(Math.PI * x)
  }
  let shift = 0
  let y = x
  // Recurrence ψ(x) = ψ(x + 1) - 1/x until the asymptotic series is accurate.
  while (y < 10) {
    shift -= 1 / y
    y += 1
  }
  const y2 = 1 / (y * y)
  const series = y2 * (1 / 12 - y2 * (1 / 120 - y2 * (1 / 252 - y2 * (1 / 240 - y2 / 132))))
  return shift + Math.log(y) - 0.5 / y - series
}

/**
 * log B(a, b) = log Γ(a) + log Γ(b) - log Γ(a + b), the normaliser of the
 * beta mixing distribution of the dropout probability.
 *
 * @since 0.1.0
 * @category special functions
 */
export const logBeta = (a: number, b: number): number => logGamma(a) + logGamma(b) - logGamma(a + b)
