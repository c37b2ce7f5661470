import { randomUUID } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import * as E from 'fp-ts/lib/Either.js'
import { afterAll, describe, expect, it } from 'vitest'
import type { EventStore, EventToAppend } from '@clientele/core'
import { openSqliteEventStore, type SqliteEventStoreOptions } from './sqliteEventStore.js'

// What the SQLite store promises beyond the port's contract: what the file
// holds, and how it answers a damaged row, a lock held by another writer, or
// a failing clock.

const directory = mkdtempSync(join(tmpdir(), 'clientele-sqlite-behaviour-'))
afterAll(() => rmSync(directory, { recursive: true, force: true }))

let files = 0
const freshFile = () => join(directory, `store-${(files += 1)}.db`)

const open = (file: string, options: SqliteEventStoreOptions = {}): EventStore => {
  const opened = openSqliteEventStore(file, options)
  if (E.isLeft(opened)) throw new Error(`could not open: ${opened.left._tag}`)
  return opened.right
}

const event = (data: unknown): EventToAppend => ({ id: randomUUID(), type: 'TestEvent', data, metadata: { schemaVersion: 1 } })

/** Runs `body` on a raw connection to `file`, then closes it. */
const withRaw = <A>(file: string, body: (db: Database.Database) => A): A => {
  const db = new Database(file)
  try {
    return body(db)
  } finally {
    db.close()
  }
}

describe('sqlite event store, beyond the contract', () => {
  it('keeps data and metadata as JSON text and numbers positions 1, 2, 3, … across streams', async () => {
    const file = freshFile()
    const store = open(file)
    await store.appendToStream('a', [event({ name: 'Ada', tags: ['x'] })], { kind: 'noStream' })
    await store.appendToStream('b', [event(2), event(3)], { kind: 'noStream' })
    await store.close()
    const rows = withRaw(file, (db) => db.prepare('SELECT position, stream, revision, data, metadata FROM events ORDER BY position').all())
    expect(rows).toEqual([
      { position: 1, stream: 'a', revision: 0, data: '{"name":"Ada","tags":["x"]}', metadata: '{"schemaVersion":1}' },
      { position: 2, stream: 'b', revision: 0, data: '2', metadata: '{"schemaVersion":1}' },
      { position: 3, stream: 'b', revision: 1, data: '3', metadata: '{"schemaVersion":1}' },
    ])
  })

  it('leaves no gap in positions after refused and failed appends', async () => {
    const file = freshFile()
    let failClock = false
    const store = open(file, { clock: () => (failClock ? new Date(Number.NaN) : new Date()) })
    await store.appendToStream('a', [event(1)], { kind: 'noStream' })
    expect(E.isLeft(await store.appendToStream('a', [event(2)], { kind: 'noStream' }))).toBe(true)
    failClock = true
    expect(await store.appendToStream('a', [event(3)], { kind: 'any' })).toMatchObject(E.left({ _tag: 'StoreFailure' }))
    failClock = false
    const taken = event(4)
    await store.appendToStream('b', [taken], { kind: 'any' })
    expect(E.isLeft(await store.appendToStream('c', [event(5), taken], { kind: 'any' }))).toBe(true)
    await store.appendToStream('a', [event(6)], { kind: 'any' })
    const all = await store.readAll()
    await store.close()
    expect(E.isRight(all) && all.right.map((e) => e.position)).toEqual([1n, 2n, 3n])
  })

  it('stamps recordedAt from the injected clock', async () => {
    const store = open(':memory:', { clock: () => new Date('2026-02-28T23:59:59.123Z') })
    await store.appendToStream('a', [event(1)], { kind: 'noStream' })
    const read = await store.readStream('a')
    await store.close()
    expect(E.isRight(read) && read.right[0]?.recordedAt).toBe('2026-02-28T23:59:59.123Z')
  })

  it.each([
    ['data that is not JSON', "data = '{\"name\": \"Wang'", 'data'],
    ['metadata without a schema version', "metadata = '{}'", 'metadata'],
    ['a negative revision', 'revision = -1', 'revision'],
  ])('answers a stored row with %s with StoreFailure naming the position and column, not the value', async (_, damage, column) => {
    const file = freshFile()
    const store = open(file)
    await store.appendToStream('a', [event(1), event({ name: 'Wang' })], { kind: 'noStream' })
    withRaw(file, (db) => db.exec(`UPDATE events SET ${damage} WHERE position = 2`))
    const storeFailure = { _tag: 'StoreFailure', reason: `the stored event at position 2 is invalid (${column})` }
    const failure = E.left(storeFailure)
    expect(await store.readAll()).toEqual(failure)
    expect(await store.readAll({ maxCount: 1 })).toMatchObject({ _tag: 'Right' })
    const subscription = store.subscribeToAll({ onEvent: () => undefined })
    expect(await subscription.ended).toEqual({ _tag: 'Failed', error: storeFailure })
    if (column !== 'revision') expect(await store.readStream('a')).toEqual(failure)
    await store.close()
  })

  it('answers an append with StoreTimeout while another connection holds the write lock too long, and stores nothing', async () => {
    const file = freshFile()
    const store = open(file, { busyTimeoutMs: 30 })
    await store.appendToStream('a', [event(1)], { kind: 'noStream' })
    const holder = new Database(file)
    holder.exec('BEGIN IMMEDIATE')
    const result = await store.appendToStream('a', [event(2)], { kind: 'any' })
    // WAL: readers go on while another connection writes.
    const read = await store.readStream('a')
    holder.exec('ROLLBACK')
    holder.close()
    expect(result).toEqual(E.left({ _tag: 'StoreTimeout', operation: 'append' }))
    expect(E.isRight(read) && read.right).toHaveLength(1)
    expect(await store.appendToStream('a', [event(3)], { kind: 'exact', revision: 0 })).toMatchObject({ _tag: 'Right' })
    await store.close()
  })

  it('ends a subscription started on a closed store at once with StoreClosed', async () => {
    const store = open(':memory:')
    await store.close()
    const subscription = store.subscribeToAll({ onEvent: () => undefined })
    await expect(subscription.ended).resolves.toEqual({ _tag: 'Failed', error: { _tag: 'StoreClosed' } })
  })
})
