// The restart scenario both clients go through (faults.test.ts for
// @eventstore/db-client, kurrentFaults.test.ts for @kurrent/kurrentdb-client):
// kept free of either client package, which cannot share a process.
import * as E from 'fp-ts/lib/Either.js'
import { expect } from 'vitest'
import type { EventStore, EventToAppend, RecordedEvent } from '@clientele/core'
import type { EventStoreDbTestServer } from './testServer/eventStoreDbTestServer.js'

export const event = (n: number): EventToAppend => ({ id: crypto.randomUUID(), type: 'Noted', data: { n }, metadata: { schemaVersion: 1 } })
export const events = (count: number, from = 0): EventToAppend[] => Array.from({ length: count }, (_, i) => event(from + i))
export const customerStream = (): string => `customer-${crypto.randomUUID()}`
export const idsOf = (list: ReadonlyArray<{ readonly id: string }>): string[] => list.map((e) => e.id)

export const eventually = async (condition: () => boolean, what: string, timeoutMs = 8_000): Promise<void> => {
  const deadline = Date.now() + timeoutMs
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

/**
 * A subscriber is live; events are appended and the server stops at once,
 * before they may have been delivered; while it is down an append fails and
 * writes nothing, reads fail, and events reach the log by another way (as
 * other writers' would on a real cluster); the server comes back and more
 * events are appended. The subscriber must get every stored event once, in
 * order, and catch up only once. The store must reconnect quickly (tens of ms).
 */
export const restartMidSubscription = async (server: EventStoreDbTestServer, store: EventStore): Promise<void> => {
  const name = customerStream()
  const before = events(20)
  expect(E.isRight(await store.appendToStream(name, before, { kind: 'noStream' }))).toBe(true)
  const received: RecordedEvent[] = []
  let caughtUp = 0
  const subscription = store.subscribeToAll({
    onEvent: (e) => {
      received.push(e)
    },
    onCaughtUp: () => (caughtUp += 1),
  })
  await eventually(() => caughtUp === 1 && received.length === 20, 'the subscription to catch up')
  const live = events(5, 100)
  for (const e of live) expect(E.isRight(await store.appendToStream(name, [e], { kind: 'any' }))).toBe(true)

  await server.stop()
  const lost = event(999)
  expect(await store.appendToStream(name, [lost], { kind: 'exact', revision: 24 })).toMatchObject({ _tag: 'Left', left: { _tag: 'StoreUnavailable' } })
  expect(await store.readAll()).toMatchObject({ _tag: 'Left', left: { _tag: 'StoreUnavailable' } })
  const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value))
  for (let n = 300; n < 303; n += 1) {
    server.writeRawEvent(name, { type: 'Noted', contentType: 'application/json', data: encode({ n }), metadata: encode({ schemaVersion: 1 }) })
  }
  const writtenWhileDown = server.events().filter((e) => e.stream === name).slice(25)
  expect(writtenWhileDown).toHaveLength(3)
  await new Promise((resolve) => setTimeout(resolve, 100))
  await server.start()

  expect(server.events().some((e) => e.id === lost.id)).toBe(false)
  const after = events(5, 200)
  for (const e of after) expect(E.isRight(await store.appendToStream(name, [e], { kind: 'any' }))).toBe(true)
  await eventually(() => received.length >= 33, 'the events written during and after the outage')
  // Room for a doubled delivery to show up before the count is checked.
  await new Promise((resolve) => setTimeout(resolve, 100))
  await subscription.stop()
  expect(idsOf(received)).toEqual([...idsOf(before), ...idsOf(live), ...idsOf(writtenWhileDown), ...idsOf(after)])
  expect(caughtUp).toBe(1)
  await expect(subscription.ended).resolves.toEqual({ _tag: 'Stopped' })
}

/**
 * The connection drops while a subscription is still catching up: the store
 * reads `$all` in pages of 5 (`pageSize: 5`) and every call is slowed by
 * 20 ms, and the server stops from inside the handler of the 17th of 60
 * stored events, in the middle of the fourth page. While it is down other
 * writers' events reach the log; it comes back and more are appended. The
 * subscriber must get every event once, in order, and be told it caught up
 * once, only after the 63 events stored by the time the server came back.
 */
export const restartDuringCatchUp = async (server: EventStoreDbTestServer, store: EventStore): Promise<void> => {
  const name = customerStream()
  const before = events(60)
  for (let from = 0; from < 60; from += 20) {
    const expected = from === 0 ? ({ kind: 'noStream' } as const) : ({ kind: 'exact', revision: from - 1 } as const)
    expect(E.isRight(await store.appendToStream(name, before.slice(from, from + 20), expected))).toBe(true)
  }
  server.setLatency(20)
  const received: RecordedEvent[] = []
  let caughtUpAfter: number | undefined
  let caughtUp = 0
  let stopped = false
  const subscription = store.subscribeToAll({
    onEvent: (e) => {
      received.push(e)
      if (received.length === 17 && !stopped) {
        stopped = true
        void server.stop()
      }
    },
    onCaughtUp: () => {
      caughtUp += 1
      caughtUpAfter = received.length
    },
  })
  await eventually(() => stopped, 'the 17th event')
  expect(caughtUp).toBe(0)
  const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value))
  for (let n = 300; n < 303; n += 1) {
    server.writeRawEvent(name, { type: 'Noted', contentType: 'application/json', data: encode({ n }), metadata: encode({ schemaVersion: 1 }) })
  }
  const writtenWhileDown = server.events().filter((e) => e.stream === name).slice(60)
  expect(writtenWhileDown).toHaveLength(3)
  await new Promise((resolve) => setTimeout(resolve, 100))
  await server.start()
  await eventually(() => caughtUp === 1, 'the subscription to catch up after the restart')
  server.setLatency(0)
  const after = events(5, 200)
  for (const e of after) expect(E.isRight(await store.appendToStream(name, [e], { kind: 'any' }))).toBe(true)
  await eventually(() => received.length >= 68, 'the events appended after the restart')
  // Room for a doubled delivery to show up before the count is checked.
  await new Promise((resolve) => setTimeout(resolve, 100))
  await subscription.stop()
  expect(idsOf(received)).toEqual([...idsOf(before), ...idsOf(writtenWhileDown), ...idsOf(after)])
  expect(caughtUp).toBe(1)
  expect(caughtUpAfter).toBe(63)
  await expect(subscription.ended).resolves.toEqual({ _tag: 'Stopped' })
}
