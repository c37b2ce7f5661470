// Small arithmetic the reports share: nearest-rank percentiles, rates, and
// counting into a record that lists every word of a closed vocabulary.

/**
 * The nearest-rank percentile of whole numbers sorted ascending: the value at
 * rank ⌈p·n/100⌉ (1-based), so it is always a value that happened; the median
 * (p = 50) of an even count is the lower of the middle two. Undefined when empty.
 * @since 0.1.0
 * @category reports
 * @internal
 */
export const nearestRank = (sortedAscending: ReadonlyArray<number>, p: number): number | undefined => {
  const n = sortedAscending.length
  if (n === 0) return undefined
  // Integer arithmetic: p·n/100 rounded up without a floating-point ceiling.
  const rank = Math.max(1, Math.floor((p * n + 99) / 100))
  return sortedAscending[Math.min(n, rank) - 1]
}

/** part / whole, undefined (not 0 or NaN) when there is no whole, so an empty month does not read as a perfect one. @since 0.1.0 @category reports @internal */
export const rateOf = (part: number, whole: number): number | undefined => (whole === 0 ? undefined : part / whole)

/** A zero for every word of a vocabulary, in the vocabulary's order (the order reports list them in). @since 0.1.0 @category reports @internal */
export const zeroes = <K extends string>(keys: Readonly<Record<K, unknown>>): Record<K, number> => {
  const out = {} as Record<K, number>
  for (const k of Object.keys(keys) as K[]) out[k] = 0
  return out
}

/** Plain code-unit order of strings, the tie-break every list uses (locale-independent, so the same on every machine). @since 0.1.0 @category reports @internal */
export const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
