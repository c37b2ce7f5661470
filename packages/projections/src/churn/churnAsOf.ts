// The churn analysis (DOMAIN.md item 9): who is slipping away as of a day,
// by the BG/NBD model fitted to the shop's own customers, with the customer's
// own rhythm as the fallback and a recency rule for one-time buyers.
import { addDays, type CustomerId, type LocalDate } from '@clientele/core'
import * as E from 'fp-ts/lib/Either.js'
import * as O from 'fp-ts/lib/Option.js'
import { lostAsOf, registeredBy } from '../history/index.js'
import type { CustomerProfile, ProfilesState } from '../profiles/index.js'
import { type ChurnOptionInvalid, type ChurnOptions, resolveChurnOptions, type ResolvedChurnOptions } from './churnOptions.js'
import type { AtRiskWhy, ChurnLine, ChurnModelUsed, ChurnReport, PenaltyUsed } from './churnReport.js'
import { refundedByIndexAsOf } from '../segments/countedPurchases.js'
import { medianGapDays } from './customerCadence.js'
import {
  type BgNbdParams,
  type CustomerSummary,
  epochDayOf,
  expectedAverageSpend,
  expectedPurchases,
  fitBgNbd,
  fitGammaGamma,
  groupSummaries,
  probabilityAlive,
  type SpendSummary,
} from './model/index.js'

type Mutable<T> = { -readonly [K in keyof T]: T[K] }

/** What the analysis gathers of one buyer before the model is fitted. */
interface Buyer {
  readonly customerId: CustomerId
  readonly kind: ChurnLine['kind']
  readonly days: number[]
  readonly netSpend: number
  readonly summary: CustomerSummary
  readonly spend: SpendSummary
  readonly lost: ReturnType<typeof lostAsOf>
}

const DAYS_PER: Readonly<Record<ResolvedChurnOptions['unit'], number>> = { days: 1, weeks: 7 }

// Scratch space for one customer's purchases, reused from customer to customer.
// NOTE: building a PurchaseAsOf object and a Map of days per customer made
// this pass allocate several objects per purchase (1.4 M purchases for
// 100,000 customers), and the collector took more time than the work.
interface Scratch {
  days: Float64Array
  amounts: Float64Array
}

const grow = (scratch: Scratch, needed: number): void => {
  if (scratch.days.length >= needed) return
  const size = Math.max(needed, scratch.days.length * 2)
  scratch.days = new Float64Array(size)
  scratch.amounts = new Float64Array(size)
}

/** One buyer's distinct purchase days (ascending) with the net spend in the shop's currency on each; undefined without purchases by the day. */
const buyerOf = (p: CustomerProfile, asOf: LocalDate, asOfDay: number, o: ResolvedChurnOptions, scratch: Scratch): Buyer | undefined => {
  const refunded = p.refunds.length === 0 ? undefined : refundedByIndexAsOf(p, asOf)
  grow(scratch, p.purchases.length)
  const { days: rawDays, amounts } = scratch
  // Every purchase in the shop's currency (nearly every customer): amounts as logged.
  const allCounted = p.totals.otherCurrencyPurchases === 0 && (p.totals.currency === undefined || p.totals.currency === o.currency)
  const { purchaseDays, purchaseAmounts } = p
  let n = 0
  let sorted = true
  for (let i = 0; i < purchaseDays.length; i++) {
    const day = purchaseDays[i] as number
    if (day > asOfDay) continue
    let amount = allCounted ? (purchaseAmounts[i] as number) : 0
    if (!allCounted) {
      const d = (p.purchases[i] as CustomerProfile['purchases'][number]).purchase
      amount = d.amount.currency === o.currency ? d.amount.amount - (refunded === undefined ? 0 : (refunded[i] as number)) : 0
    } else if (refunded !== undefined) amount -= refunded[i] as number
    rawDays[n] = day
    amounts[n] = amount
    if (n > 0 && day < (rawDays[n - 1] as number)) sorted = false
    n++
  }
  if (n === 0) return undefined
  // Purchases are logged in day order almost always; sort the pairs only when not.
  let order: number[] | undefined
  if (!sorted) order = Array.from({ length: n }, (_, i) => i).sort((a, b) => (rawDays[a] as number) - (rawDays[b] as number))
  const days: number[] = []
  const spendOfDay: number[] = []
  let netSpend = 0
  for (let k = 0; k < n; k++) {
    const i = order === undefined ? k : (order[k] as number)
    const day = rawDays[i] as number
    const amount = amounts[i] as number
    netSpend += amount
    if (days.length > 0 && days[days.length - 1] === day) spendOfDay[spendOfDay.length - 1] = (spendOfDay[spendOfDay.length - 1] as number) + amount
    else {
      days.push(day)
      spendOfDay.push(amount)
    }
  }
  // The days are distinct, ascending and on or before the day: the summary
  // `summaryOfPurchaseDays` would give, without its checks and its set.
  const first = days[0] as number
  const per = DAYS_PER[o.unit]
  const summary: CustomerSummary = { x: days.length - 1, tx: ((days[days.length - 1] as number) - first) / per, T: (asOfDay - first) / per }
  // Gamma-Gamma reads the repeat days' mean value; refunded-away days carry nothing to model.
  let repeatSum = 0
  for (let i = 1; i < spendOfDay.length; i++) repeatSum += spendOfDay[i] as number
  const repeats = spendOfDay.length - 1
  return {
    customerId: p.customerId,
    kind: p.registration.kind,
    days,
    netSpend,
    summary,
    spend: { x: repeats, zbar: repeats === 0 ? 0 : repeatSum / repeats },
    lost: lostAsOf(p, asOf),
  }
}

