// The contract suite through @eventstore/db-client against the wire-level
// test server, once with classic appends and once with batched ones. The
// successor client runs the same in kurrentDbStore.test.ts: the two client
// packages cannot share a process, and vitest runs each file in its own.
import { EventStoreDBClient } from '@eventstore/db-client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { describeEventStoreContract } from '@clientele/core/testing'
import { createEventStoreDbStore } from './eventStoreDbStore.js'
import { startEventStoreDbTestServer, type EventStoreDbTestServer } from './testServer/eventStoreDbTestServer.js'

const contractStreams = ['contract-']

for (const batched of [false, true]) {
  const label = batched ? 'batched appends' : 'classic appends'
  let server: EventStoreDbTestServer
  let client: EventStoreDBClient

  describe(`@eventstore/db-client, ${label}`, () => {
    beforeAll(async () => {
      server = await startEventStoreDbTestServer({ client: 'eventstore', advertiseBatchAppend: batched })
      client = EventStoreDBClient.connectionString(server.connectionString)
    })
    afterAll(async () => {
      await client.dispose()
      await server.stop()
    })

    describeEventStoreContract('EventStoreDB adapter', {
      label,
      makeStore: async () => createEventStoreDbStore({ client, streams: contractStreams }),
    })

    it(`appended through ${batched ? 'BatchAppend' : 'Append'} only`, () => {
      const calls = server.calls()
      expect(calls[batched ? 'BatchAppend' : 'Append'] ?? 0).toBeGreaterThan(0)
      expect(calls[batched ? 'Append' : 'BatchAppend'] ?? 0).toBe(0)
    })
  })
}
