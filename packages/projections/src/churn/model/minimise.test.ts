// The BFGS minimiser and the curvature helpers on functions with known answers.
import * as O from 'fp-ts/lib/Option.js'
import { describe, expect, it } from 'vitest'
import { inverseSymmetricPositiveDefinite, numericalHessian } from './hessian.js'
import { minimise, type Objective } from './minimise.js'

const OPTIONS = { maxIterations: 500, gradientTolerance: 1e-10, precisionTolerance: 1e-6, maxStep: 3, bound: 30 }

const rosenbrock: Objective = ([x = 0, y = 0], g) => {
  g[0] = -2 * (1 - x) - 400 * x * (y - x * x)
  g[1] = 200 * (y - x * x)
  return (1 - x) ** 2 + 100 * (y - x * x) ** 2
}

describe('minimise', () => {
  it("finds Rosenbrock's minimum at (1, 1)", () => {
    const outcome = minimise(rosenbrock, [-1.2, 1], OPTIONS)
    expect(outcome.stop).toBe('converged')
    expect(outcome.theta[0]).toBeCloseTo(1, 6)
    expect(outcome.theta[1]).toBeCloseTo(1, 6)
  })

  it('reports a coordinate running off, the iteration limit and a non-finite start', () => {
    const downhill: Objective = ([x = 0], g) => {
      g[0] = -1
      return -x
    }
    expect(minimise(downhill, [0], OPTIONS).stop).toBe('diverged')
    expect(minimise(rosenbrock, [-1.2, 1], { ...OPTIONS, maxIterations: 3 }).stop).toBe('iterationLimit')
    expect(minimise(() => Number.NaN, [0], OPTIONS).stop).toBe('valueNotFinite')
  })
})

describe('numericalHessian and inverseSymmetricPositiveDefinite', () => {
  it('recover the covariance of a quadratic', () => {
    // f = ½ θᵀ H θ with H = [[4, 1], [1, 3]].
    const quadratic: Objective = ([x = 0, y = 0], g) => {
      g[0] = 4 * x + y
      g[1] = x + 3 * y
      return 0.5 * (4 * x * x + 2 * x * y + 3 * y * y)
    }
    const h = numericalHessian(quadratic, [0.3, -0.2])
    expect(h[0]?.[0]).toBeCloseTo(4, 8)
    expect(h[0]?.[1]).toBeCloseTo(1, 8)
    const inverse = O.toUndefined(inverseSymmetricPositiveDefinite(h))
    // [[4, 1], [1, 3]]⁻¹ = [[3, -1], [-1, 4]] / 11
    expect(inverse?.[0]?.[0]).toBeCloseTo(3 / 11, 8)
    expect(inverse?.[0]?.[1]).toBeCloseTo(-1 / 11, 8)
    expect(inverse?.[1]?.[1]).toBeCloseTo(4 / 11, 8)
  })

  it('gives none for a matrix that is not positive definite', () => {
    expect(inverseSymmetricPositiveDefinite([[1, 2], [2, 1]])).toEqual(O.none)
    expect(inverseSymmetricPositiveDefinite([[0]])).toEqual(O.none)
  })
})
