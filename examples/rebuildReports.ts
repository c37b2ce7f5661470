// Reports are folds of the history, so they can always be rebuilt: replay the
// store from its first event into fresh read models and every report comes out
// the same. That is what lets a shop add a report next year and see it for
// the past years too, or throw its read models away after an upgrade.
//
// Three ways to the same reports, compared as JSON:
// 1. live: the facade's read models, kept up to date while commands are sent;
// 2. replayed: a fresh `createClientele` on the same store (it replays everything when it starts);
// 3. by hand: `readAll` page by page, decode, `applyAll(readModels, …)`, then the report functions.
//
// Run it: pnpm exec tsx --conditions=@clientele/source examples/rebuildReports.ts [store.db]
import { createHash } from 'node:crypto'
import * as E from 'fp-ts/lib/Either.js'
import { addDays, customerIdOfStream, formatMoney, decodeRecordedEvent, type EventStore, type LocalDate } from '@clientele/core'
import { simulateShop } from '@clientele/core/testing'
import {
  applyAll,
  careAgenda,
  churnAsOf,
  complaintReport,
  createClientele,
  readModels,
  rfmAsOf,
  salesReport,
  tierChanges,
  tiersAsOf,
  valueClassesAsOf,
  type Clientele,
  type ProjectedEvent,
  type ReadModels,
} from '@clientele/projections'
import { openExampleStore } from './support/openExampleStore.js'
import { isMain, orThrow, renderExecuteError } from './support/run.js'
import { table } from './support/table.js'

/** A small simulated flower shop: 100 customers over the first 200 days of 2026. */
const SHOP = { seed: 11, customers: 100, days: 200, startDate: '2026-01-01' as LocalDate }
/** The reports are read as of the last simulated day. */
export const AS_OF = addDays(SHOP.startDate, SHOP.days - 1)
const MONTH_BEFORE = addDays(AS_OF, -30)

/** Every report the example compares, computed from a set of read models. */
const reportsOf = (views: ReadModels): Record<string, unknown> => {
  const day = AS_OF
  const churn = orThrow(churnAsOf(views.profiles, day))
  const tiers = orThrow(tiersAsOf(views.profiles, day))
  return {
    tiers,
    tierChanges: orThrow(tierChanges(views.profiles, MONTH_BEFORE, day)),
    valueClasses: orThrow(valueClassesAsOf(views.profiles, day)),
    rfm: orThrow(rfmAsOf(views.profiles, day)),
    complaints: orThrow(complaintReport(views.profiles, day)),
    sales: orThrow(salesReport(views.profiles, day)),
    churn,
    agenda: careAgenda(views, addDays(day, 1), { winBack: churn.winBack, tiers: tiers.customers }),
  }
}

/** The reports through the facade: the same calls a shop's app makes. */
const reportsFromFacade = (shop: Clientele): Record<string, unknown> => {
  const day = AS_OF
  const churn = orThrow(shop.churn(day))
  return {
    tiers: orThrow(shop.tiers(day)),
    tierChanges: orThrow(shop.tierChanges(MONTH_BEFORE, day)),
    valueClasses: orThrow(shop.valueClasses(day)),
    rfm: orThrow(shop.rfm(day)),
    complaints: orThrow(shop.complaints(day)),
    sales: orThrow(shop.sales(day)),
    churn,
    agenda: shop.agenda(addDays(day, 1), { winBack: churn.winBack }),
  }
}

/** JSON with bigints as strings (the churn model's fit report carries none today, but positions do elsewhere). */
const json = (value: unknown): string => JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? v.toString() : v))
const fingerprint = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 12)

