// The churn analysis (DOMAIN.md item 9): who is slipping away as of a day,
// by the BG/NBD model fitted to the shop's own customers, with the customer's
// own rhythm as the fallback and a recency rule for one-time buyers.
import type { CustomerId, LocalDate } from '@clientele/core'
import * as E from 'fp-ts/lib/Either.js'
import { collectAsOf, type DayNames, dayNames, lostAsOf, type LostAsOf, type ProfileCollector } from '../history/index.js'
import type { BilledPurchase, CustomerProfile, ProfilesState } from '../profiles/index.js'
import { type ChurnOptionInvalid, type ChurnOptions, resolveChurnOptions, type ResolvedChurnOptions } from './churnOptions.js'
import type { AtRiskWhy, ChurnLine, ChurnModelUsed, ChurnReport, PenaltyUsed } from './churnReport.js'
import { type GroupPredictions, type HistoryGroups, historyGroupsOf, predictGroups } from './historyGroups.js'
import { refundsByIndexOf } from '../segments/countedPurchases.js'
import { epochDayOf, fitBgNbd, fitGammaGamma, type SpendSummary } from './model/index.js'
import { expectedAverageSpendOrNaN } from './model/gammaGamma.js'

type Mutable<T> = { -readonly [K in keyof T]: T[K] }

const DAYS_PER: Readonly<Record<ResolvedChurnOptions['unit'], number>> = { days: 1, weeks: 7 }

/**
 * What the analysis gathers of the buyers before the model is fitted, one
 * column per figure (buyer i in row i, in the archive's order). NOTE: a
 * Buyer object with its own array of days, a summary and a spend object per
 * customer made the garbage collector the largest item in the profile at
 * 100,000 customers; the columns hold the same numbers.
 */
interface Buyers {
  n: number
  // NOTE: read while the walk has the profile at hand; fetching each profile
  // again when the lines are made showed in the profile.
  ids: CustomerId[]
  kinds: Array<ChurnLine['kind']>
  lost: Array<LostAsOf | undefined>
  /** Distinct purchase days to date, less one: the BG/NBD's x. */
  repeats: Int32Array
  firstDay: Int32Array
  lastDay: Int32Array
  netSpend: Float64Array
  /** Mean net spend of the repeat days (0 without any). */
  zbar: Float64Array
  /** Median gap between purchase days; NaN for one-time buyers. */
  cadence: Float64Array
}

const newBuyers = (): Buyers => ({
  n: 0,
  ids: [],
  kinds: [],
  lost: [],
  repeats: new Int32Array(1024),
  firstDay: new Int32Array(1024),
  lastDay: new Int32Array(1024),
  netSpend: new Float64Array(1024),
  zbar: new Float64Array(1024),
  cadence: new Float64Array(1024),
})

const growBuyers = (b: Buyers): void => {
  if (b.n < b.repeats.length) return
  const size = b.repeats.length * 2
  const int = (a: Int32Array) => {
    const out = new Int32Array(size)
    out.set(a)
    return out
  }
  const float = (a: Float64Array) => {
    const out = new Float64Array(size)
    out.set(a)
    return out
  }
  b.repeats = int(b.repeats)
  b.firstDay = int(b.firstDay)
  b.lastDay = int(b.lastDay)
  b.netSpend = float(b.netSpend)
  b.zbar = float(b.zbar)
  b.cadence = float(b.cadence)
}

// Scratch space for one customer's purchases, reused from customer to customer.
// NOTE: building a PurchaseAsOf object and a Map of days per customer made
// this pass allocate several objects per purchase (1.4 M purchases for
// 100,000 customers), and the collector took more time than the work.
interface Scratch {
  days: Float64Array
  amounts: Float64Array
  gaps: Float64Array
}

const grow = (scratch: Scratch, needed: number): void => {
  if (scratch.days.length >= needed) return
  const size = Math.max(needed, scratch.days.length * 2)
  scratch.days = new Float64Array(size)
  scratch.amounts = new Float64Array(size)
  scratch.gaps = new Float64Array(size)
}

/** The median of the first `n` gaps (sorted in place): `medianGapDays` without its array. */
const medianOfGaps = (gaps: Float64Array, n: number): number => {
  if (n <= 32) {
    for (let i = 1; i < n; i++) {
      const v = gaps[i] as number
      let j = i - 1
      while (j >= 0 && (gaps[j] as number) > v) {
        gaps[j + 1] = gaps[j] as number
        j--
      }
      gaps[j + 1] = v
    }
  } else gaps.subarray(0, n).sort()
  const mid = n >> 1
  return n % 2 === 1 ? (gaps[mid] as number) : ((gaps[mid - 1] as number) + (gaps[mid] as number)) / 2
}

