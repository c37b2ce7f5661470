// A snack and tea shop (零食茶饮店) sorts its regulars into tiers by how often
// they buy (seed 001, 客户划分): A ≥ 15 purchases in a month, B ≥ 10, C ≥ 5,
// D ≥ 3, E a passer-by who bought once — and the gap the seed leaves, a
// returning customer who buys less than D, is `occasional`. Tiers change as
// people change (动态管理), and each tier sets how often staff get in touch.
//
// Run it: pnpm exec tsx --conditions=@clientele/source examples/snackShop.ts [store.db]
import * as E from 'fp-ts/lib/Either.js'
import { addDays, type CustomerId, type LocalDate } from '@clientele/core'
import { createClientele, defaultFollowUpCadence, tierMoves, tierOrder, type Tier } from '@clientele/projections'
import { agendaTable } from './support/careItemText.js'
import { idFrom } from './support/ids.js'
import { openExampleStore } from './support/openExampleStore.js'
import { isMain, nameOf, orThrow, sendAll } from './support/run.js'
import { table } from './support/table.js'

/** The end of the month the owner reviews, and the end of the month before. */
export const AS_OF = '2026-06-30' as LocalDate
export const MONTH_BEFORE = '2026-05-31' as LocalDate

interface Regular {
  readonly name: string
  /** Days (from 2026-03-01) on which they bought something. */
  readonly days: ReadonlyArray<number>
}

const FIRST_DAY = '2026-03-01' as LocalDate
const every = (step: number, from: number, to: number): number[] => Array.from({ length: Math.floor((to - from) / step) + 1 }, (_, i) => from + i * step)
// Day numbers: March 1 is 0, May 1 is 61, June 1 is 92, June 30 is 121.
const regulars: ReadonlyArray<Regular> = [
  // A student who stops by nearly every day on the way home.
  { name: '张小雨', days: every(2, 0, 121) },
  // Came daily in May, every third day in June: A last month, B now.
  { name: '李阿姨', days: [...every(7, 0, 60), ...every(2, 61, 91), ...every(3, 92, 121)] },
  // Buys tea for the office twice a week: C.
  { name: '王老师', days: every(4, 30, 121) },
  // Was weekly (C), now comes every ten days: D.
  { name: '周先生', days: [...every(5, 40, 91), ...every(10, 100, 121)] },
  // New this month, and already hooked: none last month, C now.
  { name: '陈同学', days: every(5, 95, 121) },
  // Came back a few times in spring, not since April: occasional.
  { name: '刘女士', days: [5, 20, 40] },
  // Another occasional customer, but the shop rang her on June 10 (see below).
  { name: '老陈', days: [10, 35, 60] },
  // A passer-by: one purchase in March.
  { name: '过路客', days: [14] },
]

const ITEMS = [
  { name: '珍珠奶茶', fen: 1500 },
  { name: '五香瓜子', fen: 1200 },
  { name: '牛肉干', fen: 3800 },
  { name: '龙井绿茶', fen: 2600 },
]

const customerId = (name: string): CustomerId => idFrom(`snack shop/${name}`) as CustomerId

const commandsFor = (r: Regular, index: number): unknown[] => {
  const id = customerId(r.name)
  const registeredOn = addDays(FIRST_DAY, r.days[0] ?? 0)
  const register = { type: 'RegisterCustomer', data: { customerId: id, kind: 'person', name: r.name, registeredOn, channel: 'walk_in' } }
  const purchases = r.days.map((day, n) => {
    const item = ITEMS[(day + n) % ITEMS.length] ?? { name: '奶茶', fen: 1500 }
    return {
      type: 'LogPurchase',
      data: {
        customerId: id,
        purchaseId: `S${addDays(FIRST_DAY, day).slice(5).replace('-', '')}-${index + 1}`,
        purchasedOn: addDays(FIRST_DAY, day),
        amount: { amount: item.fen },
        items: [{ name: item.name, category: '零食', quantity: 1, amount: { amount: item.fen } }],
        occasion: 'self',
      },
    }
  })
  return [register, ...purchases]
}

