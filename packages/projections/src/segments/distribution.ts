// Where a value stands in the shop's own distribution: the thresholds of the
// value classes, ABC, big customers and RFM are read from here, so that a
// flower shop and a building-material showroom get thresholds of their own.

/** Sorted ascending copy, as a typed array (fast for 100,000 customers). @internal */
export const sortedAscending = (values: ReadonlyArray<number>): Float64Array => Float64Array.from(values).sort()

/**
 * `sortedAscending` of values that are mostly small whole numbers (days
 * since the last purchase, purchase counts), by counting them: the same
 * array, in one pass instead of a sort. Falls back to the sort for anything
 * else (a fraction, -0, a wide range). @internal
 */
export const sortedAscendingCounts = (values: ReadonlyArray<number>): Float64Array => {
  let min = Number.POSITIVE_INFINITY
  let max = Number.NEGATIVE_INFINITY
  for (const v of values) {
    if (!Number.isInteger(v) || Object.is(v, -0)) return sortedAscending(values)
    if (v < min) min = v
    if (v > max) max = v
  }
  if (values.length === 0 || max - min > 4 * values.length + 1024) return sortedAscending(values)
  const counts = new Int32Array(max - min + 1)
  for (const v of values) counts[v - min] = (counts[v - min] as number) + 1
  const out = new Float64Array(values.length)
  let at = 0
  for (let k = 0; k < counts.length; k++) {
    const c = counts[k] as number
    if (c > 0) out.fill(min + k, at, (at += c))
  }
  return out
}

/**
 * The nearest-rank quantile: the smallest value with at least `q` of the
 * values at or below it, i.e. the ⌈q·n⌉-th smallest. No interpolation, so
 * the threshold is always a value some customer has. Undefined for no values.
 * @internal
 */
export const nearestRank = (sorted: Float64Array, q: number): number | undefined => {
  if (sorted.length === 0) return undefined
  // NOTE: q·n is computed in floating point (0.8 × 15 = 12.000000000000002); the epsilon keeps whole ranks whole.
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length - 1e-9)))
  return sorted[rank - 1]
}

/** The median (the mean of the two middle values for an even count); undefined for no values. @internal */
export const medianOf = (sorted: Float64Array): number | undefined => {
  const n = sorted.length
  if (n === 0) return undefined
  const mid = n >> 1
  return n % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
}

/** The arithmetic mean; undefined for no values. @internal */
export const meanOf = (values: Float64Array): number | undefined => {
  if (values.length === 0) return undefined
  let sum = 0
  for (const v of values) sum += v
  return sum / values.length
}

/**
 * The values a quintile score steps up at, read once from the sorted values
 * of all `n` customers: the score 1 + ⌊5·worse/n⌋ exceeds s exactly when at
 * least ⌈s·n/5⌉ customers are strictly worse (5·worse ≥ s·n, in whole
 * numbers), and "at least m values below v" is "the m-th smallest is below
 * v". Equal values get equal scores, and a group of ties takes the score of
 * its lowest member: a crowd of equal values is never lifted above where it
 * starts. NOTE: scoring a customer is then four comparisons instead of a
 * binary search over 100,000 values per measure. @internal
 */
export interface QuintileSteps {
  readonly s1: number
  readonly s2: number
  readonly s3: number
  readonly s4: number
}

/** How many of `n` customers must be strictly worse for a score above `s` (1–4). */
const worseNeeded = (s: number, n: number): number => Math.ceil((s * n) / 5)

/** The steps where less is worse (money): a score above s when the value exceeds step s; undefined for no values. @internal */
export const stepsWhereLessIsWorse = (sorted: Float64Array): QuintileSteps | undefined => {
  const n = sorted.length
  if (n === 0) return undefined
  const at = (s: number): number => sorted[worseNeeded(s, n) - 1] as number
  return { s1: at(1), s2: at(2), s3: at(3), s4: at(4) }
}

/** The steps where more is worse (days since the last purchase): a score above s when the value is below step s; undefined for no values. @internal */
export const stepsWhereMoreIsWorse = (sorted: Float64Array): QuintileSteps | undefined => {
  const n = sorted.length
  if (n === 0) return undefined
  const at = (s: number): number => sorted[n - worseNeeded(s, n)] as number
  return { s1: at(1), s2: at(2), s3: at(3), s4: at(4) }
}

/** The quintile score 1–5 of a value where less is worse, 5 best. @internal */
export const scoreWhereLessIsWorse = (steps: QuintileSteps, v: number): 1 | 2 | 3 | 4 | 5 =>
  (1 + (v > steps.s1 ? 1 : 0) + (v > steps.s2 ? 1 : 0) + (v > steps.s3 ? 1 : 0) + (v > steps.s4 ? 1 : 0)) as 1 | 2 | 3 | 4 | 5

/** The quintile score 1–5 of a value where more is worse, 5 best. @internal */
export const scoreWhereMoreIsWorse = (steps: QuintileSteps, v: number): 1 | 2 | 3 | 4 | 5 =>
  (1 + (v < steps.s1 ? 1 : 0) + (v < steps.s2 ? 1 : 0) + (v < steps.s3 ? 1 : 0) + (v < steps.s4 ? 1 : 0)) as 1 | 2 | 3 | 4 | 5