/** Adds one buyer's distinct purchase days and net spend in the shop's currency to the columns; nothing without purchases by the day. */
const addBuyer = (
  buyers: Buyers,
  p: CustomerProfile,
  refunded: Float64Array | undefined,
  asOf: LocalDate,
  asOfDay: number,
  o: ResolvedChurnOptions,
  scratch: Scratch,
): void => {
  grow(scratch, p.purchases.length)
  const { days: rawDays, amounts, gaps } = scratch
  // Every purchase in the shop's currency (nearly every customer): amounts as logged.
  const allCounted = p.totals.otherCurrencyPurchases === 0 && (p.totals.currency === undefined || p.totals.currency === o.currency)
  const { purchaseDays, purchaseAmounts } = p
  let n = 0
  let sorted = true
  for (let i = 0; i < purchaseDays.length; i++) {
    const day = purchaseDays[i] as number
    if (day > asOfDay) continue
    let amount = allCounted ? (purchaseAmounts[i] as number) : 0
    const back = refunded === undefined ? 0 : (refunded[i] as number)
    if (!allCounted) {
      const d = p.purchases[i] as BilledPurchase
      // Refunded in full by the day: a return, not a purchase (as in the tiers and RFM).
      if (d.amount.amount > 0 && back >= d.amount.amount) continue
      amount = d.amount.currency === o.currency ? d.amount.amount - back : 0
    } else if (back > 0) {
      if (amount > 0 && back >= amount) continue
      amount -= back
    }
    rawDays[n] = day
    amounts[n] = amount
    if (n > 0 && day < (rawDays[n - 1] as number)) sorted = false
    n++
  }
  if (n === 0) return
  // Purchases are logged in day order almost always; sort the pairs only when not.
  let order: number[] | undefined
  if (!sorted) order = Array.from({ length: n }, (_, i) => i).sort((a, b) => (rawDays[a] as number) - (rawDays[b] as number))
  // The distinct days in order: each day's spend is summed before it is
  // added in, as a list of days and spends would add them.
  let netSpend = 0
  let distinct = 0
  let first = 0
  let last = 0
  let daySpend = 0
  let repeatSum = 0
  for (let k = 0; k < n; k++) {
    const i = order === undefined ? k : (order[k] as number)
    const day = rawDays[i] as number
    const amount = amounts[i] as number
    netSpend += amount
    if (distinct > 0 && last === day) daySpend += amount
    else {
      if (distinct > 1) repeatSum += daySpend
      if (distinct === 0) first = day
      else gaps[distinct - 1] = day - last
      distinct++
      last = day
      daySpend = amount
    }
  }
  if (distinct > 1) repeatSum += daySpend
  const repeats = distinct - 1
  growBuyers(buyers)
  const row = buyers.n++
  buyers.ids.push(p.customerId)
  buyers.kinds.push(p.registration.kind)
  buyers.lost.push(p.lostMarks.length === 0 ? undefined : lostAsOf(p, asOf))
  buyers.repeats[row] = repeats
  buyers.firstDay[row] = first
  buyers.lastDay[row] = last
  buyers.netSpend[row] = netSpend
  // Gamma-Gamma reads the repeat days' mean value; refunded-away days carry nothing to model.
  buyers.zbar[row] = repeats === 0 ? 0 : repeatSum / repeats
  buyers.cadence[row] = repeats === 0 ? Number.NaN : medianOfGaps(gaps, repeats)
}

// Weak: on the total log-likelihood, a tenth of a unit per unit of squared log-parameter.
const WEAK_PENALTY = 0.1

// `histories` is undefined when there are too few buyers to fit a model to.
const fitModel = (b: Buyers, histories: HistoryGroups | undefined, o: ResolvedChurnOptions): ChurnModelUsed => {
  if (histories === undefined) return { _tag: 'CadenceRule', because: { _tag: 'TooFewBuyers', buyers: b.n, minimum: o.modelFrom } }
  const groups = histories.groups
  let repeaters = 0
  for (let i = 0; i < b.n; i++) if ((b.repeats[i] as number) > 0) repeaters++
  let penalty: PenaltyUsed | undefined =
    o.penalty !== undefined
      ? { weight: o.penalty.weight, because: 'set_by_shop' }
      : repeaters < o.unpenalisedFrom
        ? { weight: WEAK_PENALTY, because: 'few_repeat_buyers' }
        : undefined
  let fit = fitBgNbd(groups, o.penalty !== undefined ? { penalty: o.penalty } : penalty === undefined ? {} : { penalty: { weight: penalty.weight } })
  // A plain fit at the boundary: refit with the weak penalty rather than give up the model.
  if (E.isLeft(fit) && fit.left._tag === 'ParametersDiverged' && penalty === undefined) {
    penalty = { weight: WEAK_PENALTY, because: 'plain_fit_diverged' }
    fit = fitBgNbd(groups, { penalty: { weight: WEAK_PENALTY } })
  }
  if (E.isLeft(fit)) return { _tag: 'CadenceRule', because: fit.left }
  // Gamma-Gamma needs positive mean spends; customers whose repeat days were
  // refunded away are left out of its fit. It reads only the repeat buyers
  // (one-time buyers carry no spend information in it), so only they are
  // handed over, with one of the others standing for them all when there
  // is no repeat buyer to fit (the fit then says so, as before).
  const spends: SpendSummary[] = []
  let oneTime = false
  for (let i = 0; i < b.n; i++) {
    const x = b.repeats[i] as number
    if (x === 0) oneTime = true
    else if ((b.zbar[i] as number) > 0) spends.push({ x, zbar: b.zbar[i] as number })
  }
  const spend = fitGammaGamma(spends.length === 0 && oneTime ? [{ x: 0, zbar: 0 }] : spends)
  return { _tag: 'BgNbd', fit: fit.right, spend: E.isLeft(spend) ? spend.left : spend.right, penalty }
}

