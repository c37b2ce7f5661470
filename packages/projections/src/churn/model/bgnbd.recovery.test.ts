// Recovery: customers simulated from known BG/NBD parameters must give
// estimates within three standard errors of the truth.
import * as E from 'fp-ts/lib/Either.js'
import * as O from 'fp-ts/lib/Option.js'
import { describe, expect, it } from 'vitest'
import { fitBgNbd } from './bgnbdFit.js'
import type { BgNbdParams } from './bgnbdLikelihood.js'
import { simulateBgNbd } from './bgnbdSimulation.test-support.js'
import { groupSummaries } from './customerSummary.js'

const TRUTH: BgNbdParams = { r: 0.25, alpha: 4, a: 0.8, b: 2.5 }
const KEYS = ['r', 'alpha', 'a', 'b'] as const

const fitSimulated = (seed: number, customers: number) => {
  const groups = groupSummaries(simulateBgNbd(TRUTH, { customers, seed, minT: 26, maxT: 78, resolution: 0 }))
  if (E.isLeft(groups)) return expect.unreachable('the simulation produced an invalid summary')
  const fit = fitBgNbd(groups.right)
  if (E.isLeft(fit)) return expect.unreachable(`the fit failed: ${fit.left._tag}`)
  const se = O.toUndefined(fit.right.standardErrors)
  if (se === undefined) return expect.unreachable('no standard errors')
  return { params: fit.right.params, se }
}

describe('BG/NBD parameter recovery from simulated customers', () => {
  it.each([1, 2, 3])('seed %d: 4,000 customers give every parameter within 3 standard errors of the truth', (seed) => {
    const { params, se } = fitSimulated(seed, 4000)
    for (const k of KEYS) {
      expect(Math.abs(params[k] - TRUTH[k]) / se[k], `${k} = ${params[k]} ± ${se[k]}`).toBeLessThan(3)
    }
  })
})
