// A complaint is a chance to keep the customer (抱怨是留住顾客的机会). The steps of
// DOMAIN.md item 10, each as the command the shop's app sends and the event it
// records; the care agenda reminds staff of what is still to do; the complaint
// report shows, at the end of the month, where complaints keep coming from.
//
// Run it: pnpm exec tsx --conditions=@clientele/source examples/complaintHandling.ts [store.db]
import * as E from 'fp-ts/lib/Either.js'
import { addDays, formatMoney, type CustomerEvent, type CustomerId, type LocalDate } from '@clientele/core'
import { createClientele, type Clientele, type ComplaintReport } from '@clientele/projections'
import { describeCareItem } from './support/careItemText.js'
import { idFrom } from './support/ids.js'
import { openExampleStore } from './support/openExampleStore.js'
import { isMain, nameOf, orThrow, renderExecuteError, send, sendAll } from './support/run.js'
import { table } from './support/table.js'

const customer = (name: string): CustomerId => idFrom(`complaints/${name}`) as CustomerId
const huang = customer('黄女士')
const ma = customer('马先生')
const yang = customer('杨女士')
const he = customer('何先生')

const bouquet = (customerId: CustomerId, purchaseId: string, purchasedOn: string, fen: number, name: string, category = '花束') => ({
  type: 'LogPurchase',
  data: { customerId, purchaseId, purchasedOn, amount: { amount: fen }, items: [{ name, category, quantity: 1, amount: { amount: fen } }], occasion: 'gift' },
})

// The month before the complaint: customers and their July purchases.
const july: ReadonlyArray<unknown> = [
  ...[huang, ma, yang, he].map((customerId, i) => ({
    type: 'RegisterCustomer',
    data: { customerId, kind: 'person', name: ['黄女士', '马先生', '杨女士', '何先生'][i], registeredOn: '2026-06-01', channel: 'phone' },
  })),
  bouquet(huang, 'R0701-03', '2026-07-01', 29900, '红玫瑰生日花束'),
  bouquet(ma, 'R0703-01', '2026-07-03', 16800, '向日葵花束'),
  bouquet(ma, 'R0718-02', '2026-07-18', 35800, '开业花篮', '花篮'),
  bouquet(yang, 'R0712-05', '2026-07-12', 12800, '绿萝盆栽', '绿植'),
  bouquet(he, 'R0705-01', '2026-07-05', 9900, '满天星'),
  bouquet(he, 'R0719-04', '2026-07-19', 26800, '百合花篮', '花篮'),
  bouquet(yang, 'R0722-01', '2026-07-22', 18800, '康乃馨花束'),
]

const complaintId = 'C0702-01'

/** Each step of DOMAIN.md item 10: what staff do, and the commands that record it. */
const steps: ReadonlyArray<{ readonly what: string; readonly day: LocalDate; readonly commands: ReadonlyArray<unknown> }> = [
  {
    // Let her vent, apologise, thank her for telling us; then ask what happened,
    // which product, who served, what she wants. The filed complaint holds the answers.
    what: 'listen, apologise and thank; find the real problem (what happened, which product, who served, what she wants)',
    day: '2026-07-02' as LocalDate,
    commands: [
      {
        type: 'FileComplaint',
        data: {
          customerId: huang,
          complaintId,
          filedOn: '2026-07-02',
          category: 'quality',
          description: '送到时玫瑰已经蔫了，生日会上很尴尬',
          purchaseId: 'R0701-03',
          product: '红玫瑰生日花束',
          servedBy: 's03',
          wants: 'replacement',
        },
      },
    ],
  },
  {
    // The shop takes responsibility and proposes a remedy; the call records that she agreed.
    what: 'take responsibility, propose a solution, agree it with her',
    day: '2026-07-02' as LocalDate,
    commands: [
      {
        type: 'LogFollowUp',
        data: {
          customerId: huang,
          followUpId: 'FU0702-01',
          contactedOn: '2026-07-02',
          channel: 'phone',
          purpose: 'complaint',
          outcome: 'reached',
          complaintId,
          staff: 's01',
          note: '店长致歉；提议今天重做一束送到，并退一半货款。顾客同意。',
        },
      },
    ],
  },
  {
    // Carry it out: a fresh bouquet (no sale, so no purchase) and half the price back, tied to the complaint.
    what: 'carry it out: a new bouquet today and half the price back',
    day: '2026-07-02' as LocalDate,
    commands: [
      { type: 'RefundPurchase', data: { customerId: huang, purchaseId: 'R0701-03', refundId: 'RF0702-01', refundedOn: '2026-07-02', amount: { amount: 14950 }, reason: 'complaint', complaintId } },
    ],
  },
  {
    // Resolved: the remedy, whether she is satisfied, and what the shop changes so it does not happen again.
    what: 'resolve it: remedy, satisfaction, root cause and prevention',
    day: '2026-07-03' as LocalDate,
    commands: [
      {
        type: 'ResolveComplaint',
        data: {
          customerId: huang,
          complaintId,
          resolvedOn: '2026-07-03',
          resolution: 'replacement',
          satisfied: true,
          rootCause: '冷藏柜温度过高',
          prevention: '每天早晚检查冷藏柜温度并记录',
        },
      },
    ],
  },
  {
    // A few days later: is she still happy? This closes the complaint for good.
    what: 'follow up: check she is satisfied',
    day: '2026-07-06' as LocalDate,
    commands: [
      {
        type: 'LogFollowUp',
        data: { customerId: huang, followUpId: 'FU0706-01', contactedOn: '2026-07-06', channel: 'wechat', purpose: 'complaint', outcome: 'satisfied', complaintId, staff: 's01' },
      },
    ],
  },
]

