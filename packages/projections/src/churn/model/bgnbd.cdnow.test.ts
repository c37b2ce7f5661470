// The BG/NBD against the literature: the CDNOW sample summarised by this
// module's helpers must reproduce the published summary, and an unpenalised
// fit in weeks must land on Fader, Hardie & Lee's (2005) estimates.
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import * as E from 'fp-ts/lib/Either.js'
import * as O from 'fp-ts/lib/Option.js'
import { describe, expect, it } from 'vitest'
import { fitBgNbd } from './bgnbdFit.js'
import { bgNbdTotalLogLikelihood } from './bgnbdLikelihood.js'
import { expectedPurchases, probabilityAlive } from './bgnbdPredictions.js'
import { CDNOW_FOLDER, CDNOW_LOG, CDNOW_SUMMARY, cdnowCustomers, parseCdnowCsv, parseCdnowLog, PUBLISHED } from './cdnow.test-support.js'
import { groupSummaries } from './customerSummary.js'

const folder = fileURLToPath(CDNOW_FOLDER)
const present = existsSync(new URL(CDNOW_LOG, CDNOW_FOLDER)) && existsSync(new URL(CDNOW_SUMMARY, CDNOW_FOLDER))
if (!present) console.warn(`CDNOW tests skipped: the shared data folder ${folder} is absent`)

const significant = (v: number, digits = 3): number => Number(v.toPrecision(digits))

describe.skipIf(!present)(`BG/NBD on the CDNOW sample (${folder})`, () => {
  const customers = present ? cdnowCustomers(parseCdnowLog(readFileSync(new URL(CDNOW_LOG, CDNOW_FOLDER), 'utf8')), 'weeks') : []
  const published = present ? parseCdnowCsv(readFileSync(new URL(CDNOW_SUMMARY, CDNOW_FOLDER), 'utf8')) : []
  const groups = E.getOrElseW(() => [])(groupSummaries(customers.map((c) => c.summary)))

  it('summarises the log into the published 2,357 rows (x exactly, tx, T and zbar to their two decimals)', () => {
    expect(customers).toHaveLength(2357)
    expect(published).toHaveLength(2357)
    const mismatches = published.filter((row, i) => {
      const c = customers[i]
      return (
        c === undefined ||
        c.id !== row.id ||
        c.summary.x !== row.x ||
        Math.abs(c.summary.tx - row.tx) > 0.005 + 1e-9 ||
        Math.abs(c.summary.T - row.T) > 0.005 + 1e-9 ||
        Math.abs(c.spend.zbar - row.zbar) > 0.005 + 1e-9
      )
    })
    expect(mismatches).toEqual([])
  })

  it('counts the README\'s holdout figures: 1,882 repeat purchases; 1,411 one-time buyers made 334 of them', () => {
    expect(customers.reduce((n, c) => n + c.holdoutPurchases, 0)).toBe(1882)
    const once = customers.filter((c) => c.summary.x === 0)
    expect(once).toHaveLength(1411)
    expect(once.reduce((n, c) => n + c.holdoutPurchases, 0)).toBe(334)
  })

  it('fits r, alpha, a, b and the log-likelihood to the published values, to 3 significant digits', () => {
    const fit = fitBgNbd(groups)
    if (E.isLeft(fit)) expect.unreachable(`the fit failed: ${fit.left._tag}`)
    const { params, report } = fit.right
    expect(report.converged).toBe(true)
    expect(fit.right.customers).toBe(2357)
    for (const k of ['r', 'alpha', 'a', 'b'] as const) {
      expect(significant(params[k]), k).toBe(significant(PUBLISHED.bgNbd[k]))
      // And to the three decimals the paper prints.
      expect(params[k], k).toBeCloseTo(PUBLISHED.bgNbd[k], 3)
    }
    expect(report.logLikelihood).toBeCloseTo(PUBLISHED.bgNbd.logLikelihood, 1)
    expect(report.logLikelihood).toBeCloseTo(bgNbdTotalLogLikelihood(params, groups), 6)
    // Standard errors of the right order (the literature quotes r ± 0.0125).
    const se = O.toUndefined(fit.right.standardErrors)
    expect(se?.r).toBeCloseTo(0.0126, 3)
  })

  it("gives the paper's worked example: x = 2, tx = 30.43, T = 38.86 expects 1.226 purchases in 39 weeks", () => {
    const fit = fitBgNbd(groups)
    if (E.isLeft(fit)) expect.unreachable(`the fit failed: ${fit.left._tag}`)
    const customer = { x: 2, tx: 30.43, T: 38.86 }
    expect(expectedPurchases(fit.right.params, customer, 39)).toBeCloseTo(1.226, 3)
    expect(probabilityAlive(fit.right.params, customer)).toBeGreaterThan(0.5)
  })
})
