// The Gauss hypergeometric function 2F1, which the BG/NBD's expected number
// of purchases is written in (Fader, Hardie & Lee 2005, eq. 9 and 10).

const MAX_TERMS = 1_000_000
const TOLERANCE = 1e-15
// Partial sums are rescaled before they overflow; the scale is kept as a log.
const RESCALE_ABOVE = 1e250
const LOG_RESCALE = Math.log(RESCALE_ABOVE)

const positiveFinite = (v: number): boolean => v > 0 && Number.isFinite(v)

/**
 * log 2F1(a, b; c; z) for a, b, c > 0 and 0 ≤ z < 1, the BG/NBD's domain,
 * by its series Σₙ (a)ₙ (b)ₙ / (c)ₙ · zⁿ/n!: every term is positive, so the
 * sum is free of cancellation, and the log form keeps values such as
 * (1 - z)^-(r + x) for heavy buyers from overflowing. NaN outside that
 * domain, or when a million terms have not converged (z within about 1e-5
 * of 1). NOTE: written for exactly two upper parameters and one lower: the
 * churn analysis sums this series for every distinct history (10,000 at
 * 100,000 customers, hundreds of terms each), and a series over parameter
 * arrays allocated ~60 MB per analysis there.
 *
 * @example Math.exp(logHyp2f1(1, 1, 2, 0.5)) // = -ln(1 - 0.5) / 0.5
 * @since 0.1.0
 * @category special functions
 */
export const logHyp2f1 = (a: number, b: number, c: number, z: number): number => {
  if (!(z >= 0 && z < 1)) return Number.NaN
  if (!(positiveFinite(a) && positiveFinite(b) && positiveFinite(c))) return Number.NaN
  // The ratio of term n + 1 to term n.
  const ratio = (n: number): number => {
    let q = z / (n + 1)
    q *= a + n
    q *= b + n
    q /= c + n
    return q
  }
  let logScale = 0
  let term = 1
  let sum = 1
  let current = ratio(0)
  for (let n = 0; n < MAX_TERMS; n++) {
    term *= current
    sum += term
    current = ratio(n + 1)
    // The ratio of successive terms tends to z < 1, monotonically from some
    // term on; once the next ratio ρ is below 1, the tail is at most
    // term · ρ* / (1 - ρ*) with ρ* = max(ρ, z).
    const bound = Math.max(z, current)
    if (bound < 1 && term * bound <= sum * TOLERANCE * (1 - bound)) return logScale + Math.log(sum)
    if (sum > RESCALE_ABOVE) {
      sum /= RESCALE_ABOVE
      term /= RESCALE_ABOVE
      logScale += LOG_RESCALE
    }
  }
  return Number.NaN
}

/**
 * 2F1(a, b; c; z) for real a, b, c (c not 0 or a negative integer) and
 * z < 1: the general function, for checks and for callers outside the
 * BG/NBD's positive domain. Negative z is mapped into [0, 1) by Pfaff's
 * transformation, 2F1(a, b; c; z) = (1 - z)^-a 2F1(a, c - b; c; z / (z - 1)).
 * NaN where the series does not converge.
 *
 * @since 0.1.0
 * @category special functions
 */
export const hyp2f1 = (a: number, b: number, c: number, z: number): number => {
  if (!(z < 1) || Number.isNaN(a) || Number.isNaN(b) || Number.isNaN(c)) return Number.NaN
  if (c <= 0 && Number.isInteger(c)) return Number.NaN
  if (z < -0.5) return Math.pow(1 - z, -a) * hyp2f1(a, c - b, c, z / (z - 1))
  if (a > 0 && b > 0 && c > 0 && z >= 0) return Math.exp(logHyp2f1(a, b, c, z))
  let term = 1
  let sum = 1
  let largest = 1
  for (let n = 0; n < MAX_TERMS; n++) {
    term *= (((a + n) * (b + n)) / ((c + n) * (n + 1))) * z
    sum += term
    largest = Math.max(largest, Math.abs(term))
    // A terminating series (a or b a non-positive integer) ends exactly.
    if (term === 0) return sum
    if (Math.abs(term) <= Math.abs(sum) * TOLERANCE && Math.abs((a + n + 1) * (b + n + 1) * z) < Math.abs((c + n + 1) * (n + 2))) {
      // NOTE: an alternating series that cancels down from large terms has
      // lost precision; say so rather than return a wrong number.
      return largest > Math.abs(sum) * 1e8 ? Number.NaN : sum
    }
  }
  return Number.NaN
}
