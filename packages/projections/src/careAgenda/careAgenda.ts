// The care agenda (DOMAIN.md items 4, 5, 10, 11, 12): for one day, whom to
// contact and why. Reads the care index and the important-dates index; never
// scans every customer.
import { addDays, type AnniversaryKind, type CustomerId, daysBetween, type EntityId, type LocalDate, type Occasion } from '@clientele/core'
import { festivalsBetween } from '../calendar/festivals.js'
import type { DateIndexState } from '../dateIndex/dateIndex.js'
import { upcomingAnniversaries } from '../dateIndex/dateQueries.js'
import { type CareIndexState, type CustomerCare, type IndexedPurchase, lastPurchaseOf, lastPurchaseWhere, type PurchaseTarget, recallPurchase } from './careIndexState.js'
import {
  type CareAgendaOptions,
  type CareDetails,
  type CareItem,
  type CarePriority,
  type CareReason,
  careReasonOrder,
  defaultCareAgendaOptions,
  type WinBackCandidate,
  type RecalledPurchase,
  type TieredCustomer,
} from './careItems.js'

type Mutable<T> = { -readonly [K in keyof T]: T[K] }

const LAST_LOCAL_DATE = '2199-12-31' as LocalDate

/** The occasion a purchase for an important date of each kind is logged with (as the shop's app logs them). */
const OCCASION_OF_KIND: Readonly<Record<AnniversaryKind, Occasion | undefined>> = {
  birthday: 'birthday',
  wedding: 'anniversary',
  engagement: 'anniversary',
  business: 'business_gift',
  memorial: undefined,
  other: undefined,
}

/** The last offset from `day` a window of `n` days may reach: -1 (nothing) for NaN or negative, capped at the last day a LocalDate holds. */
const span = (day: LocalDate, n: number): number => (Number.isNaN(n) ? -1 : Math.min(Math.floor(n), daysBetween(day, LAST_LOCAL_DATE)))

const recalled = (c: CustomerCare | undefined, target: PurchaseTarget, matchedBy: RecalledPurchase['matchedBy']): RecalledPurchase | undefined => {
  const last = c === undefined ? undefined : lastPurchaseOf(c, target)
  return last === undefined ? undefined : { ...recallPurchase(last), matchedBy }
}

/**
 * The last purchase for an occasion that names no important date: what an
 * important date falls back on when nothing was bought naming it. One naming
 * another date was for someone else's day (the child's birthday, not the
 * customer's own).
 */
const recalledForOccasion = (c: CustomerCare | undefined, occasion: Occasion): RecalledPurchase | undefined => {
  const last = c === undefined ? undefined : lastPurchaseWhere(c, (p) => p.occasion === occasion && p.anniversaryId === undefined)
  return last === undefined ? undefined : { ...recallPurchase(last), matchedBy: 'occasion' }
}

/** Whether a purchase still awaits its call back: nothing names it, and no follow-up of the customer is dated on or after its day. */
const awaitsCall = (p: IndexedPurchase, c: CustomerCare): boolean =>
  (c.lastFollowUpOn === undefined || c.lastFollowUpOn < p.purchasedOn) && !c.followedUp.includes(p.purchaseId)

// NOTE: items are gathered in groups of one priority, due day and reason,
// keyed so that the keys sort in the agenda's order; only the few keys and
// each group by customer and id get sorted. A busy day has tens of thousands
// of items, and one sort with the full comparator was most of the agenda's time.
const RANK: Readonly<Record<CareReason, string>> = Object.fromEntries(careReasonOrder.map((r, i) => [r, String.fromCharCode(97 + i)])) as Record<CareReason, string>

interface Agenda {
  readonly care: CareIndexState
  readonly dates: DateIndexState
  readonly day: LocalDate
  readonly groups: Map<string, CareItem[]>
}

const groupOf = (a: Agenda, priority: CarePriority, due: LocalDate, reason: CareReason): CareItem[] => {
  const key = `${priority}${due}${RANK[reason]}`
  let group = a.groups.get(key)
  if (group === undefined) a.groups.set(key, (group = []))
  return group
}

