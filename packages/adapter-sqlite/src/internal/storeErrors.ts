import type { StoreError } from '@clientele/core'
import { isInFamily, sqliteErrorCode } from './sqliteErrorCode.js'

/**
 * The port's error for anything SQLite (or better-sqlite3) threw. Reasons are
 * fixed sentences plus SQLite's error code, never SQLite's message, which can
 * quote a value.
 *
 * @example
 * storeErrorOf({ code: 'SQLITE_BUSY' }, 'append') // { _tag: 'StoreTimeout', operation: 'append' }
 */
export const storeErrorOf = (error: unknown, operation: string): StoreError => {
  const code = sqliteErrorCode(error)
  // busy_timeout already waited for the lock; giving up is a timeout.
  if (isInFamily(code, 'SQLITE_BUSY') || isInFamily(code, 'SQLITE_LOCKED')) return { _tag: 'StoreTimeout', operation }
  if (isInFamily(code, 'SQLITE_CANTOPEN')) return { _tag: 'StoreUnavailable', reason: `${operation}: the database file cannot be opened` }
  if (isInFamily(code, 'SQLITE_FULL')) return { _tag: 'StoreFailure', reason: `${operation} failed: the disk is full` }
  if (isInFamily(code, 'SQLITE_READONLY')) return { _tag: 'StoreFailure', reason: `${operation} failed: the database is read-only` }
  if (isInFamily(code, 'SQLITE_CORRUPT') || isInFamily(code, 'SQLITE_NOTADB')) {
    return { _tag: 'StoreFailure', reason: `${operation} failed: the database file is damaged` }
  }
  if (isInFamily(code, 'SQLITE_IOERR')) return { _tag: 'StoreFailure', reason: `${operation} failed: disk I/O error (${code ?? ''})` }
  if (code !== undefined) return { _tag: 'StoreFailure', reason: `${operation} failed: ${code}` }
  return { _tag: 'StoreFailure', reason: `${operation} failed: unexpected ${error instanceof Error ? error.name : 'error'}` }
}
