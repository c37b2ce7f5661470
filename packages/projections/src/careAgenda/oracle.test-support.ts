// The care agenda computed the slow, obvious way, straight from the event
// list: every customer's events gathered into plain lists, every customer
// looked at for every rule. Shares no code with the indexes (only the
// calendar's conversions and the agenda's output types). Tests only.
import { addDays, type AnniversaryDate, type CustomerEvent, type CustomerEventOf, type CustomerId, daysBetween, type LocalDate } from '@clientele/core'
import { type AnniversaryRules, occurrencesInYear } from '../calendar/anniversaryRules.js'
import { festivalsBetween } from '../calendar/festivals.js'
import { solarToLunar } from '../calendar/lunarCalendar.js'
import type { ProjectedEvent } from '../projection.js'
import type { CareAgendaOptions, CareDetails, CareItem, RecalledPurchase } from './careItems.js'

type Purchase = CustomerEventOf<'PurchaseLogged'>['data']
type Noted = CustomerEventOf<'AnniversaryNoted'>['data']

/** One customer's events, oldest first, each with its place in the whole list. */
export interface Facts {
  readonly customerId: CustomerId
  readonly events: ReadonlyArray<{ readonly at: number; readonly event: CustomerEvent }>
}

/** Every customer never forgotten, with their events. */
export const factsOf = (events: ReadonlyArray<ProjectedEvent>): Facts[] => {
  const forgotten = new Set(events.filter((e) => e.event.type === 'CustomerForgotten').map((e) => e.customerId))
  const byCustomer = new Map<CustomerId, Array<{ at: number; event: CustomerEvent }>>()
  events.forEach((e, at) => {
    if (forgotten.has(e.customerId)) return
    byCustomer.set(e.customerId, [...(byCustomer.get(e.customerId) ?? []), { at, event: e.event }])
  })
  return [...byCustomer].map(([customerId, list]) => ({ customerId, events: list }))
}

const ofType = <T extends CustomerEvent['type']>(f: Facts, type: T): Array<{ at: number; data: CustomerEventOf<T>['data'] }> =>
  f.events.flatMap(({ at, event }) => (event.type === type ? [{ at, data: (event as CustomerEventOf<T>).data as CustomerEventOf<T>['data'] }] : []))

/** The purchases, each id once (the first logged). */
const purchasesOf = (f: Facts): Purchase[] => {
  const byId = new Map<string, Purchase>()
  for (const { data } of ofType(f, 'PurchaseLogged')) if (!byId.has(data.purchaseId)) byId.set(data.purchaseId, data)
  return [...byId.values()]
}

const isLost = (f: Facts): boolean => {
  let lost = false
  for (const { event } of f.events) {
    if (event.type === 'CustomerMarkedLost') lost = true
    if (event.type === 'PurchaseLogged') lost = false
  }
  return lost
}

/** Latest by day; the later one on the same day. */
const lastOf = (purchases: ReadonlyArray<Purchase>, matchedBy: RecalledPurchase['matchedBy']): RecalledPurchase | undefined => {
  let best: Purchase | undefined
  for (const p of purchases) if (best === undefined || p.purchasedOn >= best.purchasedOn) best = p
  return best === undefined
    ? undefined
    : { purchaseId: best.purchaseId, purchasedOn: best.purchasedOn, amount: best.amount, items: best.items.map((i) => i.name), matchedBy }
}

const liveDates = (f: Facts): Noted[] => {
  const live = new Map<string, Noted>()
  for (const { event } of f.events) {
    if (event.type === 'AnniversaryNoted') live.set(event.data.anniversaryId, event.data)
    if (event.type === 'AnniversaryRemoved') live.delete(event.data.anniversaryId)
  }
  return [...live.values()]
}

const yearsSince = (date: AnniversaryDate, on: LocalDate): number | undefined =>
  date.year === undefined ? undefined : (date.calendar === 'gregorian' ? Number(on.slice(0, 4)) : (solarToLunar(on)?.year ?? Number.NaN)) - date.year

const OCCASION: Readonly<Record<string, string>> = { birthday: 'birthday', wedding: 'anniversary', engagement: 'anniversary', business: 'business_gift' }

