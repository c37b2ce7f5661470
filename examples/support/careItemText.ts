// One readable line per care-agenda item: what a shop's morning screen (or a
// printed list by the till) would say. The agenda gives data, never wording:
// each shop words it its own way.
import { formatMoney, type AnniversaryDate, type AnniversaryKind } from '@clientele/core'
import type { CareItem } from '@clientele/projections'
import { table } from './table.js'

/** The last purchase the agenda recalls for a date or festival. */
type RecalledPurchase = NonNullable<Extract<CareItem, { reason: 'anniversary' }>['details']['lastPurchaseForIt']>

const LUNAR_MONTHS = ['正', '二', '三', '四', '五', '六', '七', '八', '九', '十', '冬', '腊']
const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十']

/** A lunar day as written on a calendar: 初一 … 初十, 十一 … 二十, 廿一 … 三十. */
const lunarDay = (day: number): string =>
  day <= 10 ? `初${DIGITS[day]}` : day < 20 ? `十${DIGITS[day - 10]}` : day === 20 ? '二十' : day < 30 ? `廿${DIGITS[day - 20]}` : '三十'

/** 农历七月初九, 闰六月初十: how a customer says their lunar birthday. */
export const lunarText = (month: number, day: number, leap: boolean): string => `农历${leap ? '闰' : ''}${LUNAR_MONTHS[month - 1]}月${lunarDay(day)}`

/** An important date as the customer gave it. */
export const anniversaryDateText = (date: AnniversaryDate): string => {
  const year = date.year === undefined ? '' : `${date.year}, `
  return date.calendar === 'lunar'
    ? `${year}${lunarText(date.month, date.day, date.leap)}`
    : `${year}${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`
}

const days = (n: number): string => (n === 1 ? '1 day' : `${n} days`)

const inDays = (n: number): string => (n === 0 ? 'today' : n === 1 ? 'tomorrow' : `in ${days(n)}`)

const lastTime = (p: RecalledPurchase | undefined): string =>
  p === undefined ? '' : `; last time ${formatMoney(p.amount)} on ${p.purchasedOn}${p.items.length > 0 ? ` (${p.items.join(', ')})` : ''}`

const KIND_LABELS: Readonly<Record<AnniversaryKind, string>> = {
  birthday: 'birthday',
  wedding: 'wedding anniversary',
  engagement: 'engagement anniversary',
  memorial: 'memorial day',
  business: 'company anniversary',
  other: 'important date',
}

/** `birthday`, or `parent 张秀英's birthday` when the date is someone else's. */
const whoseDate = (kind: AnniversaryKind, relation: string, personName: string | undefined): string =>
  relation === 'self' ? KIND_LABELS[kind] : `${relation}${personName === undefined ? '' : ` ${personName}`}'s ${KIND_LABELS[kind]}`

/** Looks up an important date as the customer gave it (the agenda item names it by id). */
export type AnniversaryLookup = (customerId: CareItem['customerId'], anniversaryId: string) => AnniversaryDate | undefined

/** What to do about one item, in a line. Every reason is handled: a new reason is a compile error here. */
export const describeCareItem = (item: CareItem, anniversaryDate?: AnniversaryLookup): string => {
  switch (item.reason) {
    case 'anniversary': {
      const d = item.details
      const years = d.yearsSince === undefined ? '' : `, ${d.yearsSince} years,`
      // A lunar date is shown as the customer keeps it: 农历七月初九.
      const given = anniversaryDate?.(item.customerId, d.anniversaryId)
      const lunar = given?.calendar === 'lunar' ? ` (${lunarText(given.month, given.day, given.leap)})` : ''
      return `${whoseDate(d.kind, d.relation, d.personName)}${lunar}${years} ${inDays(d.daysLeft)}${lastTime(d.lastPurchaseForIt)}`
    }
    case 'festival_greeting': {
      const d = item.details
      const why = d.why === 'key_customer' ? ' (key customer)' : ''
      return `greet for ${d.name} ${inDays(d.daysLeft)}${why}${lastTime(d.lastPurchaseForIt)}`
    }
    case 'purchase_follow_up':
      return `call back about ${item.details.purchaseId} of ${item.details.purchasedOn} (${days(item.details.daysSince)} ago): how was it?`
    case 'yesterdays_customer':
      return `bought yesterday (${item.details.purchaseIds.join(', ')}): thank them`
    case 'open_complaint':
      return `complaint ${item.details.complaintId} open for ${days(item.details.daysOpen)}: solve it`
    case 'complaint_follow_up':
      return `complaint ${item.details.complaintId} resolved on ${item.details.resolvedOn}: ask if they are satisfied now`
    case 'membership_expiring':
      return `membership expires ${inDays(item.details.daysLeft)} (${item.details.expiresOn}): invite to renew`
    case 'win_back':
      return `slipping away (${(item.details.atRiskBecause ?? 'at risk').replaceAll('_', ' ')}), ${days(item.details.daysSinceLastPurchase)} since the last purchase, spent ${formatMoney({ amount: item.details.netSpend, currency: 'CNY' })}`
    case 'tier_follow_up':
      return `tier ${item.details.tier}: call every ${item.details.cadenceDays} days, last contact ${item.details.lastContactOn} (${days(item.details.daysSinceContact)} ago)`
    default: {
      const unhandled: never = item
      return unhandled
    }
  }
}

/** The agenda as a table: priority, due day, customer, what to do. */
export const agendaTable = (items: ReadonlyArray<CareItem>, nameOf: (customerId: CareItem['customerId']) => string, anniversaryDate?: AnniversaryLookup): string[] =>
  table(
    [{ header: 'P' }, { header: 'due' }, { header: 'customer' }, { header: 'what to do' }],
    items.map((item) => [String(item.priority), item.due, nameOf(item.customerId), describeCareItem(item, anniversaryDate)]),
  )
