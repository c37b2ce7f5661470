// Laws of the BG/NBD: its predictions are probabilities and counts that
// move the right way, its likelihood's gradient is its derivative, grouping
// changes nothing, a penalty pulls towards its centre, and no data makes a
// fit throw.
import { fc, test } from '@fast-check/vitest'
import * as E from 'fp-ts/lib/Either.js'
import { describe, expect } from 'vitest'
import { fitBgNbd } from './bgnbdFit.js'
import { bgNbdData, bgNbdLogLikelihood, bgNbdLogLikelihoodAndGradient, type BgNbdParams, bgNbdTotalLogLikelihood } from './bgnbdLikelihood.js'
import { expectedPurchases, probabilityAlive } from './bgnbdPredictions.js'
import { simulateBgNbd } from './bgnbdSimulation.test-support.js'
import { type CustomerSummary, groupSummaries } from './customerSummary.js'

const logUniform = (min: number, max: number) => fc.double({ min: Math.log(min), max: Math.log(max), noNaN: true }).map(Math.exp)

const paramsArb: fc.Arbitrary<BgNbdParams> = fc.record({
  r: logUniform(0.02, 20),
  alpha: logUniform(0.1, 200),
  a: logUniform(0.02, 20),
  b: logUniform(0.02, 20),
})

// A valid summary: 0 ≤ tx ≤ T, tx = 0 when x = 0.
const summaryArb: fc.Arbitrary<CustomerSummary> = fc
  .record({ x: fc.integer({ min: 0, max: 60 }), T: fc.double({ min: 0, max: 400, noNaN: true }), share: fc.double({ min: 0, max: 1, noNaN: true }) })
  .map(({ x, T, share }) => ({ x, tx: x === 0 ? 0 : share * T, T }))

const horizonArb = fc.double({ min: 0, max: 200, noNaN: true })