const push = <R extends CareReason>(
  a: Agenda,
  reason: R,
  customerId: CustomerId,
  priority: CarePriority,
  due: LocalDate,
  ref: string,
  details: CareDetails[R],
  group: CareItem[] = groupOf(a, priority, due, reason),
): void => {
  group.push({ reason, customerId, priority, due, id: `${reason} ${customerId} ${ref}`, details } as CareItem)
}

const byCustomerThenId = (x: CareItem, y: CareItem): number =>
  x.customerId < y.customerId ? -1 : x.customerId > y.customerId ? 1 : x.id < y.id ? -1 : x.id > y.id ? 1 : 0

/** The groups in key order, each by customer then id: the order of `compareCareItems`. */
const collect = (a: Agenda): CareItem[] => {
  const out: CareItem[] = []
  for (const key of [...a.groups.keys()].sort()) {
    const group = a.groups.get(key) ?? []
    group.sort(byCustomerThenId)
    for (let i = 0; i < group.length; i++) out.push(group[i] as CareItem)
  }
  return out
}

const anniversaries = (a: Agenda, days: number, rules: NonNullable<CareAgendaOptions['anniversaryRules']>): void => {
  // The occurrences come day by day: one group per day and priority.
  let group: CareItem[] | undefined
  let groupDue: LocalDate | undefined
  for (const o of upcomingAnniversaries(a.dates, a.day, days - 1, rules)) {
    if (a.care.forgotten.has(o.customerId)) continue
    const c = a.care.customers.get(o.customerId)
    const occasion = OCCASION_OF_KIND[o.kind]
    const last =
      recalled(c, { anniversaryId: o.anniversaryId }, 'anniversary') ??
      (occasion === undefined ? undefined : recalledForOccasion(c, occasion))
    const details: Mutable<CareDetails['anniversary']> = {
      anniversaryId: o.anniversaryId,
      kind: o.kind,
      relation: o.relation,
      occursOn: o.occursOn,
      daysLeft: o.daysLeft,
    }
    if (o.personName !== undefined) details.personName = o.personName
    if (o.yearsSince !== undefined) details.yearsSince = o.yearsSince
    if (last !== undefined) details.lastPurchaseForIt = last
    const priority = o.daysLeft <= 1 ? 1 : 2
    if (group === undefined || groupDue !== o.occursOn) [group, groupDue] = [groupOf(a, priority, o.occursOn, 'anniversary'), o.occursOn]
    push(a, 'anniversary', o.customerId, priority, o.occursOn, `${o.anniversaryId} ${o.occursOn}`, details, group)
  }
}

const festivals = (a: Agenda, lead: number, options: NonNullable<CareAgendaOptions['festivals']>): void => {
  const last = span(a.day, lead)
  if (last < 0) return
  for (const f of festivalsBetween(a.day, addDays(a.day, last), options)) {
    const daysLeft = daysBetween(a.day, f.date)
    const ref = `${f.code} ${f.date}`
    const buyers = a.care.festivalBuyers.get(f.code)
    const target = { festival: f.code }
    const boughtGroup = groupOf(a, 2, f.date, 'festival_greeting')
    for (const customerId of buyers ?? []) {
      const details: Mutable<CareDetails['festival_greeting']> = { festival: f.code, name: f.name, date: f.date, daysLeft, why: 'bought_for_it_before' }
      const bought = recalled(a.care.customers.get(customerId), target, 'festival')
      if (bought !== undefined) details.lastPurchaseForIt = bought
      push(a, 'festival_greeting', customerId, 2, f.date, ref, details, boughtGroup)
    }
    const keyGroup = groupOf(a, 3, f.date, 'festival_greeting')
    for (const customerId of a.care.keyCustomers)
      if (buyers?.has(customerId) !== true)
        push(a, 'festival_greeting', customerId, 3, f.date, ref, { festival: f.code, name: f.name, date: f.date, daysLeft, why: 'key_customer' }, keyGroup)
  }
}

