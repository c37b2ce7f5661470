// A customer's own rhythm: how many days usually pass between two visits.
// The churn rule of thumb an owner uses ("she comes every two weeks and has
// not been here for six") and the fallback when the model cannot be fitted.

/**
 * The median gap in days between consecutive distinct purchase days (sorted
 * ascending); undefined with fewer than two days. With an even number of
 * gaps, the mean of the middle two.
 *
 * @since 0.1.0
 * @category churn
 */
export const medianGapDays = (sortedDays: ReadonlyArray<number>): number | undefined => {
  if (sortedDays.length < 2) return undefined
  const gaps: number[] = []
  for (let i = 1; i < sortedDays.length; i++) gaps.push((sortedDays[i] as number) - (sortedDays[i - 1] as number))
  gaps.sort((a, b) => a - b)
  const mid = gaps.length >> 1
  return gaps.length % 2 === 1 ? (gaps[mid] as number) : ((gaps[mid - 1] as number) + (gaps[mid] as number)) / 2
}
