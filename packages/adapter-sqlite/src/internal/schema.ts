// The file's layout. A Clientele database is marked twice in SQLite's header:
// `application_id` says whose file it is, `user_version` which layout it has.
// Both live in the header, so they can be read without trusting any table.

/** "Clnt" in ASCII: the `application_id` of every Clientele database. */
export const CLIENTELE_APPLICATION_ID = 0x436c6e74

/** The layout this version writes and reads. */
export const SCHEMA_VERSION = 2

/** The oldest layout this version migrates in place when it opens the file. */
export const OLDEST_MIGRATED_VERSION = 1

const HEX = '[0-9a-f]'
/** A canonical lower-case uuid, as a GLOB pattern (GLOB is case-sensitive). */
const LOWER_CASE_UUID = `${HEX.repeat(8)}-${HEX.repeat(4)}-${HEX.repeat(4)}-${HEX.repeat(4)}-${HEX.repeat(12)}`

/**
 * The key the unique id index holds for an id (an SQL expression over
 * `value`): the 16 bytes of a lower-case uuid, anything else as it is.
 *
 * NOTE: ids are random, so each appended event dirties its own page of this
 * index and every commit writes those pages to the WAL. A 16-byte key instead
 * of 36 characters of text halves the index, which halves the pages a commit
 * dirties until the index outgrows a batch, and keeps twice as much of it in
 * the page cache after that. The table keeps the id as text, so reads do not
 * have to format it. Ids that are not lower-case (the port accepts uuids of
 * any case and, like the memory store, tells `A…` from `a…`) keep their text
 * as key: a text never equals a blob, so upper- and lower-case spellings stay
 * distinct ids, exactly as before.
 */
export const idKey = (value: string): string =>
  `(CASE WHEN ${value} GLOB '${LOWER_CASE_UUID}' THEN unhex(replace(${value}, '-', '')) ELSE ${value} END)`

/**
 * NOTE: `position` is an INTEGER PRIMARY KEY without AUTOINCREMENT, so SQLite
 * gives each row the largest committed position + 1. A rolled-back append
 * takes nothing, and rows are never deleted, so positions are 1, 2, 3, …
 * without gaps or reuse. (AUTOINCREMENT would remember numbers handed to
 * rolled-back inserts and leave gaps.) Callers should still only compare
 * positions: the port does not promise density.
 */
const eventsTable = (name: string): string => `
CREATE TABLE ${name} (
  position    INTEGER PRIMARY KEY,
  stream      TEXT    NOT NULL,
  revision    INTEGER NOT NULL,
  id          TEXT    NOT NULL,
  type        TEXT    NOT NULL,
  data        TEXT    NOT NULL,
  metadata    TEXT    NOT NULL,
  recorded_at TEXT    NOT NULL,
  UNIQUE (stream, revision)
) STRICT;
`

const idIndex = `CREATE UNIQUE INDEX events_id ON events ${idKey('id')};`

/** Layout 2, for a fresh file. */
export const createSchema = `${eventsTable('events')}${idIndex}`

/**
 * Layout 1 to layout 2, to run inside the transaction that also sets the new
 * `user_version`. Layout 1 had `id TEXT NOT NULL UNIQUE`, whose index cannot
 * be dropped on its own, so the table is copied. The copy keeps every row and
 * position as it was; the id index is built after the copy, in one sorted
 * pass, and refuses the migration (rolling it all back) if the old file held
 * two rows it would not have accepted.
 */
export const migrateFromV1 = `${eventsTable('events_v2')}
INSERT INTO events_v2 (position, stream, revision, id, type, data, metadata, recorded_at)
  SELECT position, stream, revision, id, type, data, metadata, recorded_at FROM events ORDER BY position;
DROP TABLE events;
ALTER TABLE events_v2 RENAME TO events;
${idIndex}`

/** What the header and catalogue say about a file, read before anything is changed. */
export interface FileIdentity {
  readonly applicationId: number
  readonly userVersion: number
  /** How many tables, indexes, views and triggers it holds. */
  readonly schemaObjects: number
}

/** What to do with a file, given its identity. */
export type SchemaVerdict =
  | { readonly _tag: 'Fresh' }
  | { readonly _tag: 'Current' }
  | { readonly _tag: 'Older'; readonly found: number }
  | { readonly _tag: 'Foreign' }
  | { readonly _tag: 'Newer'; readonly found: number }

/**
 * Fresh: an empty SQLite file (or a new one), to be set up. Foreign: someone
 * else's database, never to be written to. A Clientele file is current,
 * older (to be migrated in place), or newer than this code understands.
 */
export const judgeIdentity = (identity: FileIdentity): SchemaVerdict => {
  if (identity.applicationId === CLIENTELE_APPLICATION_ID) {
    if (identity.userVersion > SCHEMA_VERSION) return { _tag: 'Newer', found: identity.userVersion }
    if (identity.userVersion === SCHEMA_VERSION) return { _tag: 'Current' }
    if (identity.userVersion >= OLDEST_MIGRATED_VERSION) return { _tag: 'Older', found: identity.userVersion }
    return { _tag: 'Foreign' }
  }
  if (identity.applicationId === 0 && identity.userVersion === 0 && identity.schemaObjects === 0) return { _tag: 'Fresh' }
  return { _tag: 'Foreign' }
}
