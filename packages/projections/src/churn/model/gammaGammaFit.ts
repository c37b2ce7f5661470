// Fitting the Gamma-Gamma spend model by (penalised) maximum likelihood on
// the customers who bought again.
import * as E from 'fp-ts/lib/Either.js'
import { pipe } from 'fp-ts/lib/function.js'
import * as O from 'fp-ts/lib/Option.js'
import type { FitProblem, FitReport, Penalty } from './fitProblem.js'
import { gammaGammaData, gammaGammaDataLogLikelihoodAndGradient, type GammaGammaParams, isGammaGammaParams, type SpendSummary } from './gammaGamma.js'
import { maximiseLikelihood } from './maximiseLikelihood.js'

/** Options of a Gamma-Gamma fit; as for the BG/NBD, a penalty steadies small shops. @since 0.1.0 @category churn model */
export interface GammaGammaFitOptions {
  readonly penalty?: Penalty<GammaGammaParams>
  /** Per starting point; 200 when absent. */
  readonly maxIterations?: number
  readonly starts?: ReadonlyArray<GammaGammaParams>
}

/** A converged Gamma-Gamma fit, its standard errors and report; `customers` counts those with x ≥ 1. @since 0.1.0 @category churn model */
export interface GammaGammaFit {
  readonly _tag: 'GammaGammaFit'
  readonly params: GammaGammaParams
  /** From the numerical Hessian of the (penalised) log-likelihood at the estimate, by the delta method from the log-parameters. */
  readonly standardErrors: O.Option<GammaGammaParams>
  readonly customers: number
  readonly report: FitReport
}

const logOf = (g: GammaGammaParams): ReadonlyArray<number> => [Math.log(g.p), Math.log(g.q), Math.log(g.gamma)]

const paramsOf = (theta: ReadonlyArray<number>): GammaGammaParams => ({
  p: Math.exp(theta[0] ?? Number.NaN),
  q: Math.exp(theta[1] ?? Number.NaN),
  gamma: Math.exp(theta[2] ?? Number.NaN),
})

const ONES: GammaGammaParams = { p: 1, q: 1, gamma: 1 }

/**
 * Fits p, q and γ to the spend of customers with at least one repeat
 * purchase (the others carry no spend information in this model and are
 * skipped). Reports a problem instead of parameters as `fitBgNbd` does;
 * all customers spending exactly alike, for one, sends q and γ to ∞.
 *
 * @since 0.1.0
 * @category churn model
 */
export const fitGammaGamma = (summaries: ReadonlyArray<SpendSummary>, options: GammaGammaFitOptions = {}): E.Either<FitProblem, GammaGammaFit> => {
  const repeat: SpendSummary[] = []
  for (let i = 0; i < summaries.length; i++) {
    const s = summaries[i]
    if (s === undefined || !Number.isInteger(s.x) || s.x < 0) return E.left({ _tag: 'SummaryInvalid', index: i, reason: 'x must be a whole number ≥ 0' })
    if (s.x === 0) continue
    if (!(Number.isFinite(s.zbar) && s.zbar > 0)) return E.left({ _tag: 'SummaryInvalid', index: i, reason: 'zbar must be finite and > 0 when x ≥ 1' })
    repeat.push(s)
  }
  if (summaries.length === 0) return E.left({ _tag: 'CustomersAbsent' })
  if (repeat.length === 0) return E.left({ _tag: 'RepeatPurchasesAbsent' })
  const penalty = options.penalty
  const centre = penalty?.centre ?? ONES
  if (penalty !== undefined && !(Number.isFinite(penalty.weight) && penalty.weight >= 0)) {
    return E.left({ _tag: 'FitOptionsInvalid', reason: 'the penalty weight must be finite and ≥ 0' })
  }
  if (options.maxIterations !== undefined && !(Number.isInteger(options.maxIterations) && options.maxIterations > 0)) {
    return E.left({ _tag: 'FitOptionsInvalid', reason: 'maxIterations must be a whole number > 0' })
  }
  if (!isGammaGammaParams(centre)) return E.left({ _tag: 'FitOptionsInvalid', reason: 'the penalty centre must be finite and positive' })
  const starts = options.starts ?? defaultStarts(repeat)
  if (!starts.every(isGammaGammaParams)) return E.left({ _tag: 'FitOptionsInvalid', reason: 'starting points must be finite and positive' })
  const data = gammaGammaData(repeat)
  return pipe(
    maximiseLikelihood({
      logLikelihood: (theta, gradient) => gammaGammaDataLogLikelihoodAndGradient(data, theta, gradient),
      customers: repeat.length,
      starts: starts.map(logOf),
      penaltyWeight: penalty?.weight ?? 0,
      penaltyCentre: logOf(centre),
      maxIterations: options.maxIterations ?? 200,
    }),
    E.map(({ theta, logStandardErrors, report }) => {
      const standardErrors = O.map((se: ReadonlyArray<number>) => paramsOf(theta.map((t, i) => t + Math.log(se[i] ?? Number.NaN))))(
        logStandardErrors,
      )
      return { _tag: 'GammaGammaFit', params: paramsOf(theta), standardErrors, customers: repeat.length, report } as const
    }),
  )
}

/** All ones, and p = 1, q = 2 with γ set so that the shop's mean spend γp/(q-1) is the observed mean. */
const defaultStarts = (repeat: ReadonlyArray<SpendSummary>): ReadonlyArray<GammaGammaParams> => {
  let total = 0
  for (const s of repeat) total += s.zbar
  const mean = total / repeat.length
  return [ONES, { p: 1, q: 2, gamma: mean }]
}
