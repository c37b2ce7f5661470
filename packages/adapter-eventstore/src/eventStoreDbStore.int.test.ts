// The contract suite against a real EventStoreDB / KurrentDB server, when
// CLIENTELE_ESDB_URL names one, e.g.
//   CLIENTELE_ESDB_URL='esdb://localhost:2113?tls=false' pnpm exec vitest run packages/adapter-eventstore/src/eventStoreDbStore.int.test.ts
// Every test writes to fresh `contract-…` streams, so any database will do.
import { EventStoreDBClient } from '@eventstore/db-client'
import * as E from 'fp-ts/lib/Either.js'
import { afterAll, describe, it } from 'vitest'
import { describeEventStoreContract } from '@clientele/core/testing'
import type { EventStoreDbClient } from './client.js'
import { connectEventStoreDb, parseConnectionString, renderConnectionStringInvalid } from './connectionString.js'
import { createEventStoreDbStore } from './eventStoreDbStore.js'

const url = process.env['CLIENTELE_ESDB_URL']

if (url === undefined || url === '') {
  const reason = 'CLIENTELE_ESDB_URL is not set: the contract suite against a real EventStoreDB server was skipped'
  console.warn(`[adapter-eventstore] ${reason}`)
  it.skip(reason, () => undefined)
} else {
  // Through connectEventStoreDb, never the client's own connectionString: that throws on strings it
  // refuses with a message quoting them, password included. The store it returns owns the client;
  // the suite's stores share that client and leave it open.
  let client: EventStoreDbClient | undefined
  const connected = await connectEventStoreDb(url, { connect: (text) => (client = EventStoreDBClient.connectionString(text)) })
  if (E.isLeft(connected) || client === undefined) {
    throw new Error(`CLIENTELE_ESDB_URL: ${E.isLeft(connected) ? renderConnectionStringInvalid(connected.left) : 'no client'}`)
  }
  const shared = client
  const settings = parseConnectionString(url)
  afterAll(() => connected.right.close())
  describe('a real server', () => {
    describeEventStoreContract('EventStoreDB adapter', {
      label: `real server, ${E.isRight(settings) ? settings.right.hosts.length : '?'} host(s)${E.isRight(settings) && settings.right.discover ? ', discovered' : ''}`,
      makeStore: async () => createEventStoreDbStore({ client: shared, streams: ['contract-'], timeoutMs: 10_000 }),
    })
  })
}
