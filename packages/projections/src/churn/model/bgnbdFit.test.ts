// The BG/NBD fit's contract: parameters only from a converged optimum, and
// otherwise the reason, so that callers can fall back to a cadence rule.
import * as E from 'fp-ts/lib/Either.js'
import * as O from 'fp-ts/lib/Option.js'
import { describe, expect, it } from 'vitest'
import { fitBgNbd } from './bgnbdFit.js'
import { type CustomerSummary, groupSummaries, type WeightedSummary } from './customerSummary.js'
import { type FitProblem, renderFitProblem } from './fitProblem.js'

const grouped = (summaries: ReadonlyArray<CustomerSummary>): ReadonlyArray<WeightedSummary> =>
  E.getOrElseW(() => expect.unreachable('invalid summaries'))(groupSummaries(summaries))

const problemOf = (fit: ReturnType<typeof fitBgNbd>): FitProblem => (E.isLeft(fit) ? fit.left : expect.unreachable('the fit succeeded'))

// Three customers: too few for an unpenalised fit to find an interior optimum.
const TINY = grouped([
  { x: 1, tx: 5, T: 10 },
  { x: 0, tx: 0, T: 10 },
  { x: 3, tx: 8, T: 12 },
])

describe('fitBgNbd', () => {
  it('reports no customers and no repeat buyers before optimising', () => {
    expect(problemOf(fitBgNbd([]))._tag).toBe('CustomersAbsent')
    expect(problemOf(fitBgNbd(grouped([{ x: 0, tx: 0, T: 10 }, { x: 0, tx: 0, T: 3 }])))._tag).toBe('RepeatPurchasesAbsent')
  })

  it('names the first invalid summary by its position', () => {
    expect(problemOf(fitBgNbd([{ x: 1, tx: 1, T: 2, weight: 1 }, { x: 1, tx: 3, T: 2, weight: 1 }]))).toEqual({
      _tag: 'SummaryInvalid',
      index: 1,
      reason: 'tx must be between 0 and T',
    })
    expect(problemOf(fitBgNbd([{ x: 1, tx: 1, T: 2, weight: 0 }]))._tag).toBe('SummaryInvalid')
  })

  it('rejects invalid options as data', () => {
    expect(problemOf(fitBgNbd(TINY, { penalty: { weight: -1 } }))._tag).toBe('FitOptionsInvalid')
    expect(problemOf(fitBgNbd(TINY, { penalty: { weight: 1, centre: { r: 0, alpha: 1, a: 1, b: 1 } } }))._tag).toBe('FitOptionsInvalid')
    expect(problemOf(fitBgNbd(TINY, { maxIterations: 0 }))._tag).toBe('FitOptionsInvalid')
    expect(problemOf(fitBgNbd(TINY, { starts: [{ r: Number.NaN, alpha: 1, a: 1, b: 1 }] }))._tag).toBe('FitOptionsInvalid')
  })

  it('reports estimates running off to the boundary when the data cannot identify the model', () => {
    const problem = problemOf(fitBgNbd(TINY))
    expect(problem._tag).toBe('ParametersDiverged')
    if (problem._tag === 'ParametersDiverged') expect(problem.report.converged).toBe(false)
    // Identical customers: no heterogeneity to estimate.
    expect(problemOf(fitBgNbd(grouped(Array.from({ length: 50 }, () => ({ x: 2, tx: 10, T: 10 })))))._tag).toBe('ParametersDiverged')
  })

  it('reports the iteration limit with the last log-likelihood', () => {
    const problem = problemOf(fitBgNbd(TINY, { maxIterations: 2 }))
    expect(problem._tag).toBe('IterationLimitReached')
    if (problem._tag === 'IterationLimitReached') {
      expect(problem.report.converged).toBe(false)
      expect(Number.isFinite(problem.report.logLikelihood)).toBe(true)
    }
  })

  it('reports a likelihood that is not finite where it starts', () => {
    expect(problemOf(fitBgNbd(TINY, { starts: [{ r: 5e-324, alpha: 1, a: 1, b: 1 }] }))._tag).toBe('LikelihoodNotFinite')
  })

  it('fits the same few customers once a penalty supplies a prior, with its report and standard errors', () => {
    const fit = fitBgNbd(TINY, { penalty: { weight: 1 } })
    if (E.isLeft(fit)) return expect.unreachable(renderFitProblem(fit.left))
    const { report, params } = fit.right
    expect(report.converged).toBe(true)
    expect(report.penalisedLogLikelihood).toBeLessThan(report.logLikelihood)
    expect(fit.right.customers).toBe(3)
    expect(O.isSome(fit.right.standardErrors)).toBe(true)
    for (const v of Object.values(params)) expect(v).toBeGreaterThan(0)
  })

  it('renders every problem as one line without customer data', () => {
    const report = { converged: false, iterations: 7, evaluations: 9, starts: 1, logLikelihood: -1, penalisedLogLikelihood: -1, gradientNorm: 1 }
    const problems: ReadonlyArray<FitProblem> = [
      { _tag: 'SummaryInvalid', index: 3, reason: 'x must be a whole number ≥ 0' },
      { _tag: 'CustomersAbsent' },
      { _tag: 'RepeatPurchasesAbsent' },
      { _tag: 'FitOptionsInvalid', reason: 'maxIterations must be a whole number > 0' },
      { _tag: 'LikelihoodNotFinite', report },
      { _tag: 'IterationLimitReached', report },
      { _tag: 'ParametersDiverged', report },
      { _tag: 'OptimumNotFound', report },
    ]
    for (const p of problems) expect(renderFitProblem(p)).toMatch(/^[^\n]+$/)
    expect(renderFitProblem({ _tag: 'IterationLimitReached', report })).toContain('7 iterations')
  })
})