const purchaseFollowUps = (a: Agenda, after: ReadonlyArray<number>): void => {
  for (const k of new Set(after)) {
    if (!Number.isInteger(k) || k < 0) continue
    const group = groupOf(a, 2, a.day, 'purchase_follow_up')
    for (const p of a.care.purchasesByDay.get(addDays(a.day, -k)) ?? []) {
      const c = a.care.customers.get(p.customerId)
      if (c === undefined || c.lost || !awaitsCall(p, c)) continue
      push(a, 'purchase_follow_up', p.customerId, 2, a.day, p.purchaseId, { purchaseId: p.purchaseId, purchasedOn: p.purchasedOn, daysSince: k }, group)
    }
  }
}

const yesterdaysCustomers = (a: Agenda): void => {
  const byCustomer = new Map<CustomerId, EntityId[]>()
  for (const p of a.care.purchasesByDay.get(addDays(a.day, -1)) ?? []) {
    const c = a.care.customers.get(p.customerId)
    if (c === undefined || c.lost || !awaitsCall(p, c)) continue
    const ids = byCustomer.get(p.customerId)
    if (ids === undefined) byCustomer.set(p.customerId, [p.purchaseId])
    else ids.push(p.purchaseId)
  }
  const yesterday = addDays(a.day, -1)
  const group = groupOf(a, 3, a.day, 'yesterdays_customer')
  for (const [customerId, ids] of byCustomer) push(a, 'yesterdays_customer', customerId, 3, a.day, yesterday, { purchaseIds: ids.sort() }, group)
}

const complaints = (a: Agenda): void => {
  const open = groupOf(a, 1, a.day, 'open_complaint')
  const followUps = groupOf(a, 1, a.day, 'complaint_follow_up')
  for (const o of a.care.openComplaints.values())
    if (o.filedOn <= a.day)
      push(a, 'open_complaint', o.customerId, 1, a.day, o.complaintId, { complaintId: o.complaintId, filedOn: o.filedOn, daysOpen: daysBetween(o.filedOn, a.day) }, open)
  for (const r of a.care.unfollowedResolutions.values())
    if (r.resolvedOn < a.day) push(a, 'complaint_follow_up', r.customerId, 1, a.day, r.complaintId, { complaintId: r.complaintId, resolvedOn: r.resolvedOn }, followUps)
}

const memberships = (a: Agenda, days: number): void => {
  const last = span(a.day, days)
  for (let daysLeft = 0; daysLeft <= last; daysLeft++) {
    const expiresOn = addDays(a.day, daysLeft)
    for (const customerId of a.care.membershipExpiry.get(expiresOn) ?? [])
      push(a, 'membership_expiring', customerId, daysLeft <= 3 ? 2 : 3, expiresOn, expiresOn, { expiresOn, daysLeft })
  }
}

// Only key customers: the churn list of a big shop is long, and the agenda is
// for the calls that matter most; the rest stay on the win-back list itself.
const winBack = (a: Agenda, candidates: ReadonlyArray<WinBackCandidate>): void => {
  const group = groupOf(a, 2, a.day, 'win_back')
  for (const c of candidates) {
    if (c.atRiskBecause === undefined || !a.care.keyCustomers.has(c.customerId)) continue
    const care = a.care.customers.get(c.customerId)
    if (care === undefined || care.lost) continue
    push(a, 'win_back', c.customerId, 2, a.day, a.day, { atRiskBecause: c.atRiskBecause, daysSinceLastPurchase: c.daysSinceLastPurchase, netSpend: c.netSpend }, group)
  }
}

// Tiers A and B are the shop's best regulars: a missed call costs more there.
const TIER_PRIORITY: Readonly<Record<TieredCustomer['tier'], CarePriority>> = { A: 2, B: 2, C: 3, D: 3, occasional: 3, E: 3 }

