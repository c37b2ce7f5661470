// The Gamma-Gamma model: its gradient, its conditional expectation, and a
// fit that reports rather than throws.
import { fc, test } from '@fast-check/vitest'
import * as E from 'fp-ts/lib/Either.js'
import * as O from 'fp-ts/lib/Option.js'
import { describe, expect, it } from 'vitest'
import { expectedAverageSpend, gammaGammaLogLikelihood, gammaGammaLogLikelihoodAndGradient, type GammaGammaParams, type SpendSummary } from './gammaGamma.js'
import { fitGammaGamma } from './gammaGammaFit.js'

const logUniform = (min: number, max: number) => fc.double({ min: Math.log(min), max: Math.log(max), noNaN: true }).map(Math.exp)
const paramsArb: fc.Arbitrary<GammaGammaParams> = fc.record({ p: logUniform(0.1, 50), q: logUniform(0.1, 50), gamma: logUniform(0.1, 1000) })
const spendArb: fc.Arbitrary<SpendSummary> = fc.record({ x: fc.integer({ min: 1, max: 50 }), zbar: logUniform(0.5, 5000) })

describe('Gamma-Gamma', () => {
  test.prop([paramsArb, fc.array(spendArb, { minLength: 1, maxLength: 20 })])("the analytic gradient is the likelihood's derivative", (params, customers) => {
    const theta = [Math.log(params.p), Math.log(params.q), Math.log(params.gamma)]
    const gradient = [0, 0, 0]
    const ll = gammaGammaLogLikelihoodAndGradient(customers, theta, gradient)
    expect(ll).toBeCloseTo(customers.reduce((s, c) => s + gammaGammaLogLikelihood(params, c), 0), 6)
    const scratch = [0, 0, 0]
    for (let i = 0; i < 3; i++) {
      const h = 1e-6
      const up = gammaGammaLogLikelihoodAndGradient(customers, theta.map((t, j) => (j === i ? t + h : t)), scratch)
      const down = gammaGammaLogLikelihoodAndGradient(customers, theta.map((t, j) => (j === i ? t - h : t)), scratch)
      expect(Math.abs((gradient[i] ?? 0) - (up - down) / (2 * h))).toBeLessThan(1e-5 * Math.max(1, Math.abs(ll)))
    }
  })

  test.prop([paramsArb, spendArb])("the expected spend lies between the shop's mean and the customer's own", (params, s) => {
    fc.pre(params.q > 1)
    const shop = (params.gamma * params.p) / (params.q - 1)
    const expected = O.toUndefined(expectedAverageSpend(params, s)) ?? Number.NaN
    expect(expected).toBeGreaterThanOrEqual(Math.min(shop, s.zbar) * (1 - 1e-12))
    expect(expected).toBeLessThanOrEqual(Math.max(shop, s.zbar) * (1 + 1e-12))
  })

  it('has no expected spend where the model has no mean', () => {
    expect(expectedAverageSpend({ p: 2, q: 0.5, gamma: 10 }, { x: 0, zbar: 0 })).toEqual(O.none)
    expect(expectedAverageSpend({ p: 2, q: 0.5, gamma: 10 }, { x: 1, zbar: 5 })).toEqual(O.some((15 * 2) / 1.5))
  })

  it('fits only repeat buyers and reports degenerate data', () => {
    expect(fitGammaGamma([])).toEqual(E.left({ _tag: 'CustomersAbsent' }))
    expect(fitGammaGamma([{ x: 0, zbar: 0 }])).toEqual(E.left({ _tag: 'RepeatPurchasesAbsent' }))
    expect(fitGammaGamma([{ x: 0, zbar: 0 }, { x: 2, zbar: 0 }])).toEqual(
      E.left({ _tag: 'SummaryInvalid', index: 1, reason: 'zbar must be finite and > 0 when x ≥ 1' }),
    )
    // Everyone spending exactly alike: no spread for q and gamma to describe.
    const alike = fitGammaGamma(Array.from({ length: 20 }, () => ({ x: 2, zbar: 10 })))
    expect(E.isLeft(alike) && alike.left._tag).toBe('ParametersDiverged')
  })

  it('fits a handful of customers with a penalty', () => {
    const few = [
      { x: 2, zbar: 10 },
      { x: 1, zbar: 12 },
      { x: 3, zbar: 7 },
      { x: 0, zbar: 0 },
    ]
    const fit = fitGammaGamma(few, { penalty: { weight: 1, centre: { p: 5, q: 4, gamma: 20 } } })
    if (E.isLeft(fit)) return expect.unreachable(fit.left._tag)
    expect(fit.right.customers).toBe(3)
    expect(fit.right.report.converged).toBe(true)
  })
})
