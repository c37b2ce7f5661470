// Faults through the successor client, @kurrent/kurrentdb-client, whose
// reads and subscriptions go through a native client of its own and fail
// with errors of their own shape: the server dies and comes back in the
// middle of a subscription, and calls meet a server that is down. In a file
// of its own: the two client packages cannot share a process.
import { KurrentDBClient } from '@kurrent/kurrentdb-client'
import { afterEach, describe, expect, it } from 'vitest'
import type { EventStore } from '@clientele/core'
import { createEventStoreDbStore } from './eventStoreDbStore.js'
import { customerStream, events, restartMidSubscription } from './restartScenario.test-support.js'
import { startEventStoreDbTestServer, type EventStoreDbTestServer } from './testServer/eventStoreDbTestServer.js'

const cleanups: Array<() => Promise<void>> = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

const setUp = async (advertiseBatchAppend = true): Promise<{ server: EventStoreDbTestServer; client: KurrentDBClient; store: EventStore }> => {
  const server = await startEventStoreDbTestServer({ client: 'kurrent', advertiseBatchAppend })
  const client = KurrentDBClient.connectionString(server.connectionString)
  const store = createEventStoreDbStore({ client, reconnect: { initialDelayMs: 20, maxDelayMs: 200 } })
  cleanups.push(async () => {
    await store.close()
    await client.dispose()
    await server.stop()
  })
  return { server, client, store }
}

describe('@kurrent/kurrentdb-client: the server stops and restarts', () => {
  for (const batched of [false, true]) {
    it(`in the middle of a subscription, which resumes with nothing lost or doubled (${batched ? 'batched' : 'classic'} appends)`, async () => {
      const { server, store } = await setUp(batched)
      await restartMidSubscription(server, store)
    })
  }

  it('the raw gRPC "unavailable" of an append, and reads against a server that is down, are StoreUnavailable', async () => {
    const { server, client, store } = await setUp()
    await server.stop()
    const raw: unknown = await client.appendToStream(customerStream(), [{ id: crypto.randomUUID(), contentType: 'application/json', type: 'Noted', data: {}, metadata: { schemaVersion: 1 } }]).then(
      () => 'appended',
      (error: unknown) => error,
    )
    expect(raw).toMatchObject({ code: 14 })
    expect((raw as { type?: unknown }).type).toBeUndefined()
    const name = customerStream()
    expect(await store.appendToStream(name, events(2), { kind: 'noStream' })).toMatchObject({ _tag: 'Left', left: { _tag: 'StoreUnavailable' } })
    expect(await store.readStream(name)).toMatchObject({ _tag: 'Left', left: { _tag: 'StoreUnavailable' } })
    expect(await store.readAll()).toMatchObject({ _tag: 'Left', left: { _tag: 'StoreUnavailable' } })
    await server.start()
    expect(server.events().filter((e) => e.stream === name)).toEqual([])
  })
})

describe('@kurrent/kurrentdb-client: timeouts', () => {
  it("a batched append past the client's deadline (sent as deadline_21_10_0) is StoreTimeout and writes nothing", async () => {
    const server = await startEventStoreDbTestServer({ client: 'kurrent', advertiseBatchAppend: true })
    const client = KurrentDBClient.connectionString(`${server.connectionString}&defaultDeadline=150`)
    const store = createEventStoreDbStore({ client })
    cleanups.push(async () => {
      await store.close()
      await client.dispose()
      await server.stop()
    })
    server.setLatency(400)
    const name = customerStream()
    expect(await store.appendToStream(name, events(2), { kind: 'noStream' })).toEqual({ _tag: 'Left', left: { _tag: 'StoreTimeout', operation: 'append' } })
    server.setLatency(0)
    expect(server.calls()['BatchAppend']).toBe(1)
    expect(server.events().filter((e) => e.stream === name)).toEqual([])
  })
})

