// The file's layout. A Clientele database is marked twice in SQLite's header:
// `application_id` says whose file it is, `user_version` which layout it has.
// Both live in the header, so they can be read without trusting any table.

/** "Clnt" in ASCII: the `application_id` of every Clientele database. */
export const CLIENTELE_APPLICATION_ID = 0x436c6e74

/** The layout this version writes and reads. */
export const SCHEMA_VERSION = 1

/**
 * NOTE: `position` is an INTEGER PRIMARY KEY without AUTOINCREMENT, so SQLite
 * gives each row the largest committed position + 1. A rolled-back append
 * takes nothing, and rows are never deleted, so positions are 1, 2, 3, …
 * without gaps or reuse. (AUTOINCREMENT would remember numbers handed to
 * rolled-back inserts and leave gaps.) Callers should still only compare
 * positions: the port does not promise density.
 */
export const createSchemaV1 = `
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
  | { readonly _tag: 'Foreign' }
  | { readonly _tag: 'Newer'; readonly found: number }

/**
 * Fresh: an empty SQLite file (or a new one), to be set up. Foreign: someone
 * else's database, never to be written to. A Clientele file is current, or
 * newer than this code understands.
 */
export const judgeIdentity = (identity: FileIdentity): SchemaVerdict => {
  if (identity.applicationId === CLIENTELE_APPLICATION_ID) {
    if (identity.userVersion > SCHEMA_VERSION) return { _tag: 'Newer', found: identity.userVersion }
    // Version 1 is the only layout so far; a lower version would be migrated here.
    return identity.userVersion === SCHEMA_VERSION ? { _tag: 'Current' } : { _tag: 'Foreign' }
  }
  if (identity.applicationId === 0 && identity.userVersion === 0 && identity.schemaObjects === 0) return { _tag: 'Fresh' }
  return { _tag: 'Foreign' }
}
