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

/** A quintile score, 5 best. @internal */
export type QuintileScore = 1 | 2 | 3 | 4 | 5

/**
 * Quintile scores 1–5 by mid-rank, read once from the sorted values of all
 * `n` customers: a value's score is 1 + ⌊5 × (worse + equal / 2) / n⌋,
 * where `worse` counts the customers strictly worse and `equal` those with
 * the same value (itself included). Equal values get equal scores, placed in
 * the middle of the places they share: a lone buyer, or a shop where
 * everyone bought today, scores 3, not 1; the best of six distinct values
 * scores 5 and the worst 1. `better` says which way is better: 'higher'
 * (money) or 'lower' (days since the last purchase). NOTE: one pass over
 * the sorted values and a map of the distinct ones, so scoring a customer
 * is one look-up instead of two binary searches over 100,000 values.
 * @internal
 */
export const quintileScorer = (sorted: Float64Array, better: 'higher' | 'lower'): ((v: number) => QuintileScore) => {
  const n = sorted.length
  const scores = new Map<number, QuintileScore>()
  for (let i = 0; i < n; ) {
    const v = sorted[i] as number
    let j = i + 1
    while (j < n && sorted[j] === v) j++
    const equal = j - i
    const worse = better === 'higher' ? i : n - j
    // 5 × (worse + equal / 2) / n in whole numbers; below 5 since worse + equal ≤ n.
    scores.set(v, (1 + Math.floor((10 * worse + 5 * equal) / (2 * n))) as QuintileScore)
    i = j
  }
  return (v) => scores.get(v) ?? 1
}
