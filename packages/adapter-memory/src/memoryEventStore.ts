import * as E from 'fp-ts/lib/Either.js'
import { invalidAppendReason, satisfiesExpectedRevision, startPagedSubscription } from '@clientele/core'
import type {
  AppendResult,
  EventStore,
  EventToAppend,
  ExpectedRevision,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  StoreError,
  Subscription,
} from '@clientele/core'
import { deepFreeze, frozenJsonCopy } from './frozenJson.js'
import { createAppendSignal } from './appendSignal.js'

/**
 * Options of {@link createMemoryEventStore}.
 *
 * @since 0.1.0
 * @category constructors
 */
export interface MemoryEventStoreOptions {
  /** Sets `recordedAt`. Default: the system clock. Inject one for deterministic tests. */
  readonly clock?: () => Date
}

/**
 * An event store held in memory: Clientele's reference implementation of the
 * port, for tests and examples. It keeps everything until it is garbage
 * collected; nothing survives the process.
 *
 * One global log holds every event (an event's position is its 1-based index
 * in it) and each stream keeps the log indexes of its events, so reads cost
 * what they return. Appends run synchronously inside their async function, so
 * each one is atomic and appends are totally ordered. Stored events are
 * deep-frozen JSON copies: a caller mutating what it appended, or what it
 * read, cannot change history.
 *
 * @since 0.1.0
 * @category constructors
 */
