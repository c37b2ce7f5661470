// Runs the wire-level test server in a process of its own, to check the
// real-server suite's wiring (it is not a real server: see the README):
//   pnpm exec tsx --conditions=@clientele/source packages/adapter-eventstore/src/testServer/serve.ts [--client eventstore|kurrent] [--port 2113] [--classic]
// It prints the connection string to put in CLIENTELE_ESDB_URL and runs
// until interrupted. --classic: it does not offer BatchAppend.
import { parseArgs } from 'node:util'
import { startEventStoreDbTestServer } from './eventStoreDbTestServer.js'

const { values } = parseArgs({
  options: {
    client: { type: 'string', default: 'eventstore' },
    port: { type: 'string', default: '0' },
    classic: { type: 'boolean', default: false },
  },
})
if (values.client !== 'eventstore' && values.client !== 'kurrent') throw new Error('--client: eventstore or kurrent')
const port = Number(values.port)
if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error('--port: a port number')

const server = await startEventStoreDbTestServer({ client: values.client, port, advertiseBatchAppend: !values.classic })
console.log(server.connectionString)
const shutDown = (): void => {
  void server.stop().then(() => process.exit(0))
}
process.on('SIGINT', shutDown)
process.on('SIGTERM', shutDown)
