// The demo's shop: a simulated flower shop written into a SQLite file once,
// then reused. The simulation is seeded, so every machine gets the same shop.
import { existsSync, renameSync, rmSync } from 'node:fs'
import * as E from 'fp-ts/lib/Either.js'
import { addDays, createCommandHandler, renderCommandError, type EventStore, type LocalDate } from '@clientele/core'
import { simulateShop } from '@clientele/core/testing'
import { openExampleStore } from './openExampleStore.js'

/** What to simulate: how many customers, over how many days from the first. */
export interface DemoShop {
  readonly seed: number
  readonly customers: number
  readonly days: number
  readonly startDate: LocalDate
}

/** About two years of an ordinary flower shop, ending on 2026-11-22. */
export const DEMO_SHOP: DemoShop = { seed: 2026, customers: 800, days: 691, startDate: '2025-01-01' as LocalDate }

/** The demo's "today": the day after the last simulated day, so that the demo prints the same on any date. */
export const todayOf = (shop: DemoShop): LocalDate => addDays(shop.startDate, shop.days)

const removeDatabase = (file: string): void => {
  for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true })
}

/**
 * Simulates the shop and sends every command through Clientele's command
 * handler, as the shop's app would have over the two years, into a new SQLite
 * file at `path`. The file is written under a temporary name and renamed when
 * complete, so an interrupted run never leaves a half-filled demo to reuse.
 */
export const createDemoStore = async (path: string, shop: DemoShop): Promise<{ readonly commands: number; readonly events: number }> => {
  const partial = `${path}.partial`
  removeDatabase(partial)
  const simulated = simulateShop(shop)
  const opened = openExampleStore(partial)
  let events = 0
  try {
    const handle = createCommandHandler({ store: opened.store })
    for (const { command, commandId } of simulated.commands) {
      const result = await handle(command, { commandId, actor: 'simulator' })
      if (E.isLeft(result)) throw new Error(renderCommandError(result.left))
      events += result.right.events.length
    }
  } catch (error) {
    await opened.close()
    removeDatabase(partial)
    throw error
  }
  await opened.close()
  // Closing checkpoints the write-ahead log into the file; move a leftover one along, just in case.
  renameSync(partial, path)
  if (existsSync(`${partial}-wal`)) renameSync(`${partial}-wal`, `${path}-wal`)
  rmSync(`${partial}-shm`, { force: true })
  return { commands: simulated.commands.length, events }
}

/** How many events a store holds, read page by page. */
export const countEvents = async (store: EventStore): Promise<number> => {
  let count = 0
  let after: bigint | undefined
  for (;;) {
    const page = await store.readAll({ ...(after !== undefined && { after }), maxCount: 10_000 })
    if (E.isLeft(page)) throw new Error(`cannot read the store: ${page.left._tag}`)
    count += page.right.length
    const last = page.right.at(-1)
    if (last === undefined || page.right.length < 10_000) return count
    after = last.position
  }
}
