// Benchmark of `clientele import` (issue 6): a synthetic shop of 10,000
// customers and 100,000 purchases written as the spreadsheets a shop
// exports, imported into a fresh SQLite file through the CLI's own entry
// point. Next to it, in the same run, the baseline: the same events appended
// straight to fresh SQLite stores through the port, one append per
// customer, as the import does — what the store alone costs. Then the
// re-import of the same files (which must add nothing). Only counts and
// times are printed; the data is made up and never shown.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import * as E from 'fp-ts/lib/Either.js'
import { openSqliteEventStore } from '@clientele/adapter-sqlite'
import { main, type CliIo } from '@clientele/cli'
import { anyRevision, type EventStore, type EventToAppend, type RecordedEvent } from '@clientele/core'
import { fmt, heading, median, perSecond, row } from './harness.js'

const CUSTOMERS = 10_000
const PURCHASES = 100_000
const RUNS = 3

const SURNAMES = ['李', '王', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '欧阳', '司马']
const GIVEN = ['娜', '伟', '芳', '敏', '静', '丽', '强', '磊', '洋', '艳', '勇', '军', '杰', '娟', '涛']
const LUNAR_MONTHS = ['正', '二', '三', '四', '五', '六', '七', '八', '九', '十', '冬', '腊']
const CATEGORIES = ['花束', '绿植', '花篮', '婚庆', '开业花篮', '永生花']
const OCCASIONS = ['生日', '纪念日', '节日', '商务', '送礼', '自用', '']

// A small fixed generator, so every run imports the very same files.
const prng = (seed: number) => () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648
  return seed / 2_147_483_648
}

const pick = <A>(random: () => number, xs: ReadonlyArray<A>): A => xs[Math.floor(random() * xs.length)]!

const customersCsv = (random: () => number): string => {
  const lines = ['编号,姓名,电话,生日,类型,来源,登记日期,备注']
  for (let n = 1; n <= CUSTOMERS; n++) {
    const name = `${pick(random, SURNAMES)}${pick(random, GIVEN)}${random() < 0.6 ? pick(random, GIVEN) : ''}`
    const phone = `139${String(n).padStart(8, '0')}`
    const birthday = random() < 0.3 ? `农历${pick(random, LUNAR_MONTHS)}月初${pick(random, ['一', '三', '五', '八', '九'])}` : random() < 0.5 ? `19${60 + Math.floor(random() * 40)}/${Math.ceil(random() * 12)}/${Math.ceil(random() * 28)}` : ''
    const note = random() < 0.2 ? '"喜欢百合, 不要香水百合"' : ''
    lines.push(`C${n},${name},${phone},${birthday},个人,进店,2023-01-0${1 + (n % 9)},${note}`)
  }
  return `\ufeff${lines.join('\r\n')}\r\n`
}

const purchasesCsv = (random: () => number): string => {
  const lines = ['编号,日期,金额,品类,场合,备注']
  for (let i = 0; i < PURCHASES; i++) {
    const customer = 1 + (i % CUSTOMERS)
    const day = 1 + Math.floor(random() * 28)
    const month = 1 + Math.floor(random() * 12)
    const amount = `¥${(50 + Math.floor(random() * 2000)).toLocaleString('en-US')}.${random() < 0.5 ? '00' : '50'}`
    lines.push(`C${customer},${2024 + Math.floor(random() * 2)}年${month}月${day}日,"${amount}",${pick(random, CATEGORIES)},${pick(random, OCCASIONS)},`)
  }
  return `\ufeff${lines.join('\r\n')}\r\n`
}

// The CLI's messages carry line numbers and reasons only, never a cell, so
// they may be shown when a run fails.
const runCli = async (cwd: string, ...args: string[]): Promise<number> => {
  let errors = ''
  const io: CliIo = { stdout: () => {}, stderr: (t) => void (errors += t), stderrIsTty: false, now: () => new Date('2026-06-10T02:00:00Z'), cwd }
  const start = performance.now()
  const code = await main(args, io)
  if (code !== 0) throw new Error(`clientele ${args.slice(0, 2).join(' ')} exited ${code}: ${errors.split('\n').slice(0, 5).join('; ')}`)
  return performance.now() - start
}

const withSqlite = async <A>(path: string, synchronous: 'full' | 'normal', use: (store: EventStore) => Promise<A>): Promise<A> => {
  const opened = openSqliteEventStore(path, { synchronous })
  if (E.isLeft(opened)) throw new Error('cannot open the bench store')
  try {
    return await use(opened.right)
  } finally {
    await opened.right.close()
  }
}

