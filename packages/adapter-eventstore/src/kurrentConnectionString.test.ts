// parseConnectionString against @kurrent/kurrentdb-client, whose connection
// strings are read twice: by its JavaScript part and by its native part,
// which is stricter about numbers and node preferences. In a file of its own:
// the two client packages cannot share a process.
import { KurrentDBClient } from '@kurrent/kurrentdb-client'
import { describe, expect, it } from 'vitest'
import { connectEventStoreDb, renderConnectionStringInvalid } from './connectionString.js'
import { checkParserAgreesWithClient } from './connectionStrings.test-support.js'

describe('parseConnectionString and @kurrent/kurrentdb-client agree', () => {
  it('on strings built at random: what the parser takes, the client takes silently; what the client refuses, the parser refused', async () => {
    await checkParserAgreesWithClient('kurrent', (text) => KurrentDBClient.connectionString(text), 400)
  }, 30_000)

  it('connectEventStoreDb with this client turns its refusals into typed errors that quote nothing', async () => {
    for (const text of ['kurrentdb://:Hunter2x@h', 'kdb://[::1]', 'kdb://h?gossipTimeout=-3', 'kdb://h?nodePreference=read_only_replica', 'kdb://h?tls=true&tlsCAFile=missing.crt']) {
      const result = await connectEventStoreDb(text, { client: 'kurrent', connect: (s) => KurrentDBClient.connectionString(s) })
      expect(result).toMatchObject({ _tag: 'Left', left: { _tag: 'ConnectionStringInvalid' } })
      if (result._tag === 'Left') expect(renderConnectionStringInvalid(result.left)).not.toMatch(/Hunter2x|missing/)
    }
  })
})
