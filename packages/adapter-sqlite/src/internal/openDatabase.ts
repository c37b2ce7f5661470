import { accessSync, constants, statSync } from 'node:fs'
import { dirname } from 'node:path'
import Database from 'better-sqlite3'
import * as E from 'fp-ts/lib/Either.js'
import type { SqliteOpenError } from '../openError.js'
import { CLIENTELE_APPLICATION_ID, SCHEMA_VERSION, createSchema, judgeIdentity, migrateFromV1, type FileIdentity } from './schema.js'
import { isInFamily, sqliteErrorCode } from './sqliteErrorCode.js'

/** How the connection is set up; see `SqliteEventStoreOptions`. */
export interface ConnectionSettings {
  readonly synchronous: 'full' | 'normal'
  readonly busyTimeoutMs: number
}

const IN_MEMORY = ':memory:'

/** Pages of WAL after which a commit copies them back into the database file. */
export const WAL_CHECKPOINT_PAGES = 10_000

/**
 * Opens `filePath` as a Clientele database: checks the path, reads the
 * file's identity before changing anything (another application's file is
 * left exactly as it was), then turns on WAL and creates the schema, or
 * migrates an older layout in place, in an IMMEDIATE transaction, so two
 * processes opening the file at once cannot both do it.
 */
export const openDatabase = (
  filePath: unknown,
  settings: ConnectionSettings,
): E.Either<SqliteOpenError, Database.Database> => {
  if (typeof filePath !== 'string' || filePath.length === 0) return E.left({ _tag: 'PathNotGiven' })
  if (filePath !== IN_MEMORY) {
    const problem = pathProblem(filePath)
    if (problem !== undefined) return E.left(problem)
  }
  let db: Database.Database
  try {
    db = new Database(filePath, { timeout: settings.busyTimeoutMs })
  } catch (error) {
    return E.left(openErrorOf(error))
  }
  try {
    const verdict = judgeIdentity(readIdentity(db))
    if (verdict._tag === 'Foreign') return closeWith(db, { _tag: 'DatabaseNotClientele' })
    if (verdict._tag === 'Newer') {
      return closeWith(db, { _tag: 'SchemaVersionNewer', found: verdict.found, supported: SCHEMA_VERSION })
    }
    // WAL: readers never block the writer, and a commit is one append to the
    // log instead of a rewrite of pages. The mode is stored in the file.
    if (filePath !== IN_MEMORY) db.pragma('journal_mode = WAL')
    db.pragma(`synchronous = ${settings.synchronous === 'full' ? 'FULL' : 'NORMAL'}`)
    // Each append dirties a page of the id index per event (ids are random),
    // so the WAL fills fast; checkpointing every 1,000 pages (the default)
    // halved batch-append throughput in the bench. Up to ~40 MB of WAL instead.
    db.pragma(`wal_autocheckpoint = ${WAL_CHECKPOINT_PAGES}`)
    if (verdict._tag === 'Fresh' || verdict._tag === 'Older') {
      const prepared = createOrMigrateSchema(db)
      if (E.isLeft(prepared)) return closeWith(db, prepared.left)
    }
    return E.right(db)
  } catch (error) {
    return closeWith(db, openErrorOf(error))
  }
}

const readIdentity = (db: Database.Database): FileIdentity => ({
  applicationId: Number(db.pragma('application_id', { simple: true })),
  userVersion: Number(db.pragma('user_version', { simple: true })),
  schemaObjects: Number(db.prepare('SELECT count(*) FROM sqlite_schema').pluck().get()),
})

/**
 * Creates the schema in a fresh file, or migrates an older layout, unless
 * another process did so since the identity was read (the identity is read
 * again under the write lock). One transaction: a crash or a failure halfway
 * leaves the file as it was, to be migrated at the next open.
 */
const createOrMigrateSchema = (db: Database.Database): E.Either<SqliteOpenError, void> =>
  db.transaction((): E.Either<SqliteOpenError, void> => {
    const verdict = judgeIdentity(readIdentity(db))
    switch (verdict._tag) {
      case 'Current':
        return E.right(undefined)
      case 'Fresh':
        db.exec(createSchema)
        db.pragma(`application_id = ${CLIENTELE_APPLICATION_ID}`)
        break
      case 'Older':
        // Layout 1 is the only older one (judgeIdentity calls anything below it foreign).
        db.exec(migrateFromV1)
        break
      case 'Newer':
        return E.left({ _tag: 'SchemaVersionNewer', found: verdict.found, supported: SCHEMA_VERSION })
      case 'Foreign':
        return E.left({ _tag: 'DatabaseNotClientele' })
    }
    db.pragma(`user_version = ${SCHEMA_VERSION}`)
    return E.right(undefined)
  }).immediate()

const closeWith = (db: Database.Database, error: SqliteOpenError): E.Either<SqliteOpenError, never> => {
  db.close()
  return E.left(error)
}

/** Problems the file system can tell about before SQLite is asked. */
const pathProblem = (filePath: string): SqliteOpenError | undefined => {
  const stats = statOrUndefined(filePath)
  if (stats?.isDirectory() === true) return { _tag: 'PathIsDirectory' }
  // A new file needs a writable directory; an existing one must be writable
  // itself (SQLite would quietly open it read-only and fail on the first append).
  const mustWrite = stats === undefined ? dirname(filePath) : filePath
  try {
    accessSync(mustWrite, constants.W_OK)
  } catch (error) {
    const code = systemErrorCode(error)
    if (code === 'EACCES' || code === 'EROFS' || code === 'EPERM') return { _tag: 'LocationReadOnly' }
    return { _tag: 'FileCannotBeOpened', code: code ?? 'unknown' }
  }
  return undefined
}

const statOrUndefined = (filePath: string) => {
  try {
    return statSync(filePath)
  } catch {
    return undefined
  }
}

const systemErrorCode = (error: unknown): string | undefined => {
  const code = typeof error === 'object' && error !== null ? (error as { readonly code?: unknown }).code : undefined
  return typeof code === 'string' ? code : undefined
}

const openErrorOf = (error: unknown): SqliteOpenError => {
  const code = sqliteErrorCode(error)
  if (isInFamily(code, 'SQLITE_NOTADB') || isInFamily(code, 'SQLITE_CORRUPT')) return { _tag: 'FileNotADatabase' }
  if (isInFamily(code, 'SQLITE_READONLY')) return { _tag: 'LocationReadOnly' }
  if (isInFamily(code, 'SQLITE_BUSY') || isInFamily(code, 'SQLITE_LOCKED')) return { _tag: 'DatabaseBusy' }
  return { _tag: 'FileCannotBeOpened', code: code ?? systemErrorCode(error) ?? 'unknown' }
}
