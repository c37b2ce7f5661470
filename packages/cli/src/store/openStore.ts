import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import * as E from 'fp-ts/lib/Either.js'
import type { EventStore } from '@clientele/core'
import { connectEventStoreDb, renderConnectionStringInvalid } from '@clientele/adapter-eventstore'
import { openSqliteEventStore, renderSqliteOpenError } from '@clientele/adapter-sqlite'
import type { CliError } from '../cli/cliError.js'

/** Where the events are kept: a SQLite file, or an EventStoreDB / KurrentDB cluster. @since 0.1.0 @category store */
export type StoreTarget = { readonly _tag: 'Sqlite'; readonly path: string } | { readonly _tag: 'EventStoreDb'; readonly connectionString: string }

/** The store used when `--store` is not given: a file in the working directory. */
export const DEFAULT_STORE_FILE = 'clientele.db'

const ESDB_SCHEMES = /^(?:esdb|esdb\+discover|kurrentdb|kurrentdb\+discover|kurrent|kdb|kdb\+discover):\/\//i

// A mistyped connection string (esdb:/…, https://…, admin:pw@host) must not
// become a file path: it would be echoed in "no store at …" with its
// password, or quietly become a new SQLite file of that name.
// Refused: a scheme of two or more letters (a drive letter, C:, is one), a
// password before an @, or a name starting like a store scheme (esdb//…).
const LOOKS_LIKE_A_CONNECTION: ReadonlyArray<RegExp> = [/^[a-z][a-z0-9+.-]+:/i, /:[^/\\]*@/, /^(?:esdb|kurrentdb|kurrent|kdb)(?:\+discover)?[:/\\]/i]

/**
 * Reads `--store`: a connection string with an EventStoreDB or KurrentDB
 * scheme, otherwise a file path (relative to the working directory). Text
 * that looks like a connection string of any other kind (a scheme, or
 * `user:password@host`) is refused without being repeated.
 *
 * @since 0.1.0
 * @category store
 */
export const storeTargetOf = (option: string | undefined, cwd: string): E.Either<CliError, StoreTarget> => {
  if (option !== undefined && ESDB_SCHEMES.test(option.trim())) return E.right({ _tag: 'EventStoreDb', connectionString: option.trim() })
  if (option !== undefined && LOOKS_LIKE_A_CONNECTION.some((r) => r.test(option.trim())))
    return E.left({
      _tag: 'OptionInvalid',
      option: '--store',
      reason: 'looks like a connection string, but only esdb://, kurrentdb:// (and their +discover forms) are known; a file path has no scheme (the value is not repeated: it may hold a password)',
    })
  return E.right({ _tag: 'Sqlite', path: resolve(cwd, option ?? DEFAULT_STORE_FILE) })
}

/**
 * What a command does with the store. `read`: only reads, so a SQLite file
 * that does not exist is an error rather than a new empty store (a typo in
 * `--store` or the wrong directory). `durable`: each append is on disk when
 * it returns. `bulk`: an import's many appends, made durable together by one
 * durable append at the end (see importCommand). A store without these
 * distinctions treats them alike.
 *
 * @since 0.1.0
 * @category store
 */
export type WriteMode = 'read' | 'durable' | 'bulk'

/**
 * How commands get their store; tests pass their own (an in-memory store
 * that outlives one run), the CLI passes `openStore`.
 *
 * @since 0.1.0
 * @category store
 */
export type StoreOpener = (target: StoreTarget, mode?: WriteMode) => Promise<E.Either<CliError, EventStore>>

/**
 * Opens the store a target names. The connection string is never echoed in
 * an error: it may hold a password.
 *
 * @since 0.1.0
 * @category store
 */
export const openStore: StoreOpener = async (target, mode = 'durable') => {
  switch (target._tag) {
    case 'EventStoreDb': {
      const connected = await connectEventStoreDb(target.connectionString)
      // Only a connection string that does not parse comes back here: bad input, exit 2.
      return E.isLeft(connected) ? E.left({ _tag: 'OptionInvalid', option: '--store', reason: renderConnectionStringInvalid(connected.left) }) : connected
    }
    case 'Sqlite': {
      if (mode === 'read' && !existsSync(target.path)) return E.left({ _tag: 'StoreMissing', path: target.path })
      // NOTE: in WAL mode `normal` skips the fsync of each commit; the next
      // `full` commit's fsync of the same log file makes every earlier
      // commit durable with it. An import ends with such a commit.
      const opened = openSqliteEventStore(target.path, { synchronous: mode === 'bulk' ? 'normal' : 'full' })
      return E.isLeft(opened) ? E.left({ _tag: 'StoreOpenFailed', reason: renderSqliteOpenError(opened.left) }) : opened
    }
  }
}
