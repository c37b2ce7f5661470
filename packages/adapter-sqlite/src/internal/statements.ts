import type Database from 'better-sqlite3'
import { EVENT_COLUMNS } from './eventRow.js'
import { idKey } from './schema.js'

/**
 * Every statement the store runs, prepared once per connection. Reads return
 * raw rows (arrays, cheaper than objects) with integers as bigints, so
 * positions keep all 64 bits.
 */
export interface Statements {
  readonly insertEvent: Database.Statement<[string, number, string, string, string, string, string]>
  /** The stream's last revision, or null when it has none. */
  readonly lastRevision: Database.Statement<[string], number | null>
  /** Where an id is stored: [stream, revision, position]. Bound as `{ id }`. */
  readonly locateId: Database.Statement<[{ readonly id: string }], [string, bigint, bigint]>
  /** The ids of a stream from a revision on, in revision order, at most a count of them. */
  readonly idsFrom: Database.Statement<[string, number, number], string>
  readonly readForwards: Database.Statement<[string, number, number], unknown[]>
  readonly readBackwards: Database.Statement<[string, number, number], unknown[]>
  readonly readAfter: Database.Statement<[bigint, number], unknown[]>
}

export const prepareStatements = (db: Database.Database): Statements => ({
  insertEvent: db.prepare(
    'INSERT INTO events (stream, revision, id, type, data, metadata, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ),
  lastRevision: db.prepare<[string], number | null>('SELECT max(revision) FROM events WHERE stream = ?').pluck(),
  // The id's key, worked out by SQLite from the same expression as the index's,
  // so the lookup uses the index and there is one definition of the key.
  locateId: db
    .prepare<[{ readonly id: string }], [string, bigint, bigint]>(
      `SELECT stream, revision, position FROM events WHERE ${idKey('id')} = ${idKey('@id')}`,
    )
    .raw()
    .safeIntegers(),
  idsFrom: db
    .prepare<[string, number, number], string>('SELECT id FROM events WHERE stream = ? AND revision >= ? ORDER BY revision LIMIT ?')
    .pluck(),
  readForwards: db
    .prepare<[string, number, number], unknown[]>(
      `SELECT ${EVENT_COLUMNS} FROM events WHERE stream = ? AND revision >= ? ORDER BY revision LIMIT ?`,
    )
    .raw()
    .safeIntegers(),
  readBackwards: db
    .prepare<[string, number, number], unknown[]>(
      `SELECT ${EVENT_COLUMNS} FROM events WHERE stream = ? AND revision <= ? ORDER BY revision DESC LIMIT ?`,
    )
    .raw()
    .safeIntegers(),
  readAfter: db
    .prepare<[bigint, number], unknown[]>(`SELECT ${EVENT_COLUMNS} FROM events WHERE position > ? ORDER BY position LIMIT ?`)
    .raw()
    .safeIntegers(),
})