// A call logged for 老陈 restarts her follow-up clock: she will not be on the list.
const followUp = {
  type: 'LogFollowUp',
  data: { customerId: customerId('老陈'), followUpId: 'FU-0610', contactedOn: '2026-06-10', channel: 'wechat', purpose: 'reminder', outcome: 'will_buy' },
}

export const main = async (print: (line: string) => void = console.log, storePath?: string): Promise<void> => {
  const opened = openExampleStore(storePath)
  // The shop could pass its own thresholds here, e.g. tierRules: { thresholds: { A: 20 } }.
  const started = await createClientele({ store: opened.store, timeZone: 'Asia/Shanghai' })
  if (E.isLeft(started)) throw new Error(`Clientele did not start: ${started.left._tag}`)
  const shop = started.right
  try {
    const commands = [...regulars.flatMap(commandsFor), followUp]
    await sendAll(shop, commands)
    print(`零食茶饮店 snack shop — ${commands.length} commands recorded (store: ${opened.location})`)
    const name = nameOf(shop)

    // Tiers as of the last day of June, from the 30 days ending that day.
    const tiers = orThrow(shop.tiers(AS_OF))
    print('')
    print(`Tiers as of ${AS_OF} (purchases from ${tiers.window.from} to ${tiers.window.to}):`)
    print(`  ${tierOrder.map((t) => `${t}: ${tiers.counts[t]}`).join('   ')}`)
    const byTier = [...tiers.customers].sort((a, b) => tierOrder.indexOf(a.tier) - tierOrder.indexOf(b.tier) || b.purchasesInWindow - a.purchasesInWindow)
    for (const line of table(
      [{ header: 'tier' }, { header: 'customer' }, { header: 'in window', align: 'right' }, { header: 'to date', align: 'right' }, { header: 'last purchase' }],
      byTier.map((c) => [c.tier, name(c.customerId), String(c.purchasesInWindow), String(c.purchasesToDate), c.lastPurchaseOn]),
    ))
      print(`  ${line}`)

    // Who moved between tiers since the end of May: the ones to talk to first.
    const changes = orThrow(shop.tierChanges(MONTH_BEFORE, AS_OF))
    print('')
    print(`Tier changes from ${MONTH_BEFORE} to ${AS_OF}:`)
    for (const line of table(
      [{ header: 'customer' }, { header: 'from' }, { header: 'to' }, { header: 'moved' }],
      changes.changes.map((c) => [name(c.customerId), c.from, c.to, c.direction]),
    ))
      print(`  ${line}`)
    // "Who dropped from A to B this month?" is one call.
    print(`  dropped from A to B: ${tierMoves(changes, 'A', 'B').map((c) => name(c.customerId)).join(', ') || 'nobody'}`)

    // How often staff get in touch with each tier (days between contacts).
    print('')
    print('Follow-up cadence (days between contacts):')
    print(`  ${tierOrder.map((t: Tier) => `${t}: ${defaultFollowUpCadence[t]}`).join('   ')}`)

    // The next morning's agenda: the facade works out the tiers of the day and
    // lists everyone whose last contact — purchase or call — is a full cadence ago.
    const morning = addDays(AS_OF, 1)
    const due = shop.agenda(morning).filter((item) => item.reason === 'tier_follow_up')
    print('')
    print(`Tier follow-ups due on ${morning}: ${due.length}`)
    for (const line of agendaTable(due, name)) print(`  ${line}`)

    // A shop sets its own cadence: here occasional customers every two weeks instead of every 60 days.
    const ours = shop.agenda(morning, { followUpCadence: { occasional: 14 } }).filter((item) => item.reason === 'tier_follow_up')
    print(`  with occasional customers every 14 days: ${ours.map((item) => name(item.customerId)).join(', ')}`)
  } finally {
    await shop.close()
    await opened.close()
  }
}

// The store file, if any, is the first argument.
if (isMain(import.meta.url)) await main(console.log, process.argv[2])
