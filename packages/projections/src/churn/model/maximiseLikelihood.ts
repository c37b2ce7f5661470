// Penalised maximum likelihood over log-parameters, shared by the BG/NBD and
// Gamma-Gamma fits: several starting points, a polishing restart, and the
// standard errors from the curvature at the optimum.
import * as E from 'fp-ts/lib/Either.js'
import * as O from 'fp-ts/lib/Option.js'
import { type FitProblem, type FitReport, problemOfStop } from './fitProblem.js'
import { inverseSymmetricPositiveDefinite, numericalHessian } from './hessian.js'
import { minimise, type MinimiseOutcome, type Objective } from './minimise.js'

/** A likelihood to maximise over log-parameters θ, and how. @since 0.1.0 @category churn model */
export interface LikelihoodToMaximise {
  /** The total log-likelihood at θ; writes its gradient with respect to θ. */
  readonly logLikelihood: Objective
  /** The number of customers behind the likelihood; the optimiser works per customer. */
  readonly customers: number
  readonly starts: ReadonlyArray<ReadonlyArray<number>>
  readonly penaltyWeight: number
  readonly penaltyCentre: ReadonlyArray<number>
  readonly maxIterations: number
}

/** The estimate θ̂ with its report and the standard errors of each log-parameter (none where the curvature is not positive definite). @since 0.1.0 @category churn model */
export interface MaximumLikelihood {
  readonly theta: ReadonlyArray<number>
  readonly logStandardErrors: O.Option<ReadonlyArray<number>>
  readonly report: FitReport
}

// Per-customer objective scale: the tolerances below hold for any data size.
const GRADIENT_TOLERANCE = 1e-8
const PRECISION_TOLERANCE = 1e-5
const MAX_STEP = 3
// e^±14 (about 1.2e6 and 8e-7): no churn model of a real shop has such a
// parameter. An optimum beyond it is a supremum at the boundary (no
// heterogeneity to estimate, say), where the likelihood goes flat and the
// optimiser reports convergence by precision alone.
const PLAUSIBLE = 14
// e^±15: a parameter beyond that has run off to 0 or ∞ and the optimiser
// stops. Just past PLAUSIBLE, so a runaway is given up early: creeping up a
// flat likelihood to e^30 cost 800 evaluations (1.6 s on 100,000 customers)
// only to be rejected as implausible anyway.
const BOUND = PLAUSIBLE + 1

const better = (u: MinimiseOutcome, v: MinimiseOutcome): boolean => {
  const uc = u.stop === 'converged'
  const vc = v.stop === 'converged'
  if (uc !== vc) return uc
  if (!Number.isFinite(v.value)) return Number.isFinite(u.value)
  return u.value < v.value
}

/**
 * Maximises the penalised log-likelihood from every starting point, restarts
 * once from the best optimum with a fresh curvature estimate, and reports a
 * problem rather than parameters unless that restart converged.
 *
 * @since 0.1.0
 * @category churn model
 */
export const maximiseLikelihood = (problem: LikelihoodToMaximise): E.Either<FitProblem, MaximumLikelihood> => {
  const { customers, penaltyWeight: weight, penaltyCentre: centre } = problem
  const n = centre.length
  const penaltyOf = (theta: ReadonlyArray<number>): number => {
    let p = 0
    for (let i = 0; i < n; i++) p += ((theta[i] ?? 0) - (centre[i] ?? 0)) ** 2
    return weight * p
  }
  const scratch = new Array<number>(n).fill(0)
  // The negative penalised log-likelihood, scaled by `scale`.
  const objective =
    (scale: number): Objective =>
    (theta, gradient) => {
      const ll = problem.logLikelihood(theta, scratch)
      for (let i = 0; i < n; i++) gradient[i] = (-(scratch[i] ?? 0) + 2 * weight * ((theta[i] ?? 0) - (centre[i] ?? 0))) / scale
      return (-ll + penaltyOf(theta)) / scale
    }
  const perCustomer = objective(customers)
  const options = {
    maxIterations: problem.maxIterations,
    gradientTolerance: GRADIENT_TOLERANCE,
    precisionTolerance: PRECISION_TOLERANCE,
    maxStep: MAX_STEP,
    bound: BOUND,
  }
  let best: MinimiseOutcome | undefined
  let iterations = 0
  let evaluations = 0
  for (const start of problem.starts) {
    const outcome = minimise(perCustomer, start, options)
    iterations += outcome.iterations
    evaluations += outcome.evaluations
    if (best === undefined || better(outcome, best)) best = outcome
  }
  if (best === undefined) return E.left({ _tag: 'CustomersAbsent' })
  if (best.stop === 'converged') {
    const polished = minimise(perCustomer, best.theta, options)
    iterations += polished.iterations
    evaluations += polished.evaluations
    if (polished.stop !== 'converged' || polished.value <= best.value) best = polished
  }
  const theta = best.theta
  const logLikelihood = problem.logLikelihood(theta, scratch)
  const report: FitReport = {
    converged: best.stop === 'converged',
    iterations,
    evaluations,
    starts: problem.starts.length,
    logLikelihood,
    penalisedLogLikelihood: logLikelihood - penaltyOf(theta),
    gradientNorm: best.gradientNorm,
  }
  const runaway = best.stop === 'converged' && theta.some((t) => Math.abs(t) > PLAUSIBLE)
  const stopped = runaway ? problemOfStop('diverged', { ...report, converged: false }) : problemOfStop(best.stop, report)
  if (stopped !== undefined) return E.left(stopped)
  const covariance = inverseSymmetricPositiveDefinite(numericalHessian(objective(1), theta))
  const logStandardErrors = O.map((c: ReadonlyArray<ReadonlyArray<number>>) => c.map((row, i) => Math.sqrt(row[i] ?? Number.NaN)))(covariance)
  return E.right({ theta, logStandardErrors, report })
}