// The rest of July's complaints, for the month's report.
const otherComplaints: ReadonlyArray<unknown> = [
  { type: 'FileComplaint', data: { customerId: ma, complaintId: 'C0704-01', filedOn: '2026-07-04', category: 'delivery', description: '晚送了两个小时', purchaseId: 'R0703-01', wants: 'apology' } },
  { type: 'ResolveComplaint', data: { customerId: ma, complaintId: 'C0704-01', resolvedOn: '2026-07-04', resolution: 'apology', satisfied: false, rootCause: '送货路线安排不当' } },
  { type: 'FileComplaint', data: { customerId: ma, complaintId: 'C0719-01', filedOn: '2026-07-19', category: 'wrong_item', description: '花篮缎带写错了字', purchaseId: 'R0718-02', wants: 'replacement' } },
  { type: 'ResolveComplaint', data: { customerId: ma, complaintId: 'C0719-01', resolvedOn: '2026-07-21', resolution: 'replacement', satisfied: true, prevention: '缎带文字由顾客确认后再打印' } },
  { type: 'FileComplaint', data: { customerId: yang, complaintId: 'C0723-01', filedOn: '2026-07-23', category: 'quality', description: '康乃馨第二天就掉花瓣', purchaseId: 'R0722-01', wants: 'refund' } },
  { type: 'FileComplaint', data: { customerId: he, complaintId: 'C0728-01', filedOn: '2026-07-28', category: 'service', description: '店员态度不耐烦' } },
  { type: 'ResolveComplaint', data: { customerId: he, complaintId: 'C0728-01', resolvedOn: '2026-07-30', resolution: 'apology', satisfied: true } },
]

/** The facts an event records, in a few words (the description and notes stay in the archive). */
const summary = (e: CustomerEvent): string => {
  switch (e.type) {
    case 'ComplaintFiled':
      return `${e.data.category}, product ${e.data.product ?? '—'}, served by ${e.data.servedBy ?? '—'}, wants ${e.data.wants ?? '—'}`
    case 'FollowUpLogged':
      return `${e.data.channel}, ${e.data.purpose}, outcome ${e.data.outcome}`
    case 'PurchaseRefunded':
      return `${formatMoney(e.data.amount)} of ${e.data.purchaseId}, reason ${e.data.reason}`
    case 'ComplaintResolved':
      return `${e.data.resolution}, ${e.data.satisfied ? 'satisfied' : 'not satisfied'}, root cause ${e.data.rootCause ?? '—'}, prevention ${e.data.prevention ?? '—'}`
    default:
      // The steps record only the four events above.
      return ''
  }
}

const percent = (rate: number | undefined): string => (rate === undefined ? '—' : `${Math.round(rate * 100)}%`)

/** What the agenda still asks about this customer's complaints on a day. */
const complaintCare = (shop: Clientele, customerId: CustomerId, day: LocalDate): string[] =>
  shop
    .agenda(day)
    .filter((item) => item.customerId === customerId && (item.reason === 'open_complaint' || item.reason === 'complaint_follow_up'))
    .map((item) => `[P${item.priority}] ${describeCareItem(item)}`)

