// What a maximum-likelihood fit of a churn model reports: how it went, and
// why it gave no parameters. A shop with few customers often cannot support
// a model; callers fall back to a simpler cadence rule on any problem.
import type { SummaryInvalid } from './customerSummary.js'
import type { MinimiseStop } from './minimise.js'

/**
 * How the optimiser got to its answer: enough for a caller (or a log line)
 * to judge a fit without re-running it.
 *
 * @since 0.1.0
 * @category churn model
 */
export interface FitReport {
  readonly converged: boolean
  /** Optimiser iterations over all starting points. */
  readonly iterations: number
  /** Likelihood evaluations over all starting points. */
  readonly evaluations: number
  /** How many starting points were tried. */
  readonly starts: number
  /** The data's log-likelihood at the estimate, without the penalty. */
  readonly logLikelihood: number
  /** The log-likelihood minus the penalty: what the fit maximised. */
  readonly penalisedLogLikelihood: number
  /** The largest gradient component of the penalised log-likelihood per customer, at the estimate. */
  readonly gradientNorm: number
}

/**
 * Why a fit gave no parameters. The data problems come before any
 * optimisation; the others carry the report of the best attempt.
 *
 * @since 0.1.0
 * @category churn model
 */
export type FitProblem =
  | SummaryInvalid
  | { readonly _tag: 'CustomersAbsent' }
  | { readonly _tag: 'RepeatPurchasesAbsent' }
  | { readonly _tag: 'FitOptionsInvalid'; readonly reason: string }
  | { readonly _tag: 'LikelihoodNotFinite'; readonly report: FitReport }
  | { readonly _tag: 'IterationLimitReached'; readonly report: FitReport }
  | { readonly _tag: 'ParametersDiverged'; readonly report: FitReport }
  | { readonly _tag: 'OptimumNotFound'; readonly report: FitReport }

/** The problem an optimiser's stop reason stands for; undefined when it converged. @since 0.1.0 @category churn model */
export const problemOfStop = (stop: MinimiseStop, report: FitReport): FitProblem | undefined => {
  switch (stop) {
    case 'converged':
      return undefined
    case 'iterationLimit':
      return { _tag: 'IterationLimitReached', report }
    case 'valueNotFinite':
      return { _tag: 'LikelihoodNotFinite', report }
    case 'diverged':
      return { _tag: 'ParametersDiverged', report }
    case 'lineSearchStalled':
      return { _tag: 'OptimumNotFound', report }
  }
}

/**
 * An L2 penalty on the log-parameters, weight · Σ (log θᵢ - log centreᵢ)²,
 * subtracted from the log-likelihood: a Gaussian prior that keeps a fit on
 * a handful of customers near plausible values and fades as data grows.
 *
 * @since 0.1.0
 * @category churn model
 */
export interface Penalty<P> {
  readonly weight: number
  /** Where the penalty pulls; each parameter 1 when absent. Give it in the summaries' time unit. */
  readonly centre?: P
}

/** One English line for a fit problem, for logs and the shop owner's screen; no customer data. @since 0.1.0 @category churn model */
export const renderFitProblem = (problem: FitProblem): string => {
  switch (problem._tag) {
    case 'SummaryInvalid':
      return `customer summary ${problem.index} is invalid: ${problem.reason}`
    case 'CustomersAbsent':
      return 'no customers to fit'
    case 'RepeatPurchasesAbsent':
      return 'no customer has bought twice, so dropout cannot be estimated'
    case 'FitOptionsInvalid':
      return `the fit's options are invalid: ${problem.reason}`
    case 'LikelihoodNotFinite':
      return 'the likelihood is not finite at the starting parameters'
    case 'IterationLimitReached':
      return `no convergence within ${problem.report.iterations} iterations`
    case 'ParametersDiverged':
      return 'the estimates ran off towards 0 or infinity: the data cannot identify the model'
    case 'OptimumNotFound':
      return 'the optimiser could not improve the likelihood before it converged'
  }
}
