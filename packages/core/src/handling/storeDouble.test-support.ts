// A deliberately small store for the handler's tests, with hooks to inject
// races and failures. The real reference store is @clientele/adapter-memory.
import * as E from 'fp-ts/lib/Either.js'
import type { EventStore } from '../eventStore/eventStore.js'
import { satisfiesExpectedRevision } from '../eventStore/expectedRevision.js'
import type { EventToAppend, RecordedEvent } from '../eventStore/recordedEvent.js'
import type { StoreError } from '../eventStore/storeError.js'

export interface StoreDouble extends EventStore {
  readonly streams: Map<string, RecordedEvent[]>
  /** Runs before each append is checked; may write to `streams` to simulate another writer. */
  beforeAppend?: (stream: string) => void
  /** Fails the next append with this error (after storing it when `storeAnyway`). */
  failNextAppend?: { error: StoreError; storeAnyway: boolean } | undefined
  appendCalls: number
}

export const createStoreDouble = (): StoreDouble => {
  let position = 0n
  const streams = new Map<string, RecordedEvent[]>()
  const record = (stream: string, events: ReadonlyArray<EventToAppend>): RecordedEvent[] => {
    const list = streams.get(stream) ?? []
    const recorded = events.map((e, i) => ({ ...e, stream, revision: list.length + i, position: ++position, recordedAt: '2026-11-23T00:00:00.000Z' }))
    streams.set(stream, [...list, ...recorded])
    return recorded
  }
  const unsupported = { _tag: 'StoreFailure', reason: 'not supported by the test double' } as const
  const store: StoreDouble = {
    streams,
    appendCalls: 0,
    appendToStream: async (stream, events, expected) => {
      store.appendCalls++
      store.beforeAppend?.(stream)
      const failure = store.failNextAppend
      if (failure !== undefined) {
        store.failNextAppend = undefined
        if (failure.storeAnyway) record(stream, events)
        return E.left(failure.error)
      }
      const current = streams.get(stream)?.length
      const last = current === undefined ? undefined : current - 1
      if (!satisfiesExpectedRevision(expected, last)) return E.left({ _tag: 'WrongExpectedRevision', stream, expected, actual: last })
      const recorded = record(stream, events)
      const lastRecorded = recorded[recorded.length - 1]!
      return E.right({ nextExpectedRevision: lastRecorded.revision, position: lastRecorded.position })
    },
    readStream: async (stream, options) => E.right((streams.get(stream) ?? []).slice(options?.fromRevision ?? 0)),
    readAll: async () => E.left(unsupported),
    subscribeToAll: () => ({ stop: async () => {}, ended: Promise.resolve({ _tag: 'Failed', error: unsupported }) }),
    close: async () => {},
  }
  return store
}

/** Appends events as if another writer did, bypassing the handler. */
export const writeBehindTheHandlersBack = (store: StoreDouble, stream: string, events: ReadonlyArray<EventToAppend>): void => {
  const list = store.streams.get(stream) ?? []
  store.streams.set(stream, [
    ...list,
    ...events.map((e, i) => ({ ...e, stream, revision: list.length + i, position: 1_000_000n + BigInt(list.length + i), recordedAt: '2026-11-23T00:00:00.000Z' })),
  ])
}
