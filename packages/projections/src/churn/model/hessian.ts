// The curvature of a negative log-likelihood at its minimum, and its inverse:
// the asymptotic covariance of maximum-likelihood estimates, which tells a
// shop how far to trust a fitted churn model.
import * as O from 'fp-ts/lib/Option.js'
import type { Objective } from './minimise.js'

/**
 * The Hessian of `f` at `theta` by central differences of its analytic
 * gradient (2n gradient evaluations), symmetrised; second differences of the
 * value alone would lose half the digits.
 *
 * @since 0.1.0
 * @category churn model
 */
export const numericalHessian = (f: Objective, theta: ReadonlyArray<number>, step = 1e-5): ReadonlyArray<ReadonlyArray<number>> => {
  const n = theta.length
  const columns: number[][] = []
  for (let j = 0; j < n; j++) {
    const h = step * Math.max(1, Math.abs(theta[j] ?? 0))
    const plus = new Array<number>(n).fill(0)
    const minus = new Array<number>(n).fill(0)
    f(theta.map((t, i) => (i === j ? t + h : t)), plus)
    f(theta.map((t, i) => (i === j ? t - h : t)), minus)
    columns.push(plus.map((p, i) => (p - (minus[i] ?? 0)) / (2 * h)))
  }
  return Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => 0.5 * ((columns[j]?.[i] ?? 0) + (columns[i]?.[j] ?? 0))),
  )
}

/**
 * The inverse of a symmetric positive-definite matrix by its Cholesky
 * factor; none when the matrix is not positive definite (a likelihood that
 * is flat or not at a minimum has no finite standard errors).
 *
 * @since 0.1.0
 * @category churn model
 */
export const inverseSymmetricPositiveDefinite = (m: ReadonlyArray<ReadonlyArray<number>>): O.Option<ReadonlyArray<ReadonlyArray<number>>> => {
  const n = m.length
  const l: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0))
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let s = m[i]?.[j] ?? Number.NaN
      for (let k = 0; k < j; k++) s -= (l[i]?.[k] ?? 0) * (l[j]?.[k] ?? 0)
      if (i === j) {
        if (!(s > 0) || !Number.isFinite(s)) return O.none
        l[i]![i] = Math.sqrt(s)
      } else l[i]![j] = s / (l[j]?.[j] ?? Number.NaN)
    }
  }
  // Solve L Lᵀ X = I column by column.
  const inverse: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0))
  for (let c = 0; c < n; c++) {
    const y = new Array<number>(n).fill(0)
    for (let i = 0; i < n; i++) {
      let s = i === c ? 1 : 0
      for (let k = 0; k < i; k++) s -= (l[i]?.[k] ?? 0) * (y[k] ?? 0)
      y[i] = s / (l[i]?.[i] ?? Number.NaN)
    }
    for (let i = n - 1; i >= 0; i--) {
      let s = y[i] ?? 0
      for (let k = i + 1; k < n; k++) s -= (l[k]?.[i] ?? 0) * (inverse[k]?.[c] ?? 0)
      inverse[i]![c] = s / (l[i]?.[i] ?? Number.NaN)
    }
  }
  return inverse.every((row) => row.every(Number.isFinite)) ? O.some(inverse) : O.none
}