const printReport = (print: (line: string) => void, report: ComplaintReport): void => {
  const t = report.timeToResolution
  print(`  filed ${report.filed}, resolved ${report.resolved}, still open ${report.open}`)
  print(`  days to resolve: median ${t.medianDays ?? '—'}, 90th percentile ${t.p90Days ?? '—'}`)
  print(`  satisfied: ${report.satisfied} of ${report.resolved} (${percent(report.satisfactionRate)})`)
  const remedies = Object.entries(report.resolutionMix).filter(([, n]) => n > 0)
  print(`  remedies: ${remedies.map(([r, n]) => `${r} ${n}`).join(', ')}`)
  print(`  causes, most first: ${report.topCategories.map((c) => `${c.category} ${c.complaints}`).join(', ')}`)
  const o = report.perPurchase.overall
  print(`  per purchase: ${o.complaints} complaints / ${o.purchases} purchases (${percent(o.rate)})`)
  for (const line of table(
    [{ header: 'item category' }, { header: 'complaints', align: 'right' }, { header: 'purchases', align: 'right' }, { header: 'rate', align: 'right' }],
    report.perPurchase.byItemCategory.map((c) => [c.category, String(c.complaints), String(c.purchases), percent(c.rate)]),
  ))
    print(`    ${line}`)
}

export const main = async (print: (line: string) => void = console.log, storePath?: string): Promise<void> => {
  const opened = openExampleStore(storePath)
  const started = await createClientele({ store: opened.store, timeZone: 'Asia/Shanghai' })
  if (E.isLeft(started)) throw new Error(`Clientele did not start: ${started.left._tag}`)
  const shop = started.right
  try {
    await sendAll(shop, july)
    print(`投诉处理 complaint handling (store: ${opened.location})`)
    print('黄女士 ordered a rose bouquet for a birthday on 2026-07-01; on 07-02 she calls: the roses arrived wilted.')

    for (const [n, step] of steps.entries()) {
      print('')
      print(`Step ${n + 1} (${step.day}): ${step.what}`)
      for (const command of step.commands) {
        const result = await send(shop, command, 's01')
        for (const e of result.events) print(`  ${(command as { type: string }).type} → ${e.type} (${summary(e)})`)
      }
      // What the next morning's agenda still asks about her complaint.
      const morning = addDays(step.day, 1)
      const care = complaintCare(shop, huang, morning)
      print(`  agenda ${morning}: ${care.length === 0 ? 'nothing left to do about her complaint' : care.join('; ')}`)
    }

    // A resolved complaint cannot be resolved again with another outcome: the
    // decider refuses, and nothing is written.
    const again = await shop.execute(
      { type: 'ResolveComplaint', data: { customerId: huang, complaintId, resolvedOn: '2026-07-07', resolution: 'refund', satisfied: false } },
      { commandId: idFrom('complaints/resolve again') },
    )
    print('')
    print(`Resolving it again with another outcome: ${E.isLeft(again) ? `refused — ${renderExecuteError(again.left)}` : 'accepted (unexpected)'}`)

    // Every complaint updates the archive: the profile shows it at the counter.
    const found = shop.profile(huang)
    if (found._tag === 'Found') {
      const p = found.profile
      const c = p.complaints[0]
      print(
        `Her archive: ${p.complaints.length} complaint (${c?.resolution === undefined ? 'open' : `resolved by ${c.resolution.resolution}, ${c.resolution.satisfied ? 'satisfied' : 'not satisfied'}`}, ${c?.followUps.length ?? 0} follow-ups), spent ${formatMoney({ amount: p.totals.gross, currency: 'CNY' })}, refunded ${formatMoney({ amount: p.totals.refunded, currency: 'CNY' })}`,
      )
    }

    await sendAll(shop, otherComplaints, 's01')
    const month = orThrow(shop.complaints('2026-07-31' as LocalDate, { period: { from: '2026-07-01' as LocalDate, to: '2026-07-31' as LocalDate } }))
    print('')
    print('Complaint report, July 2026:')
    printReport(print, month)
    // Recurring complaints from one customer: the archive is confidential, the report names ids; staff look the names up.
    const name = nameOf(shop)
    print(`  complained more than once in 90 days: ${month.repeatComplainers.map((r) => `${name(r.customerId)} (${r.complaints})`).join(', ') || 'nobody'}`)
  } finally {
    await shop.close()
    await opened.close()
  }
}

// The store file, if any, is the first argument.
if (isMain(import.meta.url)) await main(console.log, process.argv[2])
