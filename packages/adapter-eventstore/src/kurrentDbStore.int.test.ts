// The contract suite against a real EventStoreDB / KurrentDB server through
// @kurrent/kurrentdb-client, when CLIENTELE_ESDB_URL names one (`esdb://` or
// `kurrentdb://`), e.g.
//   CLIENTELE_ESDB_URL='kurrentdb://localhost:2113?tls=false' pnpm exec vitest run packages/adapter-eventstore/src/kurrentDbStore.int.test.ts
// See realServer.test-support.ts. In a file of its own: the two client
// packages cannot share a process.
import { KurrentDBClient } from '@kurrent/kurrentdb-client'
import { describeRealServer } from './realServer.test-support.js'

await describeRealServer(
  { name: '@kurrent/kurrentdb-client', package: 'kurrent', connect: (text) => KurrentDBClient.connectionString(text) },
  process.env['CLIENTELE_ESDB_URL'],
)
