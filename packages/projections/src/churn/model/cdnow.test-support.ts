// The CDNOW sample (see /work/shared/data/cdnow/README.md) turned into the
// models' summaries by the README's recipe, through this module's own
// helpers. Parsing only: the tests read the files, so this stays free of I/O.
import type { LocalDate } from '@clientele/core'
import * as E from 'fp-ts/lib/Either.js'
import type { CustomerSummary } from './customerSummary.js'
import type { SpendSummary } from './gammaGamma.js'
import { epochDayOf, spendSummaryOfPurchases, summaryOfPurchaseDays, type TimeUnit } from './purchaseSummary.js'

/** Where the shared data lives, from this folder: model → churn → src → projections → packages → repository → its parent. */
export const CDNOW_FOLDER = new URL('../../../../../../shared/data/cdnow/', import.meta.url)
export const CDNOW_LOG = 'CDNOW_sample.txt'
export const CDNOW_SUMMARY = 'cdnow_customers_summary_with_transactions.csv'

/** The published values the tests check against (README; Fader & Hardie 2013 for the spend model). */
export const PUBLISHED = {
  bgNbd: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426, logLikelihood: -9582.4 },
  gammaGamma: { p: 6.25, q: 3.74, gamma: 15.44 },
} as const

export interface CdnowPurchase {
  readonly customer: number
  readonly day: number
  readonly dollars: number
}

const dayOfYyyymmdd = (s: string): number => epochDayOf(`${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}` as LocalDate)

export const CALIBRATION_END = dayOfYyyymmdd('19970930')
export const HOLDOUT_END = dayOfYyyymmdd('19980630')

/** Parses `master_id sample_id YYYYMMDD cds dollars` lines; the customer is sample_id. */
export const parseCdnowLog = (text: string): ReadonlyArray<CdnowPurchase> => {
  const purchases: CdnowPurchase[] = []
  for (const line of text.split('\n')) {
    const fields = line.trim().split(/\s+/)
    if (fields.length < 5) continue
    purchases.push({ customer: Number(fields[1]), day: dayOfYyyymmdd(fields[2] ?? ''), dollars: Number(fields[4]) })
  }
  return purchases
}

export interface CdnowCustomer {
  readonly id: number
  readonly summary: CustomerSummary
  readonly spend: SpendSummary
  /** Distinct purchase days in the holdout period. */
  readonly holdoutPurchases: number
}

/** Every customer's calibration summaries and holdout count, in customer order. */
export const cdnowCustomers = (purchases: ReadonlyArray<CdnowPurchase>, unit: TimeUnit): ReadonlyArray<CdnowCustomer> => {
  const byCustomer = new Map<number, CdnowPurchase[]>()
  for (const p of purchases) {
    const list = byCustomer.get(p.customer)
    if (list === undefined) byCustomer.set(p.customer, [p])
    else list.push(p)
  }
  const customers: CdnowCustomer[] = []
  for (const [id, list] of [...byCustomer].sort(([a], [b]) => a - b)) {
    const summary = summaryOfPurchaseDays(
      list.map((p) => p.day),
      CALIBRATION_END,
      unit,
    )
    const spend = spendSummaryOfPurchases(
      list.map((p) => ({ day: p.day, amount: p.dollars })),
      CALIBRATION_END,
    )
    if (E.isLeft(summary) || E.isLeft(spend)) throw new Error(`CDNOW customer ${id} has no calibration purchase`)
    const holdout = new Set(list.filter((p) => p.day > CALIBRATION_END && p.day <= HOLDOUT_END).map((p) => p.day))
    customers.push({ id, summary: summary.right, spend: spend.right, holdoutPurchases: holdout.size })
  }
  return customers
}

export interface CdnowCsvRow {
  readonly id: number
  readonly x: number
  readonly tx: number
  readonly T: number
  readonly zbar: number
}

/** Parses the published summary `ID,x,t_x,T,zbar` (weeks, two decimals). */
export const parseCdnowCsv = (text: string): ReadonlyArray<CdnowCsvRow> =>
  text
    .split('\n')
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [id, x, tx, T, zbar] = line.split(',').map(Number)
      return { id: id ?? Number.NaN, x: x ?? Number.NaN, tx: tx ?? Number.NaN, T: T ?? Number.NaN, zbar: zbar ?? Number.NaN }
    })
