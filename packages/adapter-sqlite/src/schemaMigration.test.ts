import { randomUUID } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import * as E from 'fp-ts/lib/Either.js'
import { afterAll, describe, expect, it } from 'vitest'
import type { EventStore, EventToAppend, RecordedEvent } from '@clientele/core'
import { openSqliteEventStore } from './sqliteEventStore.js'

// Files written by the first layout (schema version 1: the id column carried
// its own UNIQUE text index) are migrated in place when a newer store opens
// them: every event stays where it was, every guarantee holds on the
// migrated file, and a migration that cannot finish leaves the file as it was.

const directory = mkdtempSync(join(tmpdir(), 'clientele-sqlite-migration-'))
afterAll(() => rmSync(directory, { recursive: true, force: true }))

let files = 0
const freshFile = () => join(directory, `v1-${(files += 1)}.db`)

/** Layout 1 exactly as version 1 of the store created it. */
const LAYOUT_1 = `
CREATE TABLE events (
  position    INTEGER PRIMARY KEY,
  stream      TEXT    NOT NULL,
  revision    INTEGER NOT NULL,
  id          TEXT    NOT NULL UNIQUE,
  type        TEXT    NOT NULL,
  data        TEXT    NOT NULL,
  metadata    TEXT    NOT NULL,
  recorded_at TEXT    NOT NULL,
  UNIQUE (stream, revision)
) STRICT;
`

interface V1Row {
  readonly stream: string
  readonly revision: number
  readonly id: string
  readonly data: unknown
}

const lowerId = randomUUID()
// The port accepts uuids of any case and tells them apart, as the memory store does.
const upperId = lowerId.toUpperCase()

const v1Rows: ReadonlyArray<V1Row> = [
  { stream: 'customer-1', revision: 0, id: randomUUID(), data: { amount: 12 } },
  { stream: 'customer-2', revision: 0, id: lowerId, data: { amount: 30 } },
  { stream: 'customer-1', revision: 1, id: randomUUID(), data: { amount: 7 } },
  { stream: 'customer-2', revision: 1, id: upperId, data: [] },
]

