import { existsSync } from 'node:fs'
import * as E from 'fp-ts/lib/Either.js'
import { beforeAll, expect, it } from 'vitest'
import { createClientele } from '@clientele/projections'
import { main } from './demo.js'
import type { DemoShop } from './support/demoShop.js'
import { openExampleStore } from './support/openExampleStore.js'
import { tempStorePathForFile } from './support/tempStore.js'

// A smaller shop than `pnpm demo`'s, to keep the test quick; the same code paths.
const shop: DemoShop = { seed: 7, customers: 120, days: 365, startDate: '2025-06-01' as DemoShop['startDate'] }

/** Every phone number, WeChat id and address in the demo's archive. */
const contactDetailsIn = async (path: string): Promise<string[]> => {
  const opened = openExampleStore(path)
  const started = await createClientele({ store: opened.store, timeZone: 'Asia/Shanghai' })
  if (E.isLeft(started)) throw new Error(started.left._tag)
  const profiles = [...started.right.views().profiles.profiles.values()]
  await started.right.close()
  await opened.close()
  return profiles.flatMap((p) => [...p.phones, ...(p.wechat === undefined ? [] : [p.wechat]), ...(p.address === undefined ? [] : [p.address])])
}

const run = async (path: string): Promise<string[]> => {
  const lines: string[] = []
  await main((line) => lines.push(line), { path, shop })
  return lines
}

/** The output without the lines that say how long things took or whether the file was created. */
const report = (lines: ReadonlyArray<string>): string[] => lines.filter((l) => !/^(created|reusing) /.test(l)).map((l) => l.replace(/\(\d+\.\d s\)/, '(… s)'))

// The demo runs twice on one file; the tests read what it printed.
let path = ''
let first: string[] = []
let second: string[] = []
beforeAll(async () => {
  path = tempStorePathForFile('clientele-demo.db')
  first = await run(path)
  second = await run(path)
})

it('creates the demo file on the first run and reuses it on the second, printing the same', () => {
  const created = first.find((l) => l.startsWith('created '))
  expect(created).toMatch(new RegExp(`^created ${path.replaceAll('.', '\\.')}: [\\d,]+ events from [\\d,]+ commands sent through Clientele`))
  expect(existsSync(`${path}.partial`)).toBe(false)
  const events = /: ([\d,]+) events/.exec(created ?? '')?.[1]
  expect(second).toContain(`reusing existing ${path} (${events} events)`)
  expect(second.some((l) => l.startsWith('created '))).toBe(false)
  expect(report(second)).toEqual(report(first))
})

it('prints the agenda, the tiers, the at-risk customers and the complaints, without contact details', async () => {
  const lines = first
  expect(lines).toContain('today is 2026-06-01: the day after the last simulated day (fixed, so the demo prints the same on any date)')
  for (const section of ['== Care agenda for Mon 2026-06-01 ==', '== Tiers A–E (purchases from 2026-05-03 to 2026-06-01) ==', '== At-risk customers (客户流失) ==', '== Complaints (投诉) ==']) {
    expect(lines, section).toContain(section)
  }
  // The tier table lists every tier once, with its follow-up cadence.
  expect(lines.filter((l) => /^ {2}(A|B|C|D|occasional|E) +[\d,]+ +\d+% +\d+ days$/.test(l))).toHaveLength(6)
  expect(lines.find((l) => l.startsWith('  at risk: '))).toMatch(/^ {2}at risk: [\d,]+ of [\d,]+ buyers/)
  expect(lines.find((l) => l.startsWith('  to date: '))).toMatch(/^ {2}to date: [\d,]+ filed, [\d,]+ still open/)
  // The simulated archive has phone numbers, WeChat ids and addresses; the demo prints none of them.
  const contacts = await contactDetailsIn(path)
  expect(contacts.length).toBeGreaterThan(100)
  const text = lines.join('\n')
  expect(contacts.filter((c) => text.includes(c))).toEqual([])
})
