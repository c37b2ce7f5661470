// The Gamma-Gamma spend model against the literature: fitted on CDNOW's 946
// repeat buyers, it must land on Fader & Hardie's (2013) estimates.
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import * as E from 'fp-ts/lib/Either.js'
import * as O from 'fp-ts/lib/Option.js'
import { describe, expect, it } from 'vitest'
import { CDNOW_FOLDER, CDNOW_LOG, cdnowCustomers, parseCdnowLog, PUBLISHED } from './cdnow.test-support.js'
import { expectedAverageSpend } from './gammaGamma.js'
import { fitGammaGamma } from './gammaGammaFit.js'

const folder = fileURLToPath(CDNOW_FOLDER)
const present = existsSync(new URL(CDNOW_LOG, CDNOW_FOLDER))
if (!present) console.warn(`CDNOW tests skipped: the shared data folder ${folder} is absent`)

const significant = (v: number, digits = 3): number => Number(v.toPrecision(digits))

describe.skipIf(!present)(`Gamma-Gamma on the CDNOW sample (${folder})`, () => {
  const customers = present ? cdnowCustomers(parseCdnowLog(readFileSync(new URL(CDNOW_LOG, CDNOW_FOLDER), 'utf8')), 'weeks') : []

  it('fits p, q and gamma on the 946 repeat buyers to the published values', () => {
    const fit = fitGammaGamma(customers.map((c) => c.spend))
    if (E.isLeft(fit)) expect.unreachable(`the fit failed: ${fit.left._tag}`)
    const { params, report } = fit.right
    expect(report.converged).toBe(true)
    expect(fit.right.customers).toBe(946)
    for (const k of ['p', 'q', 'gamma'] as const) {
      expect(significant(params[k]), k).toBe(significant(PUBLISHED.gammaGamma[k]))
      expect(params[k], k).toBeCloseTo(PUBLISHED.gammaGamma[k], 2)
    }
    // The log-likelihood CLVTools checks its Gamma-Gamma against.
    expect(report.logLikelihood).toBeCloseTo(-4055.9177, 3)
    // The shop's mean spend per purchase, and a customer's, pulled towards it.
    const shopMean = O.toUndefined(expectedAverageSpend(params, { x: 0, zbar: 0 }))
    const customer = O.toUndefined(expectedAverageSpend(params, { x: 2, zbar: 22.35 }))
    expect(shopMean).toBeGreaterThan(customer ?? Number.NaN)
    expect(customer).toBeGreaterThan(22.35)
  })
})
