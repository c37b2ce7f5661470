// The contract suite through the successor client, @kurrent/kurrentdb-client
// (its reads go through a native gRPC client of its own), against the test
// server serving that package's generated services. In a file of its own:
// the two client packages cannot be loaded into one process.
import { KurrentDBClient } from '@kurrent/kurrentdb-client'
import * as E from 'fp-ts/lib/Either.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { describeEventStoreContract } from '@clientele/core/testing'
import { connectEventStoreDb } from './connectionString.js'
import { createEventStoreDbStore } from './eventStoreDbStore.js'
import { startEventStoreDbTestServer, type EventStoreDbTestServer } from './testServer/eventStoreDbTestServer.js'

for (const batched of [false, true]) {
  const label = batched ? 'batched appends' : 'classic appends'
  let server: EventStoreDbTestServer
  let client: KurrentDBClient

  describe(`@kurrent/kurrentdb-client, ${label}`, () => {
    beforeAll(async () => {
      server = await startEventStoreDbTestServer({ client: 'kurrent', advertiseBatchAppend: batched })
      client = KurrentDBClient.connectionString(server.connectionString)
    })
    afterAll(async () => {
      await client.dispose()
      await server.stop()
    })

    describeEventStoreContract('EventStoreDB adapter', {
      label: `kurrentdb-client, ${label}`,
      makeStore: async () => createEventStoreDbStore({ client, streams: ['contract-'] }),
    })

    it(`appended through ${batched ? 'BatchAppend' : 'Append'} only`, () => {
      const calls = server.calls()
      expect(calls[batched ? 'BatchAppend' : 'Append'] ?? 0).toBeGreaterThan(0)
      expect(calls[batched ? 'Append' : 'BatchAppend'] ?? 0).toBe(0)
    })
  })
}

describe('@kurrent/kurrentdb-client from a connection string', () => {
  it('connects with connect: KurrentDBClient.connectionString, and maps the renamed expected revision', async () => {
    const server = await startEventStoreDbTestServer({ client: 'kurrent' })
    const connected = await connectEventStoreDb(server.connectionString, {
      connect: (text) => KurrentDBClient.connectionString(text),
      streams: 'allUserStreams',
    })
    if (E.isLeft(connected)) throw new Error('did not connect')
    const store = connected.right
    const event = { id: crypto.randomUUID(), type: 'Noted', data: {}, metadata: { schemaVersion: 1 } }
    expect(E.isRight(await store.appendToStream('kurrent-1', [event], { kind: 'noStream' }))).toBe(true)
    // Were `expectedRevision` sent alone, this client would append with "any" and succeed.
    const again = { ...event, id: crypto.randomUUID() }
    expect(await store.appendToStream('kurrent-1', [again], { kind: 'noStream' })).toMatchObject({
      _tag: 'Left',
      left: { _tag: 'WrongExpectedRevision', actual: 0 },
    })
    await store.close()
    await server.stop()
  })
})
