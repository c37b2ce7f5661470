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

/** How many values are strictly below `v`. @internal */
export const countBelow = (sorted: Float64Array, v: number): number => {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((sorted[mid] as number) < v) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** How many values are strictly above `v`. @internal */
export const countAbove = (sorted: Float64Array, v: number): number => {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((sorted[mid] as number) <= v) lo = mid + 1
    else hi = mid
  }
  return sorted.length - lo
}

/**
 * The quintile score 1–5 of a customer that `worse` of the `n` customers are
 * strictly worse than: 1 + ⌊5·worse/n⌋. Equal values have equal `worse`, so
 * they get equal scores, and a group of ties takes the score of its lowest
 * member: a crowd of equal values is never lifted above where it starts.
 * @internal
 */
export const quintileScore = (worse: number, n: number): 1 | 2 | 3 | 4 | 5 => (1 + Math.floor((5 * worse) / n)) as 1 | 2 | 3 | 4 | 5
