// The complaint report as of a day (DOMAIN.md item 10), read from the
// profiles with the history helpers so that it equals the report of the
// history replayed up to that day.
import { addDays, ComplaintCategory, daysBetween, type LocalDate, Resolution } from '@clientele/core'
import * as E from 'fp-ts/lib/Either.js'
import { complaintsAsOf, purchasesAsOf, registeredBy } from '../history/index.js'
import type { ProfilesState } from '../profiles/index.js'
import { categoryWeights } from './categoryShares.js'
import type {
  ComplaintCategoryCount,
  ComplaintRate,
  ComplaintReport,
  ComplaintReportOptions,
  ItemCategoryComplaintRate,
  RepeatComplainer,
} from './complaintReportTypes.js'
import { byText, nearestRank, rateOf, zeroes } from './figures.js'
import { inSpan, type ReportOptionInvalid, type ReportSpan, resolveCount, resolveSpan } from './reportOptions.js'

/** Counts of complaints and purchases per item category, filled while reading the profiles. */
interface Tally {
  complaints: number
  purchases: number
}

const tallyOf = (m: Map<string, Tally>, category: string): Tally => {
  let t = m.get(category)
  if (t === undefined) m.set(category, (t = { complaints: 0, purchases: 0 }))
  return t
}

const rate = (t: Tally): ComplaintRate => ({ complaints: t.complaints, purchases: t.purchases, rate: rateOf(t.complaints, t.purchases) })

const CATEGORY_ORDER = new Map((Object.keys(ComplaintCategory.keys) as ComplaintCategory[]).map((c, i) => [c, i]))

const byRate = (a: ItemCategoryComplaintRate, b: ItemCategoryComplaintRate): number => {
  if (a.rate !== b.rate) {
    if (a.rate === undefined) return 1
    if (b.rate === undefined) return -1
    return b.rate - a.rate
  }
  return b.complaints - a.complaints || byText(a.category, b.category)
}

const byRepeat = (a: RepeatComplainer, b: RepeatComplainer): number =>
  b.complaints - a.complaints || byText(b.lastFiledOn, a.lastFiledOn) || byText(a.customerId, b.customerId)

/**
 * Complaints as they stood at the end of `asOf`, for those filed in the
 * period (every day up to `asOf` by default): how many are still open, how
 * long customers waited (median and 90th percentile, nearest rank), which
 * remedies were used, how many left satisfied, the recurring causes, the rate
 * per purchase by item category, and who complains repeatedly (by id only).
 * A pure function of the history up to `asOf`, so last month's report can be
 * rebuilt on any later day.
 *
 * @example
 * const march = complaintReport(views.profiles, '2026-04-10' as LocalDate, { period: { from: '2026-03-01', to: '2026-03-31' } as ReportPeriod })
 *
 * @since 0.1.0
 * @category reports
 */
export const complaintReport = (
  state: ProfilesState,
  asOf: LocalDate,
  options: ComplaintReportOptions = {},
): E.Either<ReportOptionInvalid, ComplaintReport> => {
  const span = resolveSpan(asOf, options.period)
  if (E.isLeft(span)) return span
  const atLeast = resolveCount('repeatComplaints', options.repeatComplaints, 2)
  if (E.isLeft(atLeast)) return atLeast
  const windowDays = resolveCount('repeatWindowDays', options.repeatWindowDays, 90)
  if (E.isLeft(windowDays)) return windowDays
  return E.right(compute(state, asOf, span.right, atLeast.right, windowDays.right))
}

const compute = (state: ProfilesState, asOf: LocalDate, span: ReportSpan, atLeast: number, windowDays: number): ComplaintReport => {
  const windowFrom = addDays(span.to, 1 - windowDays)
  const window: ReportSpan = { from: windowFrom, to: span.to }
  let filed = 0
  let open = 0
  let satisfied = 0
  let unlinked = 0
  let purchasesInSpan = 0
  const waits: number[] = []
  const resolutionMix = zeroes(Resolution.keys)
  const categories = zeroes(ComplaintCategory.keys)
  const byItemCategory = new Map<string, Tally>()
  const uncategorised: Tally = { complaints: 0, purchases: 0 }
  const repeat: RepeatComplainer[] = []

  for (const p of state.profiles.values()) {
    if (!registeredBy(p, asOf)) continue
    const complaints = complaintsAsOf(p, asOf)
    const purchases = purchasesAsOf(p, asOf)
    // NOTE: only purchases on the ledger by "as of" can be named; the first with an id wins, as in the profile.
    const ledger = new Map<string, (typeof purchases)[number]['purchase']>()
    for (const { purchase } of purchases) {
      if (!ledger.has(purchase.purchaseId)) ledger.set(purchase.purchaseId, purchase)
      if (!inSpan(span, purchase.purchasedOn)) continue
      purchasesInSpan++
      const weights = categoryWeights(purchase)
      if (weights.length === 0) uncategorised.purchases++
      for (const { category } of weights) tallyOf(byItemCategory, category).purchases++
    }
    let inWindow = 0
    let lastFiledOn: LocalDate | undefined
    for (const c of complaints) {
      const on = c.filed.filedOn
      if (inSpan(window, on)) {
        inWindow++
        if (lastFiledOn === undefined || on > lastFiledOn) lastFiledOn = on
      }
      if (!inSpan(span, on)) continue
      filed++
      categories[c.filed.category]++
      if (c.resolution === undefined) open++
      else {
        waits.push(daysBetween(on, c.resolution.resolvedOn))
        resolutionMix[c.resolution.resolution]++
        if (c.resolution.satisfied) satisfied++
      }
      const named = c.filed.purchaseId === undefined ? undefined : ledger.get(c.filed.purchaseId)
      if (named === undefined) unlinked++
      else {
        const weights = categoryWeights(named)
        if (weights.length === 0) uncategorised.complaints++
        for (const { category } of weights) tallyOf(byItemCategory, category).complaints++
      }
    }
    if (lastFiledOn !== undefined && inWindow >= atLeast) repeat.push({ customerId: p.customerId, complaints: inWindow, lastFiledOn })
  }

  waits.sort((a, b) => a - b)
  const resolved = waits.length
  const topCategories: ComplaintCategoryCount[] = (Object.entries(categories) as Array<[ComplaintCategory, number]>)
    .filter(([, n]) => n > 0)
    .map(([category, complaints]) => ({ category, complaints }))
    .sort((a, b) => b.complaints - a.complaints || (CATEGORY_ORDER.get(a.category) ?? 0) - (CATEGORY_ORDER.get(b.category) ?? 0))
  return {
    asOf,
    period: span,
    filed,
    open,
    resolved,
    timeToResolution: { medianDays: nearestRank(waits, 50), p90Days: nearestRank(waits, 90) },
    resolutionMix,
    satisfied,
    satisfactionRate: rateOf(satisfied, resolved),
    topCategories,
    perPurchase: {
      overall: { complaints: filed, purchases: purchasesInSpan, rate: rateOf(filed, purchasesInSpan) },
      byItemCategory: [...byItemCategory].map(([category, t]) => ({ category, ...rate(t) })).sort(byRate),
      uncategorised: rate(uncategorised),
      unlinked,
    },
    repeatComplainers: repeat.sort(byRepeat),
  }
}
