import { randomUUID } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as E from 'fp-ts/lib/Either.js'
import { afterAll, describe, expect, it } from 'vitest'
import type { EventStore, RecordedEvent } from '@clientele/core'
import { completion, spawnChild } from './runChild.test-support.js'
import { openSqliteEventStore } from './sqliteEventStore.js'

// Appends by another connection reach no in-process signal: a subscription
// must find them by polling. Another process is the real case; a second
// store in this process (a second connection) is the quick one.

const directory = mkdtempSync(join(tmpdir(), 'clientele-sqlite-cross-'))
afterAll(() => rmSync(directory, { recursive: true, force: true }))

const open = (file: string): EventStore => {
  const opened = openSqliteEventStore(file, { pollIntervalMs: 10 })
  if (E.isLeft(opened)) throw new Error(`could not open: ${opened.left._tag}`)
  return opened.right
}

const event = (n: number) => ({ id: randomUUID(), type: 'TestEvent', data: { n }, metadata: { schemaVersion: 1 } })

const eventually = async (condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> => {
  const deadline = Date.now() + timeoutMs
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
}

const subscribeAll = (store: EventStore) => {
  const received: RecordedEvent[] = []
  let caughtUp = false
  const subscription = store.subscribeToAll({ onEvent: (e) => void received.push(e), onCaughtUp: () => (caughtUp = true) })
  return { subscription, received, caughtUp: () => caughtUp }
}

/** The subscriber got exactly what readAll holds, once each, in order. */
const expectEverythingOnceInOrder = async (store: EventStore, received: ReadonlyArray<RecordedEvent>) => {
  const all = await store.readAll()
  if (E.isLeft(all)) throw new Error(all.left._tag)
  expect(received.map((e) => e.id)).toEqual(all.right.map((e) => e.id))
  expect(received.map((e) => e.position)).toEqual(all.right.map((_, i) => BigInt(i + 1)))
}

describe('subscriptions and other writers on the same file', () => {
  it('deliver appends by another process, interleaved with this one’s, once each in global order', async () => {
    const file = join(directory, 'child.db')
    const store = open(file)
    try {
      await store.appendToStream('here', [event(0), event(1)], { kind: 'noStream' })
      const watcher = subscribeAll(store)
      await eventually(watcher.caughtUp, 'catching up')

      const child = completion(spawnChild(['append', file, 'there', '40']))
      for (let n = 2; n < 22; n += 1) {
        await store.appendToStream('here', [event(n)], { kind: 'any' })
        await new Promise((resolve) => setTimeout(resolve, 3))
      }
      await child

      await eventually(() => watcher.received.length >= 62, 'all 62 events')
      await watcher.subscription.stop()
      await expectEverythingOnceInOrder(store, watcher.received)
      expect(watcher.received.filter((e) => e.stream === 'there')).toHaveLength(40)
    } finally {
      await store.close()
    }
  }, 30_000)

  it('deliver appends by a second connection in this process', async () => {
    const file = join(directory, 'second.db')
    const [reader, writer] = [open(file), open(file)]
    try {
      const watcher = subscribeAll(reader)
      await eventually(watcher.caughtUp, 'catching up')
      for (let n = 0; n < 10; n += 1) await writer.appendToStream('s', [event(n), event(100 + n)], { kind: 'any' })
      await eventually(() => watcher.received.length >= 20, 'all 20 events')
      await watcher.subscription.stop()
      await expectEverythingOnceInOrder(reader, watcher.received)
    } finally {
      await Promise.all([reader.close(), writer.close()])
    }
  })
})
