// What the BG/NBD knows about one customer: three numbers, not the purchase
// log. Customers with the same three numbers are interchangeable, so a fit
// works on groups of them with a count.
import * as E from 'fp-ts/lib/Either.js'

/**
 * One customer's purchase history as the BG/NBD sees it, in one time unit
 * (days or weeks) from the first purchase: `x` repeat purchases, the last of
 * them at `tx` (0 when `x` = 0), observed until `T`.
 *
 * @since 0.1.0
 * @category churn model
 */
export interface CustomerSummary {
  readonly x: number
  readonly tx: number
  readonly T: number
}

/** A summary standing for `weight` identical customers, so that a fit evaluates each distinct history once. @since 0.1.0 @category churn model */
export interface WeightedSummary extends CustomerSummary {
  readonly weight: number
}

/**
 * Why a summary cannot be fitted: its position in the input and the rule it
 * breaks, so the caller can find the customer without personal data here.
 *
 * @since 0.1.0
 * @category churn model
 */
export interface SummaryInvalid {
  readonly _tag: 'SummaryInvalid'
  readonly index: number
  readonly reason: string
}

/** The first rule a summary breaks, or undefined: fits reject bad input instead of returning NaN parameters. @since 0.1.0 @category churn model */
export const summaryProblem = (s: CustomerSummary): string | undefined => {
  if (!Number.isInteger(s.x) || s.x < 0) return 'x must be a whole number ≥ 0'
  if (!Number.isFinite(s.T) || s.T < 0) return 'T must be finite and ≥ 0'
  if (!Number.isFinite(s.tx) || s.tx < 0 || s.tx > s.T) return 'tx must be between 0 and T'
  if (s.x === 0 && s.tx !== 0) return 'tx must be 0 when x is 0'
  return undefined
}

/** The first rule a weighted summary breaks, or undefined. @since 0.1.0 @category churn model */
export const weightedSummaryProblem = (s: WeightedSummary): string | undefined =>
  !Number.isFinite(s.weight) || s.weight <= 0 ? 'weight must be finite and > 0' : summaryProblem(s)

/** Checks every weighted summary, returning the first that is invalid. @since 0.1.0 @category churn model */
export const validateWeightedSummaries = (
  groups: ReadonlyArray<WeightedSummary>,
): E.Either<SummaryInvalid, ReadonlyArray<WeightedSummary>> => {
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i]
    const reason = g === undefined ? 'missing' : weightedSummaryProblem(g)
    if (reason !== undefined) return E.left({ _tag: 'SummaryInvalid', index: i, reason })
  }
  return E.right(groups)
}

/**
 * Groups identical (x, tx, T) triples with their counts: a shop's customers
 * share few distinct histories (CDNOW's 2,357 customers have far fewer), and
 * a fit's cost is per distinct history. Groups come in order of first
 * appearance; invalid summaries are reported, not grouped.
 *
 * @example groupSummaries([{ x: 0, tx: 0, T: 5 }, { x: 0, tx: 0, T: 5 }]) // right([{ x: 0, tx: 0, T: 5, weight: 2 }])
 * @since 0.1.0
 * @category churn model
 */
export const groupSummaries = (summaries: ReadonlyArray<CustomerSummary>): E.Either<SummaryInvalid, ReadonlyArray<WeightedSummary>> => {
  // NOTE: nested maps keyed by the numbers themselves (SameValueZero, so 0
  // and -0 meet); building a string key per customer costs several times more.
  type Group = { x: number; tx: number; T: number; weight: number }
  const byKey = new Map<number, Map<number, Map<number, Group>>>()
  const order: Group[] = []
  for (let i = 0; i < summaries.length; i++) {
    const s = summaries[i]
    if (s === undefined) return E.left({ _tag: 'SummaryInvalid', index: i, reason: 'missing' })
    const reason = summaryProblem(s)
    if (reason !== undefined) return E.left({ _tag: 'SummaryInvalid', index: i, reason })
    let byT = byKey.get(s.x)
    if (byT === undefined) byKey.set(s.x, (byT = new Map()))
    let byTx = byT.get(s.T)
    if (byTx === undefined) byT.set(s.T, (byTx = new Map()))
    const group = byTx.get(s.tx)
    if (group === undefined) {
      const created = { x: s.x, tx: s.tx, T: s.T, weight: 1 }
      byTx.set(s.tx, created)
      order.push(created)
    } else group.weight += 1
  }
  const groups: ReadonlyArray<WeightedSummary> = order
  return E.right(groups)
}