export const createMemoryEventStore = (options: MemoryEventStoreOptions = {}): EventStore => {
  const clock = options.clock ?? (() => new Date())
  const log: RecordedEvent[] = []
  const logIndexesByStream = new Map<string, number[]>()
  // Every stored id, with its log index: the idempotence check needs to know
  // where an id sits, the duplicate check only whether it exists.
  const logIndexById = new Map<string, number>()
  const signal = createAppendSignal()
  const subscriptions = new Set<Subscription>()
  let closed = false

  const storeClosed: E.Either<StoreError, never> = E.left({ _tag: 'StoreClosed' })

  const eventAt = (logIndex: number): RecordedEvent => {
    const event = log[logIndex]
    if (event === undefined) throw new Error(`memory event store: no event at log index ${logIndex}`)
    return event
  }

  /**
   * The result of the earlier append this batch repeats, if it repeats one:
   * its ids sit in this stream at r, r+1, … exactly, and its expected revision
   * held for the stream as it was just before r.
   */
  const findRepeatedAppend = (
    stream: string,
    logIndexes: ReadonlyArray<number>,
    events: ReadonlyArray<EventToAppend>,
    expected: ExpectedRevision,
  ): AppendResult | undefined => {
    const first = events[0]
    const firstLogIndex = first === undefined ? undefined : logIndexById.get(first.id)
    if (firstLogIndex === undefined) return undefined
    const firstStored = eventAt(firstLogIndex)
    if (firstStored.stream !== stream) return undefined
    const r = firstStored.revision
    if (r + events.length > logIndexes.length) return undefined
    const sameIds = events.every((event, i) => eventAt(logIndexes[r + i] ?? -1).id === event.id)
    if (!sameIds) return undefined
    if (!satisfiesExpectedRevision(expected, r === 0 ? undefined : r - 1)) return undefined
    const last = eventAt(logIndexes[r + events.length - 1] ?? -1)
    return { nextExpectedRevision: last.revision, position: last.position }
  }

  const append = (
    stream: string,
    events: ReadonlyArray<EventToAppend>,
    expected: ExpectedRevision,
  ): E.Either<StoreError, AppendResult> => {
    const reason = invalidAppendReason(stream, events, expected)
    if (reason !== undefined) return E.left({ _tag: 'InvalidAppend', stream, reason })
    const logIndexes = logIndexesByStream.get(stream) ?? []

    const repeated = findRepeatedAppend(stream, logIndexes, events, expected)
    if (repeated !== undefined) return E.right(repeated)
    const duplicate = events.find((event) => logIndexById.has(event.id))
    if (duplicate !== undefined) return E.left({ _tag: 'DuplicateEventId', stream, eventId: duplicate.id })

    const actual = logIndexes.length === 0 ? undefined : logIndexes.length - 1
    if (!satisfiesExpectedRevision(expected, actual)) {
      return E.left({ _tag: 'WrongExpectedRevision', stream, expected, actual })
    }

    // Build every record before touching the log: anything that throws here
    // (a clock returning an invalid date, say) leaves the store unchanged.
    const recordedAt = clock().toISOString()
    const records = events.map(
      (event, i): RecordedEvent =>
        deepFreeze({
          id: event.id,
          type: event.type,
          data: frozenJsonCopy(event.data),
          metadata: frozenJsonCopy(event.metadata),
          stream,
          revision: logIndexes.length + i,
          position: BigInt(log.length + i + 1),
          recordedAt,
        }),
    )
    for (const record of records) {
      logIndexById.set(record.id, log.length)
      logIndexes.push(log.length)
      log.push(record)
    }
    logIndexesByStream.set(stream, logIndexes)
    const last = records[records.length - 1] ?? eventAt(log.length - 1)
    return E.right({ nextExpectedRevision: last.revision, position: last.position })
  }

  const readStream = (stream: string, options: ReadStreamOptions): ReadonlyArray<RecordedEvent> => {
    const logIndexes = logIndexesByStream.get(stream) ?? []
    const limit = countLimit(options.maxCount)
    const result: RecordedEvent[] = []
    if (options.direction === 'backwards') {
      const from = Math.min(options.fromRevision ?? logIndexes.length - 1, logIndexes.length - 1)
      for (let revision = from; revision >= 0 && result.length < limit; revision -= 1) {
        result.push(eventAt(logIndexes[revision] ?? -1))
      }
    } else {
      const from = Math.max(options.fromRevision ?? 0, 0)
      for (let revision = from; revision < logIndexes.length && result.length < limit; revision += 1) {
        result.push(eventAt(logIndexes[revision] ?? -1))
      }
    }
    return result
  }

  const readAll = (options: ReadAllOptions): ReadonlyArray<RecordedEvent> => {
    // Position p is log index p - 1, so "strictly after p" starts at index p.
    const after = options.after ?? 0n
    const from = after <= 0n ? 0 : after >= BigInt(log.length) ? log.length : Number(after)
    return log.slice(from, from + countLimit(options.maxCount))
  }

  // Every method turns an unforeseen exception into a Left: the port promises
  // that these promises never reject.
  const guarded = <A>(operation: string, body: () => E.Either<StoreError, A>): E.Either<StoreError, A> => {
    if (closed) return storeClosed
    try {
      return body()
    } catch (error) {
      const detail = error instanceof Error ? error.message : 'unknown error'
      return E.left({ _tag: 'StoreFailure', reason: `${operation} failed: ${detail}` })
    }
  }

  return {
    appendToStream: async (stream, events, expectedRevision) => {
      const result = guarded('append', () => append(stream, events, expectedRevision))
      // Wake subscriptions only after the events are in the log.
      if (E.isRight(result)) signal.notify()
      return result
    },
    readStream: async (stream, options = {}) => guarded('readStream', () => E.right(readStream(stream, options))),
    readAll: async (options = {}) => guarded('readAll', () => E.right(readAll(options))),
    subscribeToAll: (options) => {
      if (closed) {
        return { stop: async () => undefined, ended: Promise.resolve({ _tag: 'Failed', error: { _tag: 'StoreClosed' } }) }
      }
      const subscription = startPagedSubscription(
        { readPage: (after, maxCount) => E.right(readAll({ after, maxCount })), onNextChange: signal.onNextAppend },
        options,
      )
      subscriptions.add(subscription)
      void subscription.ended.then(() => subscriptions.delete(subscription))
      return subscription
    },
    close: async () => {
      closed = true
      await Promise.all([...subscriptions].map((subscription) => subscription.stop()))
    },
  }
}

/** `maxCount` as a number of events: absent means no limit, negative means none. */
const countLimit = (maxCount: number | undefined): number =>
  maxCount === undefined ? Number.POSITIVE_INFINITY : Math.max(0, Math.floor(maxCount))
