import * as E from 'fp-ts/lib/Either.js'
import { startPagedSubscription } from '@clientele/core'
import type { EventStore, ReadAllOptions, ReadStreamOptions, RecordedEvent, StoreError, Subscription } from '@clientele/core'
import { makeAppend } from './internal/appendEvents.js'
import { createChangeSignal } from './internal/changeSignal.js'
import { appendRecordedEvents, recordedEventsOf } from './internal/eventRow.js'
import { openDatabase } from './internal/openDatabase.js'
import { prepareStatements } from './internal/statements.js'
import { storeErrorOf } from './internal/storeErrors.js'
import type { SqliteOpenError } from './openError.js'

/**
 * Options of {@link openSqliteEventStore}.
 *
 * @since 0.1.0
 * @category constructors
 */
export interface SqliteEventStoreOptions {
  /**
   * `full` (default): an append returns once it is on disk, and survives a
   * power cut. `normal`: it survives a crash of the process but the last
   * appends before a power cut may be lost (never half of one); several
   * times faster for one event per append.
   */
  readonly synchronous?: 'full' | 'normal'
  /** How often subscriptions look for appends by other processes. Default 100 ms. */
  readonly pollIntervalMs?: number
  /** How long an append waits for another process's write lock before StoreTimeout. Default 5,000 ms. */
  readonly busyTimeoutMs?: number
  /** Sets `recordedAt`. Default: the system clock. */
  readonly clock?: () => Date
}

/** SQLite's own limit on a LIMIT is 64 bits; -1 means none. */
const NO_LIMIT = -1
const MAX_POSITION = 2n ** 63n - 1n
/** Rows per statement call when reading the global log. */
const READ_PAGE = 1000

/**
 * Opens (creating if needed) the Clientele event store in one SQLite file:
 * WAL journal, one `events` table, appends in IMMEDIATE transactions. Opening
 * is synchronous; so is every operation underneath the port's promises
 * (better-sqlite3 blocks while SQLite works, which for this store is
 * microseconds, or up to `busyTimeoutMs` while another process writes).
 * `':memory:'` gives a private in-memory database, for tests.
 *
 * @example
 * const opened = openSqliteEventStore('/var/lib/shop/clientele.db')
 * if (E.isLeft(opened)) console.error(renderSqliteOpenError(opened.left))
 *
 * @since 0.1.0
 * @category constructors
 */
export const openSqliteEventStore = (
  filePath: string,
  options: SqliteEventStoreOptions = {},
): E.Either<SqliteOpenError, EventStore> => {
  const opened = openDatabase(filePath, {
    synchronous: options.synchronous ?? 'full',
    busyTimeoutMs: options.busyTimeoutMs ?? 5_000,
  })
  if (E.isLeft(opened)) return opened
  const db = opened.right
  const statements = prepareStatements(db)
  const append = makeAppend(db, statements, options.clock ?? (() => new Date()))
  const signal = createChangeSignal(db, options.pollIntervalMs ?? 100)
  const subscriptions = new Set<Subscription>()
  let closed = false

  // Every method turns an exception into a Left: the port promises that its
  // promises never reject.
  const guarded = <A>(operation: string, body: () => E.Either<StoreError, A>): E.Either<StoreError, A> => {
    if (closed) return E.left({ _tag: 'StoreClosed' })
    try {
      return body()
    } catch (error) {
      return E.left(storeErrorOf(error, operation))
    }
  }

  const readStream = (stream: string, options: ReadStreamOptions): E.Either<StoreError, ReadonlyArray<RecordedEvent>> => {
    const limit = countLimit(options.maxCount)
    if (limit === 0) return E.right([])
    const rows =
      options.direction === 'backwards'
        ? statements.readBackwards.all(stream, options.fromRevision ?? Number.MAX_SAFE_INTEGER, limit)
        : statements.readForwards.all(stream, options.fromRevision ?? 0, limit)
    return recordedEventsOf(rows)
  }

  // NOTE: read in pages, so each page's raw rows die young instead of a whole
  // history's rows being promoted to the old generation beside the events
  // made from them: 100,000 events read ~1.6x faster this way.
  const readAll = (options: ReadAllOptions): E.Either<StoreError, ReadonlyArray<RecordedEvent>> => {
    const limit = countLimit(options.maxCount)
    let after = options.after ?? 0n
    // NaN reads nothing, as `slice` does in the memory store.
    if (limit === 0 || Number.isNaN(limit) || after >= MAX_POSITION) return E.right([])
    if (after < 0n) after = 0n
    const unlimited = limit === NO_LIMIT || limit === Number.POSITIVE_INFINITY
    const events: RecordedEvent[] = []
    for (;;) {
      const wanted = unlimited ? READ_PAGE : Math.min(READ_PAGE, limit - events.length)
      const rows = statements.readAfter.all(after, wanted)
      const page = appendRecordedEvents(events, rows)
      if (E.isLeft(page)) return page
      if (rows.length < wanted || events.length === limit) return E.right(events)
      after = (events[events.length - 1] as RecordedEvent).position
    }
  }

  return E.right({
    appendToStream: async (stream, events, expectedRevision) => {
      const result = guarded('append', () => append(stream, events, expectedRevision))
      // Wake subscriptions only once the events are committed.
      if (E.isRight(result)) signal.notify()
      return result
    },
    readStream: async (stream, options = {}) => guarded('readStream', () => readStream(stream, options)),
    readAll: async (options = {}) => guarded('readAll', () => readAll(options)),
    subscribeToAll: (options) => {
      if (closed) {
        return { stop: async () => undefined, ended: Promise.resolve({ _tag: 'Failed', error: { _tag: 'StoreClosed' } }) }
      }
      const readPage = (after: bigint, maxCount: number) => guarded('subscribeToAll', () => readAll({ after, maxCount }))
      const unwatch = signal.watch()
      const subscription = startPagedSubscription({ readPage, onNextChange: signal.onNextChange }, options)
      void subscription.ended.finally(unwatch)
      subscriptions.add(subscription)
      void subscription.ended.then(() => subscriptions.delete(subscription))
      return subscription
    },
    close: async () => {
      if (closed) return
      closed = true
      await Promise.all([...subscriptions].map((subscription) => subscription.stop()))
      signal.close()
      db.close()
    },
  })
}

/** `maxCount` as SQLite's LIMIT: absent means none (-1), negative means zero rows. */
const countLimit = (maxCount: number | undefined): number =>
  maxCount === undefined ? NO_LIMIT : Math.max(0, Math.floor(maxCount))
