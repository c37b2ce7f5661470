// The one place the examples choose their event store: SQLite, one file. Everything
// else talks to the `EventStore` port, so another store is a change to this file only.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as E from 'fp-ts/lib/Either.js'
import type { EventStore } from '@clientele/core'
import { openSqliteEventStore, renderSqliteOpenError, type SqliteEventStoreOptions } from '@clientele/adapter-sqlite'

/** An open store, where it lives, and how to close it. */
export interface ExampleStore {
  readonly store: EventStore
  /** Where the events are, for printing. */
  readonly location: string
  readonly close: () => Promise<void>
}

/**
 * Opens the SQLite store at `filePath` (created if missing, kept afterwards).
 * Without a path, a fresh file in a temporary folder that `close` removes:
 * an example then starts from an empty shop every time.
 */
export const openExampleStore = (filePath?: string, options: SqliteEventStoreOptions = {}): ExampleStore => {
  const scratch = filePath === undefined ? mkdtempSync(join(tmpdir(), 'clientele-example-')) : undefined
  const file = filePath ?? join(scratch ?? '.', 'clientele.db')
  // NOTE: 'normal' survives a crash of the process but may lose the last appends
  // on a power cut, and is several times faster for one event per append. Fine
  // for examples; a shop's till keeps the default, 'full'.
  const opened = openSqliteEventStore(file, { synchronous: 'normal', ...options })
  if (E.isLeft(opened)) {
    if (scratch !== undefined) rmSync(scratch, { recursive: true, force: true })
    throw new Error(`cannot open the store: ${renderSqliteOpenError(opened.left)}`)
  }
  const store = opened.right
  return {
    store,
    location: scratch === undefined ? `SQLite file ${file}` : 'a fresh SQLite file, removed at the end',
    close: async () => {
      await store.close()
      if (scratch !== undefined) rmSync(scratch, { recursive: true, force: true })
    },
  }
}
