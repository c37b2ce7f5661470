// log Γ and ψ against reference values (SciPy 1.17's gammaln and digamma),
// and the identities that tie them together.
import { fc, test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import { digamma, logBeta, logGamma } from './logGamma.js'

// [x, log |Γ(x)|, ψ(x)]
const REFERENCE: ReadonlyArray<readonly [number, number, number]> = [
  [1e-8, 18.42068073818021, -100000000.57721564],
  [0.001, 6.907178885383853, -1000.5755719318103],
  [0.1, 2.252712651734206, -10.423754940411076],
  [0.243, 1.3180435846996699, -4.351093864423211],
  [0.5, 0.5723649429247, -1.9635100260214235],
  [0.7929, 0.1589694633724255, -0.9814474190300095],
  [1.5, -0.12078223763524526, 0.03648997397857652],
  [2.4259, 0.2339414986382207, 0.666157066515542],
  [3.7, 1.428072326665388, 1.1671535393615113],
  [9.99, 12.779315214350195, 2.250700372831201],
  [10, 12.801827480081469, 2.251752589066721],
  [10.01, 12.824350262448247, 2.2528037003181356],
  [25.5, 56.38916764371994, 3.2189424728839198],
  [171.5, 709.1431630309283, 5.141664981434],
  [1000.25, 5906.9472682711175, 6.907505289414428],
  [1e6, 12815504.569147611, 13.81551005796419],
  [-0.5, 1.2655121234846454, 0.03648997397857651],
  [-2.3, 0.36956666345500805, 3.3173231575618236],
]

const close = (actual: number, expected: number, relative: number): void => {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(relative * Math.max(1, Math.abs(expected)))
}

describe('logGamma and digamma', () => {
  it.each(REFERENCE)('at %d match the reference values', (x, lg, psi) => {
    close(logGamma(x), lg, 1e-13)
    close(digamma(x), psi, 1e-12)
  })

  it('are exact on the integers and infinite or undefined at the poles', () => {
    expect(logGamma(1)).toBe(0)
    expect(logGamma(2)).toBe(0)
    close(logGamma(5), Math.log(24), 1e-15)
    expect(logGamma(0)).toBe(Number.POSITIVE_INFINITY)
    expect(logGamma(-3)).toBe(Number.POSITIVE_INFINITY)
    expect(digamma(0)).toBeNaN()
    expect(logGamma(Number.NaN)).toBeNaN()
  })

  test.prop([fc.double({ min: 1e-3, max: 1e4, noNaN: true })])('log Γ(x + 1) = log Γ(x) + log x', (x) => {
    close(logGamma(x + 1), logGamma(x) + Math.log(x), 1e-12)
  })

  test.prop([fc.double({ min: 1e-2, max: 1e3, noNaN: true })])('ψ is the derivative of log Γ', (x) => {
    const h = 1e-5 * x
    close(digamma(x), (logGamma(x + h) - logGamma(x - h)) / (2 * h), 1e-6)
  })

  test.prop([fc.double({ min: 1e-2, max: 50, noNaN: true }), fc.double({ min: 1e-2, max: 50, noNaN: true })])(
    'B(a, b) = B(a + 1, b) (a + b) / a',
    (a, b) => {
      close(logBeta(a, b), logBeta(a + 1, b) + Math.log((a + b) / a), 1e-12)
    },
  )
})
