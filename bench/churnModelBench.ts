// Benchmark of the churn model's mathematics: the BG/NBD fit on the CDNOW
// sample (2,357 customers) and on 100,000 simulated customers, next to two
// baselines measured in the same run: the same fit on ungrouped customers
// (one likelihood row per customer), and the optimiser's floor, one
// likelihood-and-gradient evaluation times the number of evaluations the
// fit made. Figures are medians.
// NOTE: imports the model by path until @clientele/projections exports it.
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import * as E from 'fp-ts/lib/Either.js'
import { bgNbdData, bgNbdLogLikelihoodAndGradient } from '../packages/projections/src/churn/model/bgnbdLikelihood.js'
import { simulateBgNbd } from '../packages/projections/src/churn/model/bgnbdSimulation.test-support.js'
import { cdnowCustomers, parseCdnowLog } from '../packages/projections/src/churn/model/cdnow.test-support.js'
import {
  type CustomerSummary,
  fitBgNbd,
  fitGammaGamma,
  groupSummaries,
  renderFitProblem,
  type WeightedSummary,
} from '../packages/projections/src/churn/model/index.js'
import { fmt, heading, row, time, timePair } from './harness.js'

const CDNOW_LOG = new URL('../../shared/data/cdnow/CDNOW_sample.txt', import.meta.url)

const ungrouped = (summaries: ReadonlyArray<CustomerSummary>): ReadonlyArray<WeightedSummary> => summaries.map((s) => ({ ...s, weight: 1 }))

const ms = (v: number): string => (v < 10 ? `${v.toFixed(2)} ms` : `${fmt(v)} ms`)

/** Fits grouped and ungrouped data alternately and prints both with the evaluation floor. */
const benchFit = (label: string, summaries: ReadonlyArray<CustomerSummary>, runs: number, aimMs: number): void => {
  const t0 = performance.now()
  const groups = groupSummaries(summaries)
  const groupMs = performance.now() - t0
  if (E.isLeft(groups)) {
    row(label, 'invalid', groups.left.reason)
    return
  }
  const fit = fitBgNbd(groups.right)
  if (E.isLeft(fit)) {
    row(label, 'no fit', renderFitProblem(fit.left))
    return
  }
  const { params, report } = fit.right
  row('customers → distinct (x, tx, T) groups', `${fmt(summaries.length)} → ${fmt(groups.right.length)}`, `grouping ${ms(groupMs)}`)
  row(
    'estimates',
    `r ${params.r.toPrecision(4)}`,
    `alpha ${params.alpha.toPrecision(4)}, a ${params.a.toPrecision(4)}, b ${params.b.toPrecision(4)}; LL ${report.logLikelihood.toFixed(2)}; ${report.iterations} iterations, ${report.evaluations} evaluations`,
  )
  // Grouping counts against the grouped fit: both start from the same summaries.
  const pair = timePair(
    () => E.map(fitBgNbd)(groupSummaries(summaries)),
    () => fitBgNbd(ungrouped(summaries)),
    runs,
  )
  // The floor: the fit's own number of likelihood-and-gradient evaluations, each timed alone.
  const data = bgNbdData(groups.right)
  const theta = [Math.log(params.r), Math.log(params.alpha), Math.log(params.a), Math.log(params.b)]
  const gradient = [0, 0, 0, 0]
  const evaluation = time(() => bgNbdLogLikelihoodAndGradient(data, theta, gradient), Math.max(7, runs))
  const floorMs = evaluation.medianMs * report.evaluations
  row(`${label}: BG/NBD grouping and fit`, ms(pair.a.medianMs), `median of ${runs}: ${pair.a.runsMs.map((v) => fmt(v)).join(', ')} (aim < ${fmt(aimMs)} ms)`)
  row('baseline: the same fit, one row per customer', ms(pair.b.medianMs), `ratio ${(pair.b.medianMs / pair.a.medianMs).toFixed(1)}x`)
  row('baseline: one grouped evaluation × evaluations', ms(floorMs), `${ms(evaluation.medianMs)} × ${report.evaluations}; fit / floor ${(pair.a.medianMs / floorMs).toFixed(2)}x`)
}

export const runChurnModelBench = async (): Promise<void> => {
  heading('Churn model: BG/NBD fit on the CDNOW sample (weeks)')
  if (!existsSync(CDNOW_LOG)) {
    row('skipped', 'no data', `the shared CDNOW sample ${fileURLToPath(CDNOW_LOG)} is absent`)
  } else {
    const customers = cdnowCustomers(parseCdnowLog(readFileSync(CDNOW_LOG, 'utf8')), 'weeks')
    benchFit('CDNOW', customers.map((c) => c.summary), 9, 300)
    const spends = customers.map((c) => c.spend)
    const gg = time(() => fitGammaGamma(spends), 9)
    row('CDNOW: Gamma-Gamma fit (946 repeat buyers)', ms(gg.medianMs), `median of 9`)
  }

  heading('Churn model: BG/NBD fit on 100,000 simulated customers (whole days, in weeks)')
  const t0 = performance.now()
  const simulated = simulateBgNbd(
    { r: 0.25, alpha: 4, a: 0.8, b: 2.5 },
    { customers: 100_000, seed: 1, minT: 1, maxT: 104, resolution: 1 / 7 },
  )
  row('simulated', `${fmt(simulated.length)} customers`, `${ms(performance.now() - t0)}; T from 1 to 104 weeks`)
  benchFit('100,000 simulated', simulated, 3, 5000)
}
