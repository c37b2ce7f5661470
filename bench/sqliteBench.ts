// Benchmark of the SQLite adapter (issue 6): each figure next to raw
// better-sqlite3 running the same statements on the same kind of file in the
// same run, alternating the two so both see the same machine load. Figures
// are medians of several runs; every run writes to a fresh file in the
// system's temp directory. Event data is a purchase of about 130 bytes, with
// no names or phone numbers.
import { closeSync, fdatasyncSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import * as E from 'fp-ts/lib/Either.js'
import { openSqliteEventStore } from '@clientele/adapter-sqlite'
import type { EventStore, EventToAppend } from '@clientele/core'
import { fmt, heading, median, perSecond, row } from './harness.js'

const RUNS = 5
const BATCHED_EVENTS = 50_000
const BATCH = 100
const SINGLE_APPENDS = { full: 1_500, normal: 5_000 } as const
const READ_EVENTS = 100_000
const STREAMS = 500

const purchase = (n: number): EventToAppend => ({
  id: crypto.randomUUID(),
  type: 'PurchaseLogged',
  data: { purchaseId: `R-${n}`, purchasedOn: '2026-03-01', amount: { amount: 1000 + (n % 5000), currency: 'CNY' }, items: [], occasion: 'self' },
  metadata: { schemaVersion: 1, commandId: crypto.randomUUID(), actor: 'counter-1' },
})

type Synchronous = 'full' | 'normal'

let files = 0
const directory = mkdtempSync(join(tmpdir(), 'clientele-sqlite-bench-'))
const freshFile = (): string => join(directory, `bench-${(files += 1)}.db`)

const openStore = (file: string, synchronous: Synchronous): EventStore => {
  const opened = openSqliteEventStore(file, { synchronous })
  if (E.isLeft(opened)) throw new Error(`open failed: ${opened.left._tag}`)
  return opened.right
}

/**
 * The store's first layout (schema version 1), whose id column had its own
 * UNIQUE index on the 36-character text: raw appends to it show in the same
 * run what the current layout (a 16-byte key for the id index) changed.
 */
const LAYOUT_1 = `CREATE TABLE events (position INTEGER PRIMARY KEY, stream TEXT NOT NULL, revision INTEGER NOT NULL,
  id TEXT NOT NULL UNIQUE, type TEXT NOT NULL, data TEXT NOT NULL, metadata TEXT NOT NULL, recorded_at TEXT NOT NULL,
  UNIQUE (stream, revision)) STRICT`

/**
 * The baseline: a plain connection set up as the store sets up its own (WAL,
 * the same synchronous level, the same table, made by opening the file with
 * the store first), running the statements an append cannot do without: in
 * one IMMEDIATE transaction, the stream's last revision, then one INSERT per
 * event with data and metadata turned into JSON text. What the adapter adds
 * is validation, the idempotence lookup of the first id, and the port's
 * Either and promise.
 */
const rawAppender = (file: string, synchronous: Synchronous, layout: 'current' | 'layout 1' = 'current') => {
  if (layout === 'current') openStore(file, synchronous).close()
  const db = new Database(file)
  if (layout === 'layout 1') db.exec(LAYOUT_1)
  db.pragma('journal_mode = WAL')
  db.pragma(`synchronous = ${synchronous}`)
  db.pragma('wal_autocheckpoint = 10000') // as the store sets it
  const last = db.prepare<[string], number | null>('SELECT max(revision) FROM events WHERE stream = ?').pluck()
  const insert = db.prepare(
    'INSERT INTO events (stream, revision, id, type, data, metadata, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  )
  const append = db.transaction((stream: string, events: ReadonlyArray<EventToAppend>) => {
    const first = (last.get(stream) ?? -1) + 1
    const recordedAt = new Date().toISOString()
    events.forEach((event, i) =>
      insert.run(stream, first + i, event.id, event.type, JSON.stringify(event.data), JSON.stringify(event.metadata), recordedAt),
    )
  })
  return { append: (stream: string, events: ReadonlyArray<EventToAppend>) => append.immediate(stream, events), close: () => db.close() }
}

/** `appends` batches of `size` fresh events, to streams taken in turn. */
const batchesOf = (appends: number, size: number) =>
  Array.from({ length: appends }, (_, i) => ({
    stream: `customer-${i % STREAMS}`,
    events: Array.from({ length: size }, (_, j) => purchase(i * size + j)),
  }))

/** Milliseconds the adapter and the raw connection take to append the same batches, each to a fresh file. */
const timeAppends = async (appends: number, size: number, synchronous: Synchronous) => {
  const batches = batchesOf(appends, size)
  const store = openStore(freshFile(), synchronous)
  let start = performance.now()
  for (const { stream, events } of batches) {
    const result = await store.appendToStream(stream, events, { kind: 'any' })
    if (E.isLeft(result)) throw new Error(`append failed: ${result.left._tag}`)
  }
  const adapterMs = performance.now() - start
  await store.close()

  const raw = rawAppender(freshFile(), synchronous)
  start = performance.now()
  for (const { stream, events } of batches) raw.append(stream, events)
  const rawMs = performance.now() - start
  raw.close()

  const layout1 = rawAppender(freshFile(), synchronous, 'layout 1')
  start = performance.now()
  for (const { stream, events } of batches) layout1.append(stream, events)
  const layout1Ms = performance.now() - start
  layout1.close()
  return { adapterMs, rawMs, layout1Ms }
}

/**
 * The disk's own ceiling for durable appends: per second, how many times
 * three pages (what a one-event commit adds to the WAL: table, id index,
 * stream index) can be written and flushed with fdatasync, in the same
 * directory as the stores. No store can make a durable commit faster.
 */
const flushesPerSecond = (count: number): number => {
  const file = freshFile()
  const frames = Buffer.alloc(3 * (4096 + 24), 1)
  const fd = openSync(file, 'w')
  try {
    const start = performance.now()
    // Over the same stretch of file, as the WAL is rewritten from its start after each checkpoint.
    for (let i = 0; i < count; i += 1) {
      writeSync(fd, frames, 0, frames.length, (i % 100) * frames.length)
      fdatasyncSync(fd)
    }
    return perSecond(count, performance.now() - start)
  } finally {
    closeSync(fd)
  }
}

const reportAppends = async (label: string, appends: number, size: number, synchronous: Synchronous, aim: string) => {
  await timeAppends(Math.min(appends, 100), size, synchronous) // warm-up
  const adapter: number[] = []
  const raw: number[] = []
  const layout1: number[] = []
  const flushes: number[] = []
  const durableSingles = synchronous === 'full' && size === 1
  for (let run = 0; run < RUNS; run += 1) {
    const timing = await timeAppends(appends, size, synchronous)
    adapter.push(timing.adapterMs)
    raw.push(timing.rawMs)
    layout1.push(timing.layout1Ms)
    if (durableSingles) flushes.push(flushesPerSecond(appends))
  }
  const events = appends * size
  const adapterRate = perSecond(events, median(adapter))
  const rawRate = perSecond(events, median(raw))
  const layout1Rate = perSecond(events, median(layout1))
  heading(`  ${label}: ${fmt(appends)} appends to a fresh file, median of ${RUNS}`)
  if (durableSingles) row('the disk alone: 12 KB write + fdatasync (/s)', fmt(median(flushes)))
  row('raw, layout 1: text id index (events/s)', fmt(layout1Rate))
  row('raw better-sqlite3 (events/s)', fmt(rawRate))
  row('through the adapter (events/s)', fmt(adapterRate), aim)
  row('adapter / raw', `${((100 * adapterRate) / rawRate).toFixed(0)}%`)
}

const reportReadAll = async () => {
  const file = freshFile()
  const store = openStore(file, 'normal')
  for (const { stream, events } of batchesOf(READ_EVENTS / BATCH, BATCH)) await store.appendToStream(stream, events, { kind: 'any' })
  const db = new Database(file, { readonly: true })
  // The same SELECT the adapter runs, in the same pages of 1,000 rows, rows as
  // arrays with 64-bit integers as the adapter reads them, turned into events
  // with JSON.parse and no checks: the least any reader of events must do.
  const select = db
    .prepare('SELECT position, stream, revision, id, type, data, metadata, recorded_at FROM events WHERE position > ? ORDER BY position LIMIT ?')
    .raw()
    .safeIntegers()
  const rawRead = () => {
    const events: unknown[] = []
    let after = 0n
    for (;;) {
      const rows = select.all(after, 1000) as Array<[bigint, string, bigint, string, string, string, string, string]>
      for (const [position, stream, revision, id, type, data, metadata, recordedAt] of rows)
        events.push({ id, type, data: JSON.parse(data) as unknown, metadata: JSON.parse(metadata) as unknown, stream, revision: Number(revision), position, recordedAt })
      if (rows.length < 1000) break
      after = rows[rows.length - 1]?.[0] ?? after
    }
    return events.length
  }
  const adapterRead = async () => {
    const all = await store.readAll()
    return E.isRight(all) ? all.right.length : -1
  }
  const adapter: number[] = []
  const raw: number[] = []
  await adapterRead()
  rawRead()
  for (let run = 0; run < RUNS; run += 1) {
    let start = performance.now()
    if (rawRead() !== READ_EVENTS) throw new Error('raw read lost events')
    raw.push(performance.now() - start)
    start = performance.now()
    if ((await adapterRead()) !== READ_EVENTS) throw new Error('adapter read lost events')
    adapter.push(performance.now() - start)
  }
  db.close()
  await store.close()
  const adapterRate = perSecond(READ_EVENTS, median(adapter))
  const rawRate = perSecond(READ_EVENTS, median(raw))
  heading(`  readAll of ${fmt(READ_EVENTS)} events, median of ${RUNS}`)
  row('raw better-sqlite3, rows unchecked (events/s)', fmt(rawRate))
  row('through the adapter (events/s)', fmt(adapterRate), 'aim: at least 300,000')
  row('adapter / raw', `${((100 * adapterRate) / rawRate).toFixed(0)}%`)
}

export const runSqliteBench = async (): Promise<void> => {
  try {
    heading(`SQLite adapter: files in ${tmpdir()}, WAL, each figure next to raw better-sqlite3 in the same run`)
    await reportAppends(`Batches of ${BATCH} events, synchronous=FULL`, BATCHED_EVENTS / BATCH, BATCH, 'full', 'aim: at least 100,000')
    await reportAppends(`Batches of ${BATCH} events, synchronous=NORMAL`, BATCHED_EVENTS / BATCH, BATCH, 'normal', 'aim: at least 100,000')
    await reportAppends('One event per append, synchronous=FULL (durable)', SINGLE_APPENDS.full, 1, 'full', 'aim: at least 3,000')
    await reportAppends('One event per append, synchronous=NORMAL', SINGLE_APPENDS.normal, 1, 'normal', '')
    await reportReadAll()
  } finally {
    rmSync(directory, { recursive: true, force: true })
  }
}
