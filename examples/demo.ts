// Clientele's demo: a simulated flower shop (花店) with about two years of
// history in a SQLite file, and what its owner reads in the morning — the care
// agenda, the tiers, who is slipping away, and the complaints.
//
// Run it: pnpm demo [file.db]   (default ./clientele-demo.db)
// The first run creates the file; later runs reuse it: the history persists.
import { existsSync } from 'node:fs'
import * as E from 'fp-ts/lib/Either.js'
import { addDays, dayOfWeek, type LocalDate } from '@clientele/core'
import { createClientele, defaultFollowUpCadence, tierOrder, type CareItem, type CareReason, type ChurnReport, type Clientele } from '@clientele/projections'
import { agendaTable } from './support/careItemText.js'
import { countEvents, createDemoStore, DEMO_SHOP, todayOf, type DemoShop } from './support/demoShop.js'
import { openExampleStore } from './support/openExampleStore.js'
import { anniversaryDateOf, isMain, nameOf, orThrow } from './support/run.js'
import { table } from './support/table.js'

/** Options of the demo: where the file is, and (for tests) a smaller shop. */
export interface DemoOptions {
  readonly path?: string | undefined
  readonly shop?: DemoShop
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const PER_REASON = 2
const WIN_BACK_LINES = 10

const count = (n: number): string => n.toLocaleString('en-US')
const percent = (rate: number | undefined): string => (rate === undefined ? '—' : `${Math.round(rate * 100)}%`)
const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`
const yuan = (fen: number): string => `¥${(fen / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`

const REASON_LABELS: Readonly<Record<CareReason, string>> = {
  open_complaint: 'open complaints',
  complaint_follow_up: 'complaint follow-ups',
  anniversary: 'important dates',
  purchase_follow_up: 'after-sales calls',
  festival_greeting: 'festival greetings',
  membership_expiring: 'memberships expiring',
  win_back: 'win-back calls',
  tier_follow_up: 'tier follow-ups',
  yesterdays_customer: "yesterday's customers",
}

const printAgenda = (print: (line: string) => void, shop: Clientele, today: LocalDate, agenda: ReadonlyArray<CareItem>): void => {
  print(`== Care agenda for ${WEEKDAYS[dayOfWeek(today)]} ${today} ==`)
  const byReason = new Map<CareReason, number>()
  for (const item of agenda) byReason.set(item.reason, (byReason.get(item.reason) ?? 0) + 1)
  const summary = [...byReason].map(([reason, n]) => `${count(n)} ${REASON_LABELS[reason]}`).join(', ')
  print(`${count(agenda.length)} items: ${summary || 'nothing to do'}`)
  // A few of each kind, in the agenda's order (most urgent first), rather than a page of one kind.
  const shown = new Map<CareReason, number>()
  const sample = agenda.filter((item) => {
    const n = shown.get(item.reason) ?? 0
    shown.set(item.reason, n + 1)
    return n < PER_REASON
  })
  print(`the first ${PER_REASON} of each kind:`)
  for (const line of agendaTable(sample, nameOf(shop), anniversaryDateOf(shop))) print(`  ${line}`)
}

const printTiers = (print: (line: string) => void, shop: Clientele, today: LocalDate): void => {
  const tiers = orThrow(shop.tiers(today))
  const total = tiers.customers.length
  print(`== Tiers A–E (purchases from ${tiers.window.from} to ${tiers.window.to}) ==`)
  for (const line of table(
    [{ header: 'tier' }, { header: 'customers', align: 'right' }, { header: 'share', align: 'right' }, { header: 'follow up every', align: 'right' }],
    tierOrder.map((t) => [t, count(tiers.counts[t]), percent(total === 0 ? undefined : tiers.counts[t] / total), `${defaultFollowUpCadence[t]} days`]),
  ))
    print(`  ${line}`)
  const month = orThrow(shop.tierChanges(addDays(today, -30), today))
  const up = month.changes.filter((c) => c.direction === 'up').length
  print(`  in the last 30 days: ${count(up)} moved up, ${count(month.changes.length - up)} moved down`)
}

const printChurn = (print: (line: string) => void, shop: Clientele, churn: ChurnReport): void => {
  print('== At-risk customers (客户流失) ==')
  const model =
    churn.model._tag === 'BgNbd'
      ? `BG/NBD model fitted on ${count(churn.model.fit.customers)} buyers`
      : `no model (${churn.model.because._tag}): each customer's own rhythm decides`
  print(`  ${model}`)
  const byCount = (reasons: Readonly<Partial<Record<string, number>>>) => Object.entries(reasons).sort(([a, m], [b, n]) => (n ?? 0) - (m ?? 0) || (a < b ? -1 : 1))
  const atRisk = byCount(churn.reasons.atRisk).map(([why, n]) => `${count(n ?? 0)} ${why.replaceAll('_', ' ')}`)
  print(`  at risk: ${count(churn.winBack.length)} of ${count(churn.customers.length)} buyers (${atRisk.join(', ') || 'none'})`)
  const lost = byCount(churn.reasons.lost).map(([why, n]) => `${count(n ?? 0)} ${why.replaceAll('_', ' ')}`)
  print(`  marked lost by staff: ${count(churn.lost.length)} (${lost.join(', ') || 'none'})`)
  print(`  the ${WIN_BACK_LINES} most valuable to win back:`)
  const name = nameOf(shop)
  for (const line of table(
    [{ header: 'customer' }, { header: 'spent', align: 'right' }, { header: 'last purchase' }, { header: 'days since', align: 'right' }, { header: 'usual gap', align: 'right' }, { header: 'P(alive)', align: 'right' }],
    churn.winBack
      .slice(0, WIN_BACK_LINES)
      .map((c) => [name(c.customerId), yuan(c.netSpend), c.lastPurchaseOn, count(c.daysSinceLastPurchase), c.cadenceDays === undefined ? '—' : `${c.cadenceDays} d`, percent(c.probabilityAlive)]),
  ))
    print(`    ${line}`)
}

const printComplaints = (print: (line: string) => void, shop: Clientele, today: LocalDate): void => {
  print('== Complaints (投诉) ==')
  const month = orThrow(shop.complaints(today, { period: { from: addDays(today, -30), to: addDays(today, -1) } }))
  const t = month.timeToResolution
  print(
    `  last 30 days: ${count(month.filed)} filed, ${count(month.resolved)} resolved, ${count(month.open)} still open; days to resolve: median ${t.medianDays ?? '—'}, 90th percentile ${t.p90Days ?? '—'}; satisfied ${percent(month.satisfactionRate)}`,
  )
  const all = orThrow(shop.complaints(today))
  print(`  to date: ${count(all.filed)} filed, ${count(all.open)} still open, ${percent(all.perPurchase.overall.rate)} of purchases; satisfied ${percent(all.satisfactionRate)}`)
  print(`  causes, most first: ${all.topCategories.map((c) => `${c.category.replaceAll('_', ' ')} ${count(c.complaints)}`).join(', ')}`)
  const worst = all.perPurchase.byItemCategory.filter((c) => c.purchases >= 50).slice(0, 3)
  print(`  item categories with the most complaints per purchase: ${worst.map((c) => `${c.category} ${percent(c.rate)}`).join(', ')}`)
  print(`  customers who complained more than once in 90 days: ${count(all.repeatComplainers.length)}`)
}

export const main = async (print: (line: string) => void = console.log, options: DemoOptions = {}): Promise<void> => {
  const started = performance.now()
  const path = options.path ?? './clientele-demo.db'
  const demo = options.shop ?? DEMO_SHOP
  const today = todayOf(demo)
  print(`Clientele demo — a simulated flower shop (花店): ${count(demo.customers)} customers, ${demo.startDate} to ${addDays(today, -1)}`)

  if (existsSync(path)) {
    const opened = openExampleStore(path)
    const events = await countEvents(opened.store)
    await opened.close()
    print(`reusing existing ${path} (${count(events)} events)`)
  } else {
    const created = await createDemoStore(path, demo)
    print(`created ${path}: ${count(created.events)} events from ${count(created.commands)} commands sent through Clientele (${seconds(performance.now() - started)})`)
  }

  const opened = openExampleStore(path)
  const replayStarted = performance.now()
  const clientele = await createClientele({ store: opened.store, timeZone: 'Asia/Shanghai' })
  if (E.isLeft(clientele)) throw new Error(`Clientele did not start: ${clientele.left._tag}`)
  const shop = clientele.right
  try {
    print(`read models rebuilt from the file (${seconds(performance.now() - replayStarted)})`)
    print(`today is ${today}: the day after the last simulated day (fixed, so the demo prints the same on any date)`)
    print('')
    // The churn analysis fits a model: once a day, and its at-risk key customers go on the agenda.
    const churn = orThrow(shop.churn(today))
    printAgenda(print, shop, today, shop.agenda(today, { winBack: churn.winBack }))
    print('')
    printTiers(print, shop, today)
    print('')
    printChurn(print, shop, churn)
    print('')
    printComplaints(print, shop, today)
    print('')
    print(`done (${seconds(performance.now() - started)}). Run it again: the file is reused, nothing is simulated twice.`)
  } finally {
    await shop.close()
    await opened.close()
  }
}

// The demo file, if not the default, is the first argument.
if (isMain(import.meta.url)) await main(console.log, { path: process.argv[2] })
