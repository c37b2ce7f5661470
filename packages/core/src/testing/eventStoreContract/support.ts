import * as E from 'fp-ts/lib/Either.js'
import { v4 } from 'uuid'
import type { AppendResult, EventStore, ReadAllOptions, ReadStreamOptions } from '../../eventStore/eventStore.js'
import type { ExpectedRevision } from '../../eventStore/expectedRevision.js'
import type { EventToAppend, RecordedEvent } from '../../eventStore/recordedEvent.js'
import { renderStoreError } from '../../eventStore/storeError.js'
import type { StoreError } from '../../eventStore/storeError.js'
import type { EventStoreContractOptions } from '../eventStoreContract.js'

// Helpers shared by the contract's themes. Every test works on streams with
// fresh names and looks only at its own streams in the global log, so the
// suite also holds for adapters whose stores share one database (or, like
// EventStoreDB, write system events of their own).

/** An event as the suite appends it; `n` makes the events of one test tell apart. */
export const testEvent = (n: number): EventToAppend => ({
  id: v4(),
  type: 'TestEvent',
  data: { n },
  metadata: { schemaVersion: 1 },
})

/** `count` fresh events numbered from `from`. */
export const testEvents = (count: number, from = 0): EventToAppend[] =>
  Array.from({ length: count }, (_, i) => testEvent(from + i))

/** A stream name no other test (or earlier run on the same database) uses. */
export const freshStream = (theme: string): string => `contract-${theme}-${v4()}`

/** Runs `body` against a fresh store and closes it afterwards, pass or fail. */
export const withStore = async <A>(
  options: EventStoreContractOptions,
  body: (store: EventStore) => Promise<A>,
): Promise<A> => {
  const store = await options.makeStore()
  try {
    return await body(store)
  } finally {
    await store.close()
  }
}

/** The Right value; fails the test with the rendered error on a Left. */
export const rightOf = <A>(result: E.Either<StoreError, A>): A => {
  if (E.isLeft(result)) throw new Error(`expected Right, got Left: ${renderStoreError(result.left)}`)
  return result.right
}

/** The Left error; fails the test on a Right. */
export const leftOf = <A>(result: E.Either<StoreError, A>): StoreError => {
  if (E.isRight(result)) throw new Error('expected Left, got Right')
  return result.left
}

export const append = async (
  store: EventStore,
  stream: string,
  events: ReadonlyArray<EventToAppend>,
  expected: ExpectedRevision,
): Promise<AppendResult> => rightOf(await store.appendToStream(stream, events, expected))

export const readStream = async (
  store: EventStore,
  stream: string,
  options?: ReadStreamOptions,
): Promise<ReadonlyArray<RecordedEvent>> => rightOf(await store.readStream(stream, options))

/** `readAll`, keeping only the events of `streams`. */
export const readAllOf = async (
  store: EventStore,
  streams: ReadonlyArray<string>,
  options?: ReadAllOptions,
): Promise<ReadonlyArray<RecordedEvent>> => ofStreams(rightOf(await store.readAll(options)), streams)

export const ofStreams = (
  events: ReadonlyArray<RecordedEvent>,
  streams: ReadonlyArray<string>,
): ReadonlyArray<RecordedEvent> => events.filter((event) => streams.includes(event.stream))

export const idsOf = (events: ReadonlyArray<{ readonly id: string }>): string[] => events.map((event) => event.id)

/** The element at `index`; fails the test when there is none. */
export const at = <A>(items: ReadonlyArray<A>, index: number): A => {
  const item = items[index]
  if (item === undefined) throw new Error(`no element at index ${index} (length ${items.length})`)
  return item
}

/**
 * Waits until `condition()` holds, checking every few milliseconds, and fails
 * with `what` after `timeoutMs`. Subscriptions deliver asynchronously; this
 * waits for them without guessing how long a fixed sleep should be.
 */
export const eventually = async (condition: () => boolean, what: string, timeoutMs = 4_000): Promise<void> => {
  const deadline = Date.now() + timeoutMs
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
}

export interface Deferred<A> {
  readonly promise: Promise<A>
  readonly resolve: (value: A) => void
}

export const deferred = <A = void>(): Deferred<A> => {
  let resolve!: (value: A) => void
  const promise = new Promise<A>((r) => {
    resolve = r
  })
  return { promise, resolve }
}

/** Whether `values` increase strictly. */
export const strictlyIncreasing = (values: ReadonlyArray<bigint>): boolean =>
  values.every((value, i) => i === 0 || value > (values[i - 1] ?? value))