export interface KeyRule {
  readonly keySpend: number
  readonly keyPurchases: number
}

const item = <R extends CareItem['reason']>(reason: R, customerId: CustomerId, priority: 1 | 2 | 3, due: LocalDate, ref: string, details: CareDetails[R]): CareItem =>
  ({ reason, customerId, priority, due, id: `${reason} ${customerId} ${ref}`, details }) as CareItem

const RANK = ['open_complaint', 'complaint_follow_up', 'anniversary', 'purchase_follow_up', 'festival_greeting', 'membership_expiring', 'win_back', 'tier_follow_up', 'yesterdays_customer']
const CADENCE: Readonly<Record<string, number>> = { A: 7, B: 14, C: 30, D: 30, occasional: 60, E: 90 }
const byOrder = (a: CareItem, b: CareItem): number => {
  const keys = (i: CareItem) => [String(i.priority), i.due, String(RANK.indexOf(i.reason)), i.customerId, i.id]
  const [ka, kb] = [keys(a), keys(b)]
  for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return (ka[i] ?? '') < (kb[i] ?? '') ? -1 : 1
  return 0
}

/** The agenda of `day`, by brute force. */
export const bruteAgenda = (facts: ReadonlyArray<Facts>, day: LocalDate, options: CareAgendaOptions = {}, key: KeyRule = { keySpend: 100_000, keyPurchases: 10 }): CareItem[] => {
  const days = options.anniversaryDays ?? 7
  const lead = options.festivalLeadDays ?? 3
  const expiry = options.membershipExpiryDays ?? 14
  const rules: Partial<AnniversaryRules> = options.anniversaryRules ?? {}
  const festivals = lead < 0 ? [] : festivalsBetween(day, addDays(day, lead), options.festivals ?? {})
  const out: CareItem[] = []
  for (const f of facts) {
    const id = f.customerId
    const purchases = purchasesOf(f)
    const lost = isLost(f)
    const followUps = ofType(f, 'FollowUpLogged')
    const awaits = (p: Purchase): boolean => !followUps.some((u) => u.data.purchaseId === p.purchaseId || u.data.contactedOn >= p.purchasedOn)
    // Important dates in the window.
    for (const a of liveDates(f)) {
      const occurrences = new Set<LocalDate>()
      for (let y = Number(day.slice(0, 4)); y <= Number(addDays(day, Math.max(0, days - 1)).slice(0, 4)); y++)
        for (const on of occurrencesInYear(a.date, y, rules)) if (days > 0 && on >= day && daysBetween(day, on) <= days - 1) occurrences.add(on)
      for (const on of occurrences) {
        const left = daysBetween(day, on)
        const occasion = OCCASION[a.kind]
        const last = lastOf(purchases.filter((p) => p.anniversaryId === a.anniversaryId), 'anniversary') ??
          (occasion === undefined ? undefined : lastOf(purchases.filter((p) => p.occasion === occasion && p.anniversaryId === undefined), 'occasion'))
        const years = yearsSince(a.date, on)
        out.push(item('anniversary', id, left <= 1 ? 1 : 2, on, `${a.anniversaryId} ${on}`, {
          anniversaryId: a.anniversaryId, kind: a.kind, relation: a.relation,
          ...(a.personName === undefined ? {} : { personName: a.personName }),
          occursOn: on, daysLeft: left,
          ...(years === undefined ? {} : { yearsSince: years }),
          ...(last === undefined ? {} : { lastPurchaseForIt: last }),
        }))
      }
    }
    // Festivals.
    const net = purchases.reduce((n, p) => n + (p.amount.currency === 'CNY' ? p.amount.amount : 0), 0) -
      ofType(f, 'PurchaseRefunded').reduce((n, r) => n + (r.data.amount.currency === 'CNY' ? r.data.amount.amount : 0), 0)
    // A purchase refunded in full (in its own currency) is a return and does not count.
    const refundedOf = (p: Purchase): number =>
      ofType(f, 'PurchaseRefunded').filter((r) => r.data.purchaseId === p.purchaseId && r.data.amount.currency === p.amount.currency).reduce((n, r) => n + r.data.amount.amount, 0)
    const counted = purchases.filter((p) => p.amount.amount === 0 || refundedOf(p) < p.amount.amount).length
    const isKey = counted > 0 && (net >= key.keySpend || counted >= key.keyPurchases)
    for (const fe of festivals) {
      const forIt = purchases.filter((p) => p.occasion === 'festival' && p.festival === fe.code)
      const base = { festival: fe.code, name: fe.name, date: fe.date, daysLeft: daysBetween(day, fe.date) }
      const last = lastOf(forIt, 'festival')
      if (last !== undefined) out.push(item('festival_greeting', id, 2, fe.date, `${fe.code} ${fe.date}`, { ...base, why: 'bought_for_it_before', lastPurchaseForIt: last }))
      else if (isKey) out.push(item('festival_greeting', id, 3, fe.date, `${fe.code} ${fe.date}`, { ...base, why: 'key_customer' }))
    }
    // After-sales calls.
    if (!lost) {
      for (const k of new Set(options.followUpAfterDays ?? [3]))
        if (Number.isInteger(k) && k >= 0)
          for (const p of purchases)
            if (p.purchasedOn === addDays(day, -k) && awaits(p))
              out.push(item('purchase_follow_up', id, 2, day, p.purchaseId, { purchaseId: p.purchaseId, purchasedOn: p.purchasedOn, daysSince: k }))
      const yesterday = purchases.filter((p) => p.purchasedOn === addDays(day, -1) && awaits(p)).map((p) => p.purchaseId).sort()
      if ((options.includeYesterday ?? true) && yesterday.length > 0)
        out.push(item('yesterdays_customer', id, 3, day, addDays(day, -1), { purchaseIds: yesterday }))
    }
    // Complaints: open when no resolution followed the filing; awaiting a call when none named it after the resolution.
    const seen = new Set<string>()
    for (const filed of ofType(f, 'ComplaintFiled')) {
      const c = filed.data
      if (seen.has(c.complaintId)) continue
      seen.add(c.complaintId)
      const resolution = ofType(f, 'ComplaintResolved').find((r) => r.data.complaintId === c.complaintId && r.at > filed.at)
      if (resolution === undefined) {
        if (c.filedOn <= day) out.push(item('open_complaint', id, 1, day, c.complaintId, { complaintId: c.complaintId, filedOn: c.filedOn, daysOpen: daysBetween(c.filedOn, day) }))
      } else if (!followUps.some((u) => u.data.complaintId === c.complaintId && u.data.contactedOn >= resolution.data.resolvedOn) && resolution.data.resolvedOn < day)
        out.push(item('complaint_follow_up', id, 1, day, c.complaintId, { complaintId: c.complaintId, resolvedOn: resolution.data.resolvedOn }))
    }
    // Tier follow-ups: the last contact is the later of the tier line's last purchase and any follow-up.
    const line = options.tiers?.find((t) => t.customerId === id)
    const every = line === undefined ? undefined : (options.followUpCadence?.[line.tier] ?? CADENCE[line.tier])
    if (line !== undefined && every !== undefined && Number.isInteger(every) && every >= 1 && !lost) {
      const contacts = [line.lastPurchaseOn, ...followUps.map((u) => u.data.contactedOn)].sort()
      const lastContactOn = contacts[contacts.length - 1] ?? line.lastPurchaseOn
      const since = daysBetween(lastContactOn, day)
      if (since >= every)
        out.push(item('tier_follow_up', id, line.tier === 'A' || line.tier === 'B' ? 2 : 3, day, day, { tier: line.tier, cadenceDays: every, lastContactOn, daysSinceContact: since }))
    }
    // Membership.
    let expiresOn: LocalDate | undefined
    for (const { event } of f.events) if (event.type === 'MembershipJoined' || event.type === 'MembershipRenewed') expiresOn = event.data.expiresOn
    if (expiresOn !== undefined && expiresOn >= day && daysBetween(day, expiresOn) <= expiry) {
      const left = daysBetween(day, expiresOn)
      out.push(item('membership_expiring', id, left <= 3 ? 2 : 3, expiresOn, expiresOn, { expiresOn, daysLeft: left }))
    }
  }
  return out.sort(byOrder)
}