const readAll = (path: string): Promise<ReadonlyArray<RecordedEvent>> =>
  withSqlite(path, 'full', async (store) => {
    const all = await store.readAll()
    if (E.isLeft(all)) throw new Error('cannot read the bench store')
    return all.right
  })

// The events the import wrote, per stream in order, to append again raw.
const eventsByStream = (recorded: ReadonlyArray<RecordedEvent>): Map<string, EventToAppend[]> => {
  const byStream = new Map<string, EventToAppend[]>()
  for (const r of recorded) {
    const list = byStream.get(r.stream) ?? []
    list.push({ id: r.id, type: r.type, data: r.data, metadata: r.metadata })
    byStream.set(r.stream, list)
  }
  return byStream
}

// The same appends as the import made (one per customer), straight through
// the port into a fresh store; returns the milliseconds taken.
const appendRaw = (path: string, synchronous: 'full' | 'normal', appends: Map<string, EventToAppend[]>): Promise<number> =>
  withSqlite(path, synchronous, async (store) => {
    const start = performance.now()
    for (const [stream, events] of appends) {
      const appended = await store.appendToStream(stream, events, anyRevision)
      if (E.isLeft(appended)) throw new Error(`baseline append failed: ${appended.left._tag}`)
    }
    return performance.now() - start
  })

export const runImportBench = async (): Promise<void> => {
  const dir = mkdtempSync(join(tmpdir(), 'clientele-import-bench-'))
  try {
    const random = prng(20_260_610)
    writeFileSync(join(dir, 'customers.csv'), customersCsv(random))
    writeFileSync(join(dir, 'purchases.csv'), purchasesCsv(random))
    heading(`clientele import: ${fmt(CUSTOMERS)} customers, then ${fmt(PURCHASES)} purchases, each file into a fresh SQLite file (median of ${RUNS})`)

    const customerMs: number[] = []
    const purchaseMs: number[] = []
    const reimportMs: number[] = []
    const rawNormalMs: number[] = []
    let rawFullMs = 0
    let counts = { customerEvents: 0, purchaseEvents: 0 }
    for (let run = 0; run < RUNS; run++) {
      const db = join(dir, `import-${run}.db`)
      customerMs.push(await runCli(dir, 'import', 'customers', 'customers.csv', '--store', db))
      const afterCustomers = (await readAll(db)).length
      purchaseMs.push(await runCli(dir, 'import', 'purchases', 'purchases.csv', '--store', db))
      reimportMs.push(await runCli(dir, 'import', 'purchases', 'purchases.csv', '--store', db))
      const all = await readAll(db)
      counts = { customerEvents: afterCustomers, purchaseEvents: all.length - afterCustomers }
      const purchaseAppends = eventsByStream(all.slice(afterCustomers))
      rawNormalMs.push(await appendRaw(join(dir, `raw-normal-${run}.db`), 'normal', purchaseAppends))
      // One run only: a durable commit per customer takes tens of seconds.
      if (run === 0) rawFullMs = await appendRaw(join(dir, 'raw-full.db'), 'full', purchaseAppends)
    }
    if (counts.purchaseEvents !== PURCHASES) throw new Error(`the import wrote ${counts.purchaseEvents} purchase events, expected ${PURCHASES}`)
    const ms = (x: number) => `${fmt(x)} ms`
    row('import customers (whole command)', ms(median(customerMs)), `${fmt(CUSTOMERS)} rows, ${fmt(counts.customerEvents)} events`)
    row('import purchases (whole command)', ms(median(purchaseMs)), `${fmt(perSecond(PURCHASES, median(purchaseMs)))} rows/s; aim < 10,000 ms`)
    row('  baseline: same appends via the port, normal', ms(median(rawNormalMs)), `${fmt(CUSTOMERS)} appends as the import makes them`)
    row('  baseline: same appends via the port, full', ms(rawFullMs), 'one run; a durable commit per customer')
    row('  import / normal baseline', `${(median(purchaseMs) / median(rawNormalMs)).toFixed(2)}×`, 'CSV, checks, decider, ids on top of the store')
    row('re-import purchases (adds nothing)', ms(median(reimportMs)), `${fmt(perSecond(PURCHASES, median(reimportMs)))} rows/s`)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