const tierFollowUps = (a: Agenda, tiers: ReadonlyArray<TieredCustomer>, cadence: NonNullable<CareAgendaOptions['followUpCadence']>): void => {
  for (const t of tiers) {
    const every = cadence[t.tier] ?? defaultCareAgendaOptions.followUpCadence[t.tier]
    if (!Number.isInteger(every) || every < 1 || a.care.forgotten.has(t.customerId)) continue
    const care = a.care.customers.get(t.customerId)
    if (care === undefined || care.lost) continue
    // A visit is contact too: the clock starts again with a purchase or a call.
    const lastContactOn = care.lastFollowUpOn !== undefined && care.lastFollowUpOn > t.lastPurchaseOn ? care.lastFollowUpOn : t.lastPurchaseOn
    const since = daysBetween(lastContactOn, a.day)
    if (since < every) continue
    const priority = TIER_PRIORITY[t.tier]
    push(a, 'tier_follow_up', t.customerId, priority, a.day, a.day, { tier: t.tier, cadenceDays: every, lastContactOn, daysSinceContact: since })
  }
}

/**
 * The care agenda of one day: whom to contact, why, how urgently.
 *
 * What is listed (defaults in `defaultCareAgendaOptions`):
 * - `anniversary`: important dates in the next `anniversaryDays` days, today
 *   included, with the last purchase made for the date (or, when none names
 *   it, the last one for its occasion that names no other date);
 * - `festival_greeting`: festivals from today to today + `festivalLeadDays`,
 *   to those who once bought for that festival and to key customers;
 * - `purchase_follow_up`: purchases made exactly k days ago (each k of
 *   `followUpAfterDays`) with no follow-up naming them and no follow-up of the
 *   customer dated on or after the purchase day;
 * - `yesterdays_customer`: one item per customer with such purchases yesterday;
 * - `open_complaint`: complaints filed up to today and not resolved;
 * - `complaint_follow_up`: complaints resolved before today with no
 *   follow-up naming them dated on or after the resolution day (in whatever
 *   order the two were logged);
 * - `membership_expiring`: memberships expiring from today to today +
 *   `membershipExpiryDays`;
 * - `win_back`: key customers among the at-risk customers given in
 *   `winBack` (the churn analysis of the day), unless marked lost;
 * - `tier_follow_up`: customers given in `tiers` (the tiers of the day) whose
 *   last contact — the later of their last purchase and last follow-up — is
 *   at least their tier's `followUpCadence` days before the day, unless
 *   marked lost.
 *
 * Priorities: 1 for open complaints, complaint follow-ups and important dates
 * today or tomorrow; 2 for later important dates, purchase follow-ups,
 * memberships expiring within 3 days, festival greetings to those who
 * bought for the festival before, win-back calls and tier follow-ups of tiers
 * A and B; 3 for other expiring memberships, festival greetings to key
 * customers, other tier follow-ups and yesterday's customers.
 *
 * Forgotten customers never appear. Customers marked lost still get
 * greetings, complaint care and membership reminders (winning them back), but
 * no after-sales calls (`purchase_follow_up`, `yesterdays_customer`). One
 * customer may have several items. The agenda reads the indexes as they are:
 * a follow-up logged after `day` already closes what it closes.
 *
 * Sorted by priority, due day, reason (`careReasonOrder`), customer id, item id.
 *
 * @example
 * careAgenda({ careIndex: care, dateIndex: dates }, '2026-09-22' as LocalDate, { followUpAfterDays: [1, 7] })
 *
 * @since 0.1.0
 * @category care agenda
 */
export const careAgenda = (
  input: { readonly careIndex: CareIndexState; readonly dateIndex: DateIndexState },
  day: LocalDate,
  options: CareAgendaOptions = {},
): ReadonlyArray<CareItem> => {
  const d = defaultCareAgendaOptions
  const a: Agenda = { care: input.careIndex, dates: input.dateIndex, day, groups: new Map() }
  anniversaries(a, options.anniversaryDays ?? d.anniversaryDays, options.anniversaryRules ?? d.anniversaryRules)
  festivals(a, options.festivalLeadDays ?? d.festivalLeadDays, options.festivals ?? d.festivals)
  purchaseFollowUps(a, options.followUpAfterDays ?? d.followUpAfterDays)
  if (options.includeYesterday ?? d.includeYesterday) yesterdaysCustomers(a)
  complaints(a)
  memberships(a, options.membershipExpiryDays ?? d.membershipExpiryDays)
  winBack(a, options.winBack ?? d.winBack)
  tierFollowUps(a, options.tiers ?? d.tiers, options.followUpCadence ?? d.followUpCadence)
  return collect(a)
}