const gather = (state: ProfilesState, asOf: LocalDate, o: ResolvedChurnOptions): Buyer[] => {
  const asOfDay = epochDayOf(asOf)
  const scratch: Scratch = { days: new Float64Array(64), amounts: new Float64Array(64) }
  const buyers: Buyer[] = []
  for (const p of state.profiles.values()) {
    if (!registeredBy(p, asOf)) continue
    const buyer = buyerOf(p, asOf, asOfDay, o, scratch)
    if (buyer !== undefined) buyers.push(buyer)
  }
  return buyers
}

// Weak: on the total log-likelihood, a tenth of a unit per unit of squared log-parameter.
const WEAK_PENALTY = 0.1

const fitModel = (buyers: ReadonlyArray<Buyer>, o: ResolvedChurnOptions): ChurnModelUsed => {
  if (buyers.length < o.modelFrom) return { _tag: 'CadenceRule', because: { _tag: 'TooFewBuyers', buyers: buyers.length, minimum: o.modelFrom } }
  const groups = groupSummaries(buyers.map((b) => b.summary))
  if (E.isLeft(groups)) return { _tag: 'CadenceRule', because: groups.left }
  const repeaters = buyers.reduce((n, b) => n + (b.summary.x > 0 ? 1 : 0), 0)
  let penalty: PenaltyUsed | undefined =
    o.penalty !== undefined
      ? { weight: o.penalty.weight, because: 'set_by_shop' }
      : repeaters < o.unpenalisedFrom
        ? { weight: WEAK_PENALTY, because: 'few_repeat_buyers' }
        : undefined
  let fit = fitBgNbd(groups.right, o.penalty !== undefined ? { penalty: o.penalty } : penalty === undefined ? {} : { penalty: { weight: penalty.weight } })
  // A plain fit at the boundary: refit with the weak penalty rather than give up the model.
  if (E.isLeft(fit) && fit.left._tag === 'ParametersDiverged' && penalty === undefined) {
    penalty = { weight: WEAK_PENALTY, because: 'plain_fit_diverged' }
    fit = fitBgNbd(groups.right, { penalty: { weight: WEAK_PENALTY } })
  }
  if (E.isLeft(fit)) return { _tag: 'CadenceRule', because: fit.left }
  // Gamma-Gamma needs positive mean spends; customers whose repeat days were refunded away are left out of its fit.
  const spend = fitGammaGamma(buyers.filter((b) => b.spend.x === 0 || b.spend.zbar > 0).map((b) => b.spend))
  return { _tag: 'BgNbd', fit: fit.right, spend: E.isLeft(spend) ? spend.left : spend.right, penalty }
}

/** P(alive) and expected purchases of one history (x, tx, T). */
interface Prediction {
  readonly alive: number
  readonly expected: number
}

// NOTE: buyers with the same (x, tx, T) get the same prediction, and a shop has
// about a quarter as many distinct histories as buyers; each hypergeometric
// evaluation is worth keeping. The key packs the three whole day counts into
// one number (exact below 2^53); histories beyond that are not memoised.
const predictionKey = (s: CustomerSummary, per: number): number | undefined => {
  const tx = Math.round(s.tx * per)
  const T = Math.round(s.T * per)
  return s.x < 2 ** 18 && tx < 2 ** 17 && T < 2 ** 17 ? (s.x * 2 ** 17 + tx) * 2 ** 17 + T : undefined
}

const predict = (params: BgNbdParams, s: CustomerSummary, horizon: number, memo: Map<number, Prediction>, per: number): Prediction => {
  const key = predictionKey(s, per)
  const known = key === undefined ? undefined : memo.get(key)
  if (known !== undefined) return known
  const p: Prediction = { alive: probabilityAlive(params, s), expected: expectedPurchases(params, s, horizon) }
  if (key !== undefined) memo.set(key, p)
  return p
}