const lineOf = (
  b: Buyers,
  i: number,
  dates: DayNames,
  model: ChurnModelUsed,
  o: ResolvedChurnOptions,
  group: number,
  predictions: GroupPredictions | undefined,
): ChurnLine => {
  const last = b.lastDay[i] as number
  const x = b.repeats[i] as number
  const cadence = b.cadence[i] as number
  const line: Mutable<ChurnLine> = {
    customerId: b.ids[i] as CustomerId,
    kind: b.kinds[i] as ChurnLine['kind'],
    purchaseDays: x + 1,
    lastPurchaseOn: dates.of(last),
    daysSinceLastPurchase: dates.asOfDay - last,
    cadenceDays: Number.isNaN(cadence) ? undefined : cadence,
    netSpend: b.netSpend[i] as number,
    probabilityAlive: undefined,
    expectedPurchases: undefined,
    expectedValue: undefined,
    status: 'active',
  }
  if (model._tag === 'BgNbd' && predictions !== undefined) {
    line.probabilityAlive = predictions.alive[group] as number
    line.expectedPurchases = predictions.expected[group] as number
    const zbar = b.zbar[i] as number
    if (model.spend._tag === 'GammaGammaFit' && (x === 0 || zbar > 0)) {
      const perPurchase = expectedAverageSpendOrNaN(model.spend.params, x, zbar)
      if (!Number.isNaN(perPurchase)) line.expectedValue = Math.round(line.expectedPurchases * perPurchase)
    }
  }
  const lost = b.lost[i]
  if (lost !== undefined) {
    line.status = 'lost'
    line.lost = lost
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
  return E.right(collectAsOf(state, asOf, churnCollector(asOf, resolved.right)))
}

/**
 * The churn analysis in two steps, so that one walk over the profiles can
 * feed it and the segment reports together: `add` every customer registered
 * by the day, in the archive's order, then `report`. @internal
 */
export const churnCollector = (
  asOf: LocalDate,
  o: ResolvedChurnOptions,
): ProfileCollector<ChurnReport> => {
  const asOfDay = epochDayOf(asOf)
  const scratch: Scratch = { days: new Float64Array(64), amounts: new Float64Array(64), gaps: new Float64Array(64) }
  const buyers = newBuyers()
  return {
    add: (p, refunded = refundsByIndexOf(p, asOf)) => addBuyer(buyers, p, refunded, asOf, asOfDay, o, scratch),
    report: () => {
      const per = DAYS_PER[o.unit]
      const histories = buyers.n < o.modelFrom ? undefined : historyGroupsOf(buyers, asOfDay, per)
      const model = fitModel(buyers, histories, o)
      const predictions =
        model._tag === 'BgNbd' && histories !== undefined ? predictGroups(model.fit.params, histories.groups, o.horizonDays / per) : undefined
      const dates = dayNames(asOf)
      const customers: ChurnLine[] = []
      for (let i = 0; i < buyers.n; i++) customers.push(lineOf(buyers, i, dates, model, o, histories?.groupOf[i] ?? -1, predictions))
      const winBack = customers
        .filter((c) => c.status === 'at_risk')
        .sort((a, b) => b.netSpend - a.netSpend || byCustomerId(a, b))
      const lost = customers
        .filter((c) => c.status === 'lost')
        .sort((a, b) => ((a.lost?.markedOn ?? '') < (b.lost?.markedOn ?? '') ? 1 : (a.lost?.markedOn ?? '') > (b.lost?.markedOn ?? '') ? -1 : byCustomerId(a, b)))
      return {
        asOf,
        model,
        customers,
        winBack,
        lost,
        reasons: {
          lost: countBy(lost.flatMap((c) => (c.lost === undefined ? [] : [c.lost.reason]))),
          atRisk: countBy(winBack.flatMap((c) => (c.atRiskBecause === undefined ? [] : [c.atRiskBecause]))),
        },
      }
    },
  }
}