describe('BG/NBD laws', () => {
  test.prop([paramsArb, summaryArb])('P(alive) is a probability', (params, s) => {
    const p = probabilityAlive(params, s)
    expect(p).toBeGreaterThanOrEqual(0)
    expect(p).toBeLessThanOrEqual(1)
  })

  test.prop([paramsArb, fc.double({ min: 0, max: 400, noNaN: true })])('P(alive) = 1 for a customer who never bought again', (params, T) => {
    expect(probabilityAlive(params, { x: 0, tx: 0, T })).toBe(1)
  })

  test.prop([paramsArb, summaryArb, fc.double({ min: 0, max: 1, noNaN: true })])('P(alive) grows with recency', (params, s, later) => {
    fc.pre(s.x > 0)
    const recent = { ...s, tx: s.tx + later * (s.T - s.tx) }
    expect(probabilityAlive(params, recent)).toBeGreaterThanOrEqual(probabilityAlive(params, s))
  })

  test.prop([paramsArb, summaryArb, horizonArb, horizonArb])('expected purchases are ≥ 0 and grow with the horizon', (params, s, t1, t2) => {
    const [short, long] = t1 <= t2 ? [t1, t2] : [t2, t1]
    const few = expectedPurchases(params, s, short)
    const more = expectedPurchases(params, s, long)
    expect(few).toBeGreaterThanOrEqual(0)
    // Up to rounding.
    expect(more).toBeGreaterThanOrEqual(few * (1 - 1e-10) - 1e-12)
  })

  test.prop([paramsArb, fc.array(fc.tuple(summaryArb, fc.integer({ min: 1, max: 4 })), { minLength: 1, maxLength: 20 })])(
    'grouping identical customers leaves the likelihood unchanged',
    (params, draws) => {
      const customers = draws.flatMap(([s, copies]) => Array.from({ length: copies }, () => s))
      const groups = groupSummaries(customers)
      if (E.isLeft(groups)) return expect.unreachable(groups.left.reason)
      const oneByOne = customers.reduce((sum, s) => sum + bgNbdLogLikelihood(params, s), 0)
      expect(bgNbdTotalLogLikelihood(params, groups.right)).toBeCloseTo(oneByOne, 6)
      expect(groups.right.reduce((n, g) => n + g.weight, 0)).toBe(customers.length)
    },
  )

  test.prop([paramsArb, fc.array(summaryArb, { minLength: 1, maxLength: 20 })])(
    "the analytic gradient is the likelihood's derivative in the log-parameters",
    (params, customers) => {
      const groups = groupSummaries(customers)
      if (E.isLeft(groups)) return expect.unreachable(groups.left.reason)
      const data = bgNbdData(groups.right)
      const theta = [Math.log(params.r), Math.log(params.alpha), Math.log(params.a), Math.log(params.b)]
      const gradient = [0, 0, 0, 0]
      const ll = bgNbdLogLikelihoodAndGradient(data, theta, gradient)
      expect(ll).toBeCloseTo(bgNbdTotalLogLikelihood(params, groups.right), 6)
      const scratch = [0, 0, 0, 0]
      for (let i = 0; i < 4; i++) {
        const h = 1e-6
        const up = bgNbdLogLikelihoodAndGradient(data, theta.map((t, j) => (j === i ? t + h : t)), scratch)
        const down = bgNbdLogLikelihoodAndGradient(data, theta.map((t, j) => (j === i ? t - h : t)), scratch)
        const numeric = (up - down) / (2 * h)
        expect(Math.abs((gradient[i] ?? 0) - numeric)).toBeLessThan(1e-5 * Math.max(1, Math.abs(numeric), Math.abs(ll)))
      }
    },
  )

  test.prop([fc.integer({ min: 1, max: 1_000_000 }), fc.double({ min: 0.05, max: 2, noNaN: true })], { numRuns: 15 })(
    'a heavier penalty pulls the estimates closer to its centre',
    (seed, light) => {
      const groups = groupSummaries(simulateBgNbd({ r: 0.5, alpha: 6, a: 0.7, b: 3 }, { customers: 60, seed, minT: 10, maxT: 52, resolution: 1 / 7 }))
      if (E.isLeft(groups)) return expect.unreachable(groups.left.reason)
      fc.pre(groups.right.some((g) => g.x > 0))
      const centre = { r: 1, alpha: 10, a: 1, b: 3 }
      const distance = (weight: number): number => {
        const fit = fitBgNbd(groups.right, { penalty: { weight, centre } })
        if (E.isLeft(fit)) return expect.unreachable(`a penalised fit failed: ${fit.left._tag}`)
        const { r, alpha, a, b } = fit.right.params
        return Math.hypot(Math.log(r / centre.r), Math.log(alpha / centre.alpha), Math.log(a / centre.a), Math.log(b / centre.b))
      }
      const near = distance(light * 10)
      expect(near).toBeLessThanOrEqual(distance(light) + 1e-6)
      expect(distance(1e4)).toBeLessThan(1e-2)
    },
  )

  test.prop([fc.array(summaryArb, { maxLength: 30 })], { numRuns: 40 })('a fit on any data returns converged parameters or a problem, never throws', (customers) => {
    const groups = groupSummaries(customers)
    if (E.isLeft(groups)) return expect.unreachable(groups.left.reason)
    const fit = fitBgNbd(groups.right)
    if (E.isRight(fit)) {
      expect(fit.right.report.converged).toBe(true)
      expect(Object.values(fit.right.params).every((v) => Number.isFinite(v) && v > 0)).toBe(true)
    } else expect(fit.left._tag).toMatch(/^(CustomersAbsent|RepeatPurchasesAbsent|LikelihoodNotFinite|IterationLimitReached|ParametersDiverged|OptimumNotFound)$/)
  })

  test.prop([fc.array(fc.double({ min: 0, max: 400, noNaN: true }), { maxLength: 30 })])('no repeat purchases: the fit says so', (ages) => {
    const groups = groupSummaries(ages.map((T) => ({ x: 0, tx: 0, T })))
    if (E.isLeft(groups)) return expect.unreachable(groups.left.reason)
    const fit = fitBgNbd(groups.right)
    expect(E.isLeft(fit) ? fit.left._tag : 'fitted').toBe(ages.length === 0 ? 'CustomersAbsent' : 'RepeatPurchasesAbsent')
  })
})
