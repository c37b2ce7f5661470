// The contract suite against a real EventStoreDB / KurrentDB server named by
// CLIENTELE_ESDB_URL, declared once and run by both client test files
// (eventStoreDbStore.int.test.ts for @eventstore/db-client,
// kurrentDbStore.int.test.ts for @kurrent/kurrentdb-client): once with the
// appends the server offers (BatchAppend on real servers), once with classic
// appends. Kept free of either client package, which cannot share a process.
import * as E from 'fp-ts/lib/Either.js'
import { afterAll, describe, it } from 'vitest'
import { describeEventStoreContract } from '@clientele/core/testing'
import type { ClientCredentials, EventStoreDbClient } from './client.js'
import { connectEventStoreDb, parseConnectionString, renderConnectionStringInvalid } from './connectionString.js'
import { createEventStoreDbStore } from './eventStoreDbStore.js'

export interface RealServerKit {
  readonly name: string
  readonly package: 'eventstore' | 'kurrent'
  readonly connect: (connectionString: string) => EventStoreDbClient
}

const skip = (reason: string): void => {
  console.warn(`[adapter-eventstore] ${reason}`)
  it.skip(reason, () => undefined)
}

/**
 * The string's user:password, decoded, for classic appends (which send
 * credentials with each call, replacing the connection's). The parser keeps
 * none, on purpose; this test reads them back for itself and never prints them.
 */
const credentialsOf = (url: string): ClientCredentials | undefined => {
  const match = /^[A-Za-z+]+:\/\/([^@/?#]+)@/.exec(url.trim())
  const [user, password] = (match?.[1] ?? '').split(':')
  return user === undefined || password === undefined ? undefined : { username: decodeURIComponent(user), password: decodeURIComponent(password) }
}

export const describeRealServer = async (kit: RealServerKit, url: string | undefined): Promise<void> => {
  if (url === undefined || url === '') {
    skip(`CLIENTELE_ESDB_URL is not set: the contract suite against a real EventStoreDB server through ${kit.name} was skipped`)
    return
  }
  // Through connectEventStoreDb, never the client's own connectionString: that throws on strings it
  // refuses with a message quoting them, password included. The store it returns owns the client;
  // the suite's stores share that client and leave it open.
  let client: EventStoreDbClient | undefined
  const connected = await connectEventStoreDb(url, { client: kit.package, connect: (text) => (client = kit.connect(text)) })
  if (E.isLeft(connected)) {
    const { problem } = connected.left
    if (kit.package === 'eventstore' && problem === 'scheme' && E.isRight(parseConnectionString(url, { client: 'kurrent' }))) {
      skip(`CLIENTELE_ESDB_URL is a string for @kurrent/kurrentdb-client, which ${kit.name} does not take: its passes were skipped (kurrentDbStore.int.test.ts runs them)`)
      return
    }
    throw new Error(`CLIENTELE_ESDB_URL: ${renderConnectionStringInvalid(connected.left)}`)
  }
  if (client === undefined) throw new Error('CLIENTELE_ESDB_URL: no client was made')
  const shared = client
  const settings = parseConnectionString(url, { client: kit.package })
  const where = E.isRight(settings) ? `${settings.right.hosts.length} host(s)${settings.right.discover ? ', discovered' : ''}` : ''
  afterAll(() => connected.right.close())
  const credentials = credentialsOf(url)
  describe(`a real server, through ${kit.name}`, () => {
    describeEventStoreContract('EventStoreDB adapter', {
      label: `real server, ${where}, appends as the server offers`,
      makeStore: async () => createEventStoreDbStore({ client: shared, streams: ['contract-'], timeoutMs: 10_000 }),
    })
    describeEventStoreContract('EventStoreDB adapter', {
      label: `real server, ${where}, classic appends`,
      makeStore: async () =>
        createEventStoreDbStore({ client: shared, streams: ['contract-'], timeoutMs: 10_000, appends: 'classic', ...(credentials !== undefined && { credentials }) }),
    })
  })
}
