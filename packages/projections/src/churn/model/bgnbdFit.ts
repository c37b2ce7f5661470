// Fitting the BG/NBD to a shop's customers by (penalised) maximum likelihood.
import * as E from 'fp-ts/lib/Either.js'
import { pipe } from 'fp-ts/lib/function.js'
import * as O from 'fp-ts/lib/Option.js'
import { bgNbdData, bgNbdLogLikelihoodAndGradient, type BgNbdParams, isBgNbdParams } from './bgnbdLikelihood.js'
import { validateWeightedSummaries, type WeightedSummary } from './customerSummary.js'
import type { FitProblem, FitReport, Penalty } from './fitProblem.js'
import { maximiseLikelihood } from './maximiseLikelihood.js'

/**
 * Options of a BG/NBD fit. Without a penalty it is plain maximum likelihood,
 * which reproduces the published estimates; shops with a few dozen
 * customers should pass one.
 *
 * @example fitBgNbd(groups, { penalty: { weight: 0.5, centre: { r: 1, alpha: 30, a: 1, b: 3 } } })
 * @since 0.1.0
 * @category churn model
 */
export interface BgNbdFitOptions {
  readonly penalty?: Penalty<BgNbdParams>
  /** Per starting point; 200 when absent. */
  readonly maxIterations?: number
  /** Where the optimiser starts; by default all ones and a start matched to the mean purchase rate. */
  readonly starts?: ReadonlyArray<BgNbdParams>
}

/**
 * A converged BG/NBD fit: the estimates, their asymptotic standard errors
 * (none when the likelihood's curvature is not positive definite at the
 * estimate) and how the optimiser got there.
 *
 * @since 0.1.0
 * @category churn model
 */
export interface BgNbdFit {
  readonly _tag: 'BgNbdFit'
  readonly params: BgNbdParams
  /** From the numerical Hessian of the (penalised) log-likelihood at the estimate, by the delta method from the log-parameters. */
  readonly standardErrors: O.Option<BgNbdParams>
  readonly customers: number
  readonly report: FitReport
}

const logOf = (p: BgNbdParams): ReadonlyArray<number> => [Math.log(p.r), Math.log(p.alpha), Math.log(p.a), Math.log(p.b)]

const paramsOf = (theta: ReadonlyArray<number>): BgNbdParams => ({
  r: Math.exp(theta[0] ?? Number.NaN),
  alpha: Math.exp(theta[1] ?? Number.NaN),
  a: Math.exp(theta[2] ?? Number.NaN),
  b: Math.exp(theta[3] ?? Number.NaN),
})

const ONES: BgNbdParams = { r: 1, alpha: 1, a: 1, b: 1 }

/**
 * Fits r, alpha, a and b to grouped customer summaries (see
 * `groupSummaries`) by BFGS over the log-parameters, from several starting
 * points. Returns the problem instead of parameters when the data cannot
 * support the model (no customers, nobody bought twice) or the optimiser
 * did not converge (a non-finite likelihood, the iteration limit,
 * estimates running off to 0 or ∞): the caller then falls back to a
 * simpler rule.
 *
 * @since 0.1.0
 * @category churn model
 */
export const fitBgNbd = (groups: ReadonlyArray<WeightedSummary>, options: BgNbdFitOptions = {}): E.Either<FitProblem, BgNbdFit> => {
  const valid = validateWeightedSummaries(groups)
  if (E.isLeft(valid)) return valid
  const penalty = options.penalty
  const centre = penalty?.centre ?? ONES
  if (penalty !== undefined && !(Number.isFinite(penalty.weight) && penalty.weight >= 0)) {
    return E.left({ _tag: 'FitOptionsInvalid', reason: 'the penalty weight must be finite and ≥ 0' })
  }
  if (options.maxIterations !== undefined && !(Number.isInteger(options.maxIterations) && options.maxIterations > 0)) {
    return E.left({ _tag: 'FitOptionsInvalid', reason: 'maxIterations must be a whole number > 0' })
  }
  if (!isBgNbdParams(centre)) return E.left({ _tag: 'FitOptionsInvalid', reason: 'the penalty centre must be finite and positive' })
  const data = bgNbdData(groups)
  if (data.totalWeight === 0) return E.left({ _tag: 'CustomersAbsent' })
  // NOTE: without a repeat purchase the likelihood rises without bound as
  // the purchase rate goes to 0; even a penalised fit would only echo its prior.
  if (data.repeatWeight === 0) return E.left({ _tag: 'RepeatPurchasesAbsent' })
  const starts = options.starts ?? defaultStarts(groups)
  if (!starts.every(isBgNbdParams)) return E.left({ _tag: 'FitOptionsInvalid', reason: 'starting points must be finite and positive' })
  return pipe(
    maximiseLikelihood({
      logLikelihood: (theta, gradient) => bgNbdLogLikelihoodAndGradient(data, theta, gradient),
      customers: data.totalWeight,
      starts: starts.map(logOf),
      penaltyWeight: penalty?.weight ?? 0,
      penaltyCentre: logOf(centre),
      maxIterations: options.maxIterations ?? 200,
    }),
    E.map(({ theta, logStandardErrors, report }) => {
      const params = paramsOf(theta)
      // Delta method: se(p) = p · se(log p); exact at a stationary point.
      const standardErrors = O.map((se: ReadonlyArray<number>) => paramsOf(theta.map((t, i) => t + Math.log(se[i] ?? Number.NaN))))(
        logStandardErrors,
      )
      return { _tag: 'BgNbdFit', params, standardErrors, customers: data.totalWeight, report } as const
    }),
  )
}

/** All ones, and r = 1 with alpha set so that r / alpha is the mean repeat purchase rate. */
const defaultStarts = (groups: ReadonlyArray<WeightedSummary>): ReadonlyArray<BgNbdParams> => {
  let purchases = 0
  let time = 0
  for (const g of groups) {
    purchases += g.weight * g.x
    time += g.weight * g.T
  }
  const alpha = time / purchases
  return Number.isFinite(alpha) && alpha > 0 && Math.abs(Math.log(alpha)) > 0.5 ? [ONES, { r: 1, alpha, a: 1, b: 1 }] : [ONES]
}