/** Replays the whole store by hand: what `createClientele` does when it starts, without the facade. */
const replayByHand = async (store: EventStore): Promise<ReadModels> => {
  let views = readModels.init()
  let after: bigint | undefined
  for (;;) {
    const page = await store.readAll({ ...(after !== undefined && { after }), maxCount: 5_000 })
    if (E.isLeft(page)) throw new Error(`read failed: ${page.left._tag}`)
    const events: ProjectedEvent[] = []
    for (const recorded of page.right) {
      after = recorded.position
      const customerId = customerIdOfStream(recorded.stream)
      if (customerId === undefined) continue // not a customer stream: nothing for these read models
      const decoded = decodeRecordedEvent(recorded)
      if (E.isLeft(decoded)) throw new Error(`${recorded.stream}@${recorded.revision} does not decode`)
      events.push({ event: decoded.right, customerId, stream: recorded.stream, revision: recorded.revision, position: recorded.position, recordedAt: recorded.recordedAt })
    }
    views = applyAll(readModels, views, events)
    if (page.right.length < 5_000) return views
  }
}

/** One line per report: its size and a fingerprint of its JSON, for each way of building it. */
export interface Comparison {
  readonly report: string
  readonly live: string
  readonly replayed: string
  readonly byHand: string
  readonly identical: boolean
}

export const main = async (print: (line: string) => void = console.log, storePath?: string): Promise<ReadonlyArray<Comparison>> => {
  const opened = openExampleStore(storePath)
  const started = await createClientele({ store: opened.store, timeZone: 'Asia/Shanghai' })
  if (E.isLeft(started)) throw new Error(`Clientele did not start: ${started.left._tag}`)
  const live = started.right
  let replayedShop: Clientele | undefined
  try {
    // 1. Live: send the simulated shop's commands as its app would, day by day.
    const simulated = simulateShop(SHOP)
    let sent = 0
    for (const { command, commandId } of simulated.commands) {
      const result = await live.execute(command, { commandId, actor: 'counter-1' })
      if (E.isLeft(result)) throw new Error(renderExecuteError(result.left))
      sent++
    }
    print(`Sent ${sent} commands of a simulated flower shop (${SHOP.customers} customers, ${SHOP.startDate} to ${AS_OF}); store: ${opened.location}`)
    const liveReports = reportsFromFacade(live)

    // 2. Replayed: a second Clientele on the same store starts from nothing and replays it all.
    const restarted = await createClientele({ store: opened.store, timeZone: 'Asia/Shanghai' })
    if (E.isLeft(restarted)) throw new Error(`Clientele did not start: ${restarted.left._tag}`)
    replayedShop = restarted.right
    const replayedReports = reportsFromFacade(replayedShop)

    // 3. By hand: fresh read models, every event applied in the store's order.
    const byHandReports = reportsOf(await replayByHand(opened.store))

    const comparisons: Comparison[] = Object.keys(liveReports).map((report) => {
      const [a, b, c] = [json(liveReports[report]), json(replayedReports[report]), json(byHandReports[report])]
      const cell = (text: string): string => `${fingerprint(text)} (${text.length} B)`
      return { report, live: cell(a), replayed: cell(b), byHand: cell(c), identical: a === b && b === c }
    })
    print('')
    print(`Reports as of ${AS_OF} — sha256 of each report's JSON (and its size):`)
    for (const line of table(
      [{ header: 'report' }, { header: 'live' }, { header: 'replayed' }, { header: 'by hand' }, { header: 'same?' }],
      comparisons.map((c) => [c.report, c.live, c.replayed, c.byHand, c.identical ? 'yes' : 'NO']),
    ))
      print(`  ${line}`)

    // A glance at what the reports say, from the replayed side.
    const tiers = orThrow(replayedShop.tiers(AS_OF))
    const complaints = orThrow(replayedShop.complaints(AS_OF))
    const sales = orThrow(replayedShop.sales(AS_OF))
    print('')
    print(`Tiers: ${Object.entries(tiers.counts).map(([tier, n]) => `${tier} ${n}`).join(', ')}`)
    print(`Complaints to date: ${complaints.filed} filed, ${complaints.open} open`)
    print(`Sales to date: ${sales.total.purchases} purchases, net ${formatMoney({ amount: sales.total.net, currency: sales.currency })}`)
    print(comparisons.every((c) => c.identical) ? 'All reports identical: the history alone is enough to rebuild them.' : 'Some reports differ!')
    return comparisons
  } finally {
    await replayedShop?.close()
    await live.close()
    await opened.close()
  }
}

// The store file, if any, is the first argument.
if (isMain(import.meta.url)) await main(console.log, process.argv[2])
