// The contract suite against a real EventStoreDB / KurrentDB server, when
// CLIENTELE_ESDB_URL names one, e.g.
//   CLIENTELE_ESDB_URL='esdb://localhost:2113?tls=false' pnpm exec vitest run packages/adapter-eventstore/src/eventStoreDbStore.int.test.ts
// Every test writes to fresh `contract-…` streams, so any database will do.
import { EventStoreDBClient } from '@eventstore/db-client'
import * as E from 'fp-ts/lib/Either.js'
import { afterAll, describe, it } from 'vitest'
import { describeEventStoreContract } from '@clientele/core/testing'
import { parseConnectionString, renderConnectionStringInvalid } from './connectionString.js'
import { createEventStoreDbStore } from './eventStoreDbStore.js'

const url = process.env['CLIENTELE_ESDB_URL']

if (url === undefined || url === '') {
  const reason = 'CLIENTELE_ESDB_URL is not set: the contract suite against a real EventStoreDB server was skipped'
  console.warn(`[adapter-eventstore] ${reason}`)
  it.skip(reason, () => undefined)
} else {
  const parsed = parseConnectionString(url)
  if (E.isLeft(parsed)) throw new Error(`CLIENTELE_ESDB_URL: ${renderConnectionStringInvalid(parsed.left)}`)
  const client = EventStoreDBClient.connectionString(url)
  afterAll(() => client.dispose())
  describe('a real server', () => {
    describeEventStoreContract('EventStoreDB adapter', {
      label: `real server, ${parsed.right.hosts.length} host(s)${parsed.right.discover ? ', discovered' : ''}`,
      makeStore: async () => createEventStoreDbStore({ client, streams: ['contract-'], timeoutMs: 10_000 }),
    })
  })
}