const lineOf = (b: Buyer, dates: DayNames, model: ChurnModelUsed, o: ResolvedChurnOptions, memo: Map<number, Prediction>): ChurnLine => {
  const last = b.days[b.days.length - 1] as number
  const lastPurchaseOn = dates.of(last)
  const daysSince = dates.asOfDay - last
  const cadence = medianGapDays(b.days)
  const line: Mutable<ChurnLine> = {
    customerId: b.customerId,
    kind: b.kind,
    purchaseDays: b.days.length,
    lastPurchaseOn,
    daysSinceLastPurchase: daysSince,
    cadenceDays: cadence,
    netSpend: b.netSpend,
    probabilityAlive: undefined,
    expectedPurchases: undefined,
    expectedValue: undefined,
    status: 'active',
  }
  if (model._tag === 'BgNbd') {
    const params = model.fit.params
    const p = predict(params, b.summary, o.horizonDays / DAYS_PER[o.unit], memo, DAYS_PER[o.unit])
    line.probabilityAlive = p.alive
    line.expectedPurchases = p.expected
    if (model.spend._tag === 'GammaGammaFit' && (b.spend.x === 0 || b.spend.zbar > 0)) {
      const perPurchase = expectedAverageSpend(model.spend.params, b.spend)
      if (O.isSome(perPurchase)) line.expectedValue = Math.round(line.expectedPurchases * perPurchase.value)
    }
  }
  if (b.lost !== undefined) {
    line.status = 'lost'
    line.lost = b.lost
    return line
  }
  const why = atRiskWhy(line, o)
  if (why !== undefined) {
    line.status = 'at_risk'
    line.atRiskBecause = why
  }
  return line
}

const atRiskWhy = (line: ChurnLine, o: ResolvedChurnOptions): AtRiskWhy | undefined => {
  if (line.purchaseDays === 1) return line.daysSinceLastPurchase > o.oneTimeBuyerDays ? 'one_time_buyer_lapsed' : undefined
  if (line.probabilityAlive !== undefined) return line.probabilityAlive < o.aliveBelow ? 'unlikely_alive' : undefined
  const cadence = line.cadenceDays
  return cadence !== undefined && line.daysSinceLastPurchase > o.cadenceFactor * Math.max(1, cadence) ? 'overdue_for_cadence' : undefined
}

/**
 * Day numbers back to dates, counted from the "as of" day (both are shop-local
 * days). NOTE: memoised, since a shop's last purchases fall on few distinct
 * days and formatting a date string per customer showed in the profile.
 */
interface DayNames {
  readonly asOfDay: number
  readonly of: (day: number) => LocalDate
}

const dayNames = (asOf: LocalDate): DayNames => {
  const asOfDay = epochDayOf(asOf)
  const memo = new Map<number, LocalDate>()
  return {
    asOfDay,
    of: (day) => {
      let name = memo.get(day)
      if (name === undefined) memo.set(day, (name = addDays(asOf, day - asOfDay)))
      return name
    },
  }
}

const byCustomerId = (a: ChurnLine, b: ChurnLine): number => (a.customerId < b.customerId ? -1 : a.customerId > b.customerId ? 1 : 0)

const countBy = <K extends string>(keys: ReadonlyArray<K>): Partial<Record<K, number>> => {
  const out: Partial<Record<K, number>> = {}
  for (const k of keys) out[k] = (out[k] ?? 0) + 1
  return out
}

/**
 * Who is slipping away as of `asOf`, from the history up to that day: each
 * buyer's days since the last purchase against their own cadence, P(alive)
 * and expected purchases over the horizon from a BG/NBD model fitted to all
 * buyers (penalised for small shops), expected value with Gamma-Gamma, a
 * recency rule for one-time buyers, and those marked lost with their reasons.
 * When the model does not fit, the cadence rule decides and the report says why.
 *
 * @example
 * const report = churnAsOf(views.profiles, '2026-11-23' as LocalDate)
 * if (E.isRight(report)) report.right.winBack.slice(0, 10)
 *
 * @since 0.1.0
 * @category churn
 */
export const churnAsOf = (state: ProfilesState, asOf: LocalDate, options: ChurnOptions = {}): E.Either<ChurnOptionInvalid, ChurnReport> => {
  const resolved = resolveChurnOptions(options)
  if (E.isLeft(resolved)) return resolved
  const o = resolved.right
  const buyers = gather(state, asOf, o)
  const model = fitModel(buyers, o)
  const memo = new Map<number, Prediction>()
  const dates = dayNames(asOf)
  const customers = buyers.map((b) => lineOf(b, dates, model, o, memo))
  const winBack = customers
    .filter((c) => c.status === 'at_risk')
    .sort((a, b) => b.netSpend - a.netSpend || byCustomerId(a, b))
  const lost = customers
    .filter((c) => c.status === 'lost')
    .sort((a, b) => ((a.lost?.markedOn ?? '') < (b.lost?.markedOn ?? '') ? 1 : (a.lost?.markedOn ?? '') > (b.lost?.markedOn ?? '') ? -1 : byCustomerId(a, b)))
  return E.right({
    asOf,
    model,
    customers,
    winBack,
    lost,
    reasons: {
      lost: countBy(lost.flatMap((c) => (c.lost === undefined ? [] : [c.lost.reason]))),
      atRisk: countBy(winBack.flatMap((c) => (c.atRiskBecause === undefined ? [] : [c.atRiskBecause]))),
    },
  })
}
