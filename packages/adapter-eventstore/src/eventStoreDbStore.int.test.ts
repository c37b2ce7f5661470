// The contract suite against a real EventStoreDB / KurrentDB server through
// @eventstore/db-client, when CLIENTELE_ESDB_URL names one, e.g.
//   CLIENTELE_ESDB_URL='esdb://localhost:2113?tls=false' pnpm exec vitest run packages/adapter-eventstore/src/eventStoreDbStore.int.test.ts
// Every test writes to fresh `contract-…` streams, so any database will do.
// See realServer.test-support.ts; kurrentDbStore.int.test.ts does the same
// through @kurrent/kurrentdb-client.
import { EventStoreDBClient } from '@eventstore/db-client'
import { describeRealServer } from './realServer.test-support.js'

await describeRealServer(
  { name: '@eventstore/db-client', package: 'eventstore', connect: (text) => EventStoreDBClient.connectionString(text) },
  process.env['CLIENTELE_ESDB_URL'],
)