/** A layout-1 file holding `rows`, as version 1 of the store left it (WAL). */
const writeV1File = (file: string, rows: ReadonlyArray<V1Row> = v1Rows): void => {
  const db = new Database(file)
  db.pragma('journal_mode = WAL')
  db.exec(LAYOUT_1)
  db.pragma('application_id = 0x436c6e74')
  db.pragma('user_version = 1')
  const insert = db.prepare('INSERT INTO events (stream, revision, id, type, data, metadata, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
  for (const row of rows) {
    insert.run(row.stream, row.revision, row.id, 'PurchaseLogged', JSON.stringify(row.data), '{"schemaVersion":1}', '2026-11-01T08:00:00.000Z')
  }
  db.close()
}

const withRaw = <A>(file: string, body: (db: Database.Database) => A): A => {
  const db = new Database(file, { readonly: true })
  try {
    return body(db)
  } finally {
    db.close()
  }
}

const open = (file: string): EventStore => {
  const opened = openSqliteEventStore(file)
  if (E.isLeft(opened)) throw new Error(`could not open: ${opened.left._tag}`)
  return opened.right
}

const readAll = async (store: EventStore): Promise<ReadonlyArray<RecordedEvent>> => {
  const all = await store.readAll()
  if (E.isLeft(all)) throw new Error(all.left._tag)
  return all.right
}

const event = (id: string = randomUUID()): EventToAppend => ({ id, type: 'PurchaseLogged', data: { amount: 1 }, metadata: { schemaVersion: 1 } })

describe('sqlite event store, files of schema version 1', () => {
  it('migrates the file in place to version 2, keeping every event where it was', async () => {
    const file = freshFile()
    writeV1File(file)
    const store = open(file)
    const events = await readAll(store)
    await store.close()
    expect(events.map((e) => [e.position, e.stream, e.revision, e.id, e.data, e.recordedAt])).toEqual(
      v1Rows.map((row, i) => [BigInt(i + 1), row.stream, row.revision, row.id, row.data, '2026-11-01T08:00:00.000Z']),
    )
    withRaw(file, (db) => {
      expect([db.pragma('user_version', { simple: true }), db.pragma('application_id', { simple: true })]).toEqual([2, 0x436c6e74])
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
      // The id's text index of layout 1 is gone: the same indexes as a file created at version 2.
      const indexes = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'events' ORDER BY name").pluck().all()
      expect(indexes).toEqual(['events_id', 'sqlite_autoindex_events_1'])
      expect(db.prepare('SELECT count(*) FROM pragma_index_info(?)').pluck().get('sqlite_autoindex_events_1')).toBe(2)
      expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'events_v2'").pluck().get()).toBe(0)
    })
  })

  it('keeps every guarantee on the migrated events: positions go on, ids stay unique, retries stay idempotent', async () => {
    const file = freshFile()
    writeV1File(file)
    const store = open(file)
    const [first, , , upper] = v1Rows as [V1Row, V1Row, V1Row, V1Row]
    const appended = await store.appendToStream('customer-1', [event()], { kind: 'exact', revision: 1 })
    // A retry of the first append of layout 1, with the expected revision it had.
    const retried = await store.appendToStream('customer-1', [event(first.id)], { kind: 'noStream' })
    const duplicate = await store.appendToStream('customer-3', [event(), event(upper.id)], { kind: 'any' })
    const revisions = await store.readStream('customer-1')
    await store.close()
    expect(appended).toEqual(E.right({ nextExpectedRevision: 2, position: 5n }))
    expect(retried).toEqual(E.right({ nextExpectedRevision: 0, position: 1n }))
    expect(duplicate).toEqual(E.left({ _tag: 'DuplicateEventId', stream: 'customer-3', eventId: upper.id }))
    expect(E.isRight(revisions) && revisions.right.map((e) => e.revision)).toEqual([0, 1, 2])
  })

  it('still tells an upper-case id from its lower-case spelling after migrating, as the memory store does', async () => {
    const file = freshFile()
    const id = randomUUID()
    writeV1File(file, [{ stream: 's', revision: 0, id, data: 1 }])
    const store = open(file)
    const upper = await store.appendToStream('s', [event(id.toUpperCase())], { kind: 'exact', revision: 0 })
    const lowerAgain = await store.appendToStream('t', [event(id)], { kind: 'any' })
    const upperAgain = await store.appendToStream('t', [event(id.toUpperCase())], { kind: 'any' })
    await store.close()
    expect(upper).toEqual(E.right({ nextExpectedRevision: 1, position: 2n }))
    expect(lowerAgain).toEqual(E.left({ _tag: 'DuplicateEventId', stream: 't', eventId: id }))
    expect(upperAgain).toEqual(E.left({ _tag: 'DuplicateEventId', stream: 't', eventId: id.toUpperCase() }))
  })

  it('leaves the file at version 1, every row in place, when the migration cannot finish', async () => {
    const file = freshFile()
    writeV1File(file)
    // A table in the way of the copy makes the migration fail halfway through its statements.
    const db = new Database(file)
    db.exec('CREATE TABLE events_v2 (x)')
    db.close()
    const opened = openSqliteEventStore(file)
    if (E.isRight(opened)) await opened.right.close()
    expect(E.isLeft(opened) && opened.left._tag).toBe('FileCannotBeOpened')
    withRaw(file, (raw) => {
      expect(raw.pragma('user_version', { simple: true })).toBe(1)
      expect(raw.prepare('SELECT id FROM events ORDER BY position').pluck().all()).toEqual(v1Rows.map((row) => row.id))
      expect(raw.prepare("SELECT sql FROM sqlite_schema WHERE name = 'events'").pluck().get()).toContain('id          TEXT    NOT NULL UNIQUE')
    })
  })

  it('answers DatabaseBusy and leaves the file at version 1 while another connection holds the write lock, then migrates', async () => {
    const file = freshFile()
    writeV1File(file)
    const holder = new Database(file)
    holder.exec('BEGIN IMMEDIATE')
    const opened = openSqliteEventStore(file, { busyTimeoutMs: 50 })
    holder.exec('ROLLBACK')
    holder.close()
    expect(opened).toEqual(E.left({ _tag: 'DatabaseBusy' }))
    expect(withRaw(file, (db) => db.pragma('user_version', { simple: true }))).toBe(1)
    const store = open(file)
    expect((await readAll(store)).length).toBe(v1Rows.length)
    await store.close()
    expect(withRaw(file, (db) => db.pragma('user_version', { simple: true }))).toBe(2)
  })
})
