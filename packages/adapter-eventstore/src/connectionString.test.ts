import { EventStoreDBClient } from '@eventstore/db-client'
import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import type { EventStoreDbClient } from './client.js'
import { connectEventStoreDb, parseConnectionString, renderConnectionStringInvalid } from './connectionString.js'
import { checkParserAgreesWithClient } from './connectionStrings.test-support.js'

const rightOf = <A>(result: E.Either<unknown, A>): A => {
  if (E.isLeft(result)) throw new Error(`expected Right, got ${JSON.stringify(result.left)}`)
  return result.right
}

describe('parseConnectionString', () => {
  it('accepts a local single node', () => {
    expect(rightOf(parseConnectionString('esdb://localhost:2113?tls=false'))).toEqual({
      scheme: 'esdb',
      discover: false,
      hosts: [{ host: 'localhost', port: 2113 }],
      tls: false,
      hasCredentials: false,
      options: { tls: 'false' },
    })
  })

  it('accepts a cluster found through DNS and gossip, with credentials it does not keep', () => {
    const settings = rightOf(parseConnectionString('esdb+discover://admin:changeit@cluster.example.com:2113?nodePreference=leader&tlsVerifyCert=true'))
    expect(settings).toMatchObject({ scheme: 'esdb+discover', discover: true, tls: true, hasCredentials: true })
    expect(JSON.stringify(settings)).not.toContain('changeit')
  })

  it('accepts seed lists, default ports, the successor schemes and keys in any case', () => {
    expect(rightOf(parseConnectionString('esdb://node1:2113,node2,node3:3113?TLS=true')).hosts).toEqual([
      { host: 'node1', port: 2113 },
      { host: 'node2', port: 2113 },
      { host: 'node3', port: 3113 },
    ])
    for (const scheme of ['kurrentdb', 'kurrentdb+discover', 'kurrent', 'kdb+discover']) {
      expect(E.isRight(parseConnectionString(`${scheme}://db.example.com`))).toBe(true)
    }
  })

  it.each([
    ['http://localhost:2113', 'scheme'],
    ['esdb+gossip://localhost', 'scheme'],
    ['localhost:2113', 'scheme'],
    ['esdb://', 'hosts'],
    ['esdb://a,,b', 'hosts'],
    ['esdb://localhost:99999', 'port'],
    ['esdb://localhost:0', 'port'],
    ['esdb://localhost?tsl=false', 'unknownOption'],
    ['esdb://localhost?tls=maybe', 'optionValue'],
    ['esdb://localhost?nodePreference=nearest', 'optionValue'],
    ['esdb://localhost?defaultDeadline=soon', 'optionValue'],
    ['esdb://localhost?throwOnAppendFailure=false', 'optionValue'],
    ['esdb://localhost?tls=%ZZ', 'optionValue'],
    ['esdb://admin:p@ss@localhost:2113', 'hosts'],
    ['esdb://my host:2113', 'hosts'],
    // What the clients refuse, each with an error of their own that a caller would not expect.
    ['esdb://:Hunter2x@h', 'credentials'],
    ['esdb://shop:@h', 'credentials'],
    ['esdb://shop@h', 'credentials'],
    ['esdb://@h', 'credentials'],
    ['esdb://shop:Hunter2x:more@h', 'credentials'],
    ['esdb://shop:%ZZ@h', 'credentials'],
    ['esdb://[::1]:2113', 'hosts'],
    ['ESDB://localhost', 'scheme'],
    ['esdb://localhost/?tls=false', 'hosts'],
    ['esdb://localhost?', 'unknownOption'],
    ['esdb://localhost?tls=false&', 'unknownOption'],
    ['esdb://localhost?keepAliveInterval=-5', 'optionValue'],
    ['esdb://localhost?keepAliveTimeout=-2', 'optionValue'],
    ['esdb://localhost?defaultDeadline=-1', 'optionValue'],
    ['esdb://localhost?defaultDeadline=0', 'optionValue'],
    ['esdb://localhost?gossipTimeout=-3', 'optionValue'],
    ['esdb://localhost?keepAliveInterval=99999999999999999999', 'optionValue'],
    ['esdb://localhost?tls=%74rue', 'optionValue'],
    ['esdb://localhost?nodePreference=read_only_replica', 'optionValue'],
    ['esdb://localhost?connectionName=a?b', 'optionValue'],
    ['esdb://localhost:2113?connectionName=a@b', 'optionValue'],
    ['esdb://localhost?connectionName=/', 'optionValue'],
    ['esdb://localhost?userCertFile=user.crt', 'optionValue'],
  ])('refuses %s (%s)', (text, problem) => {
    expect(parseConnectionString(text)).toMatchObject({ _tag: 'Left', left: { _tag: 'ConnectionStringInvalid', problem } })
  })

  it('never puts a user:password in an error, whatever part of the string is wrong', () => {
    const credentials = 'shopadmin:Hunter2-pw'
    const cases = [
      `esdb://${credentials}@host:70000`,
      `esdb://${credentials}@host:21x3`,
      `esdb://${credentials}@`,
      `esdb://${credentials}@host?${credentials}`,
      `esdb://${credentials}@host?tls=${credentials}`,
      `esdb://${credentials}@host?nodePreference=${encodeURIComponent(credentials)}`,
      `esdb://${credentials}@host?tls=%ZZ`,
      `esdb://${credentials}@host:2113/path`,
      `esdbx://${credentials}@host`,
      `esdb+gossip://${credentials}@host`,
      `${credentials}@host:2113`,
      'esdb://shopadmin:Hunter2@pw@host',
      'esdb://shopadmin:Hunter2/pw@host',
      'esdb://shopadmin:Hunter2?pw@host',
      'esdb://shopadmin:Hunter2#pw@host',
    ]
    for (const text of cases) {
      const result = parseConnectionString(text)
      if (E.isRight(result)) throw new Error(`accepted case ${cases.indexOf(text)}`)
      const shown = `${JSON.stringify(result.left)} ${renderConnectionStringInvalid(result.left)}`
      for (const secret of [credentials, 'Hunter2', 'shopadmin', 'pw@host']) expect(shown).not.toContain(secret)
    }
  })

  it('keeps no part of a password in the settings it accepts', () => {
    const settings = rightOf(parseConnectionString('esdb://shopadmin:Hunter2%40pw@host:2113?tls=false'))
    expect(JSON.stringify(settings)).not.toMatch(/shopadmin|Hunter2|pw/)
    expect(settings).toMatchObject({ hosts: [{ host: 'host', port: 2113 }], hasCredentials: true })
  })

  it('takes the schemes, and refuses the options, of the client it is told of', () => {
    expect(parseConnectionString('kdb://h', { client: 'eventstore' })).toMatchObject({ _tag: 'Left', left: { problem: 'scheme' } })
    expect(parseConnectionString('kurrentdb+discover://h', { client: 'eventstore' })).toMatchObject({ _tag: 'Left', left: { problem: 'scheme' } })
    expect(E.isRight(parseConnectionString('esdb+discover://h', { client: 'eventstore' }))).toBe(true)
    expect(E.isRight(parseConnectionString('kdb://h', { client: 'kurrent' }))).toBe(true)
    // @eventstore/db-client ignores it and prints the whole string, password included, to the console.
    for (const client of ['eventstore', 'either'] as const) {
      expect(parseConnectionString('esdb://shop:Hunter2x@h?tlsVerifyCert=false', { client })).toMatchObject({ _tag: 'Left', left: { problem: 'optionValue' } })
    }
    expect(E.isRight(parseConnectionString('kdb://shop:Hunter2x@h?tlsVerifyCert=false', { client: 'kurrent' }))).toBe(true)
  })

  it('takes one slash after the hosts (not two: the successor client refuses them), and keeps keep-alive -1 (off)', () => {
    expect(rightOf(parseConnectionString('esdb://h:2113/')).hosts).toEqual([{ host: 'h', port: 2113 }])
    expect(E.isLeft(parseConnectionString('esdb://h:2113//'))).toBe(true)
    expect(rightOf(parseConnectionString('esdb://h?keepAliveInterval=-1&connectionName=a%2Fb')).options).toEqual({ keepAliveInterval: '-1', connectionName: 'a/b' })
  })

  it('never echoes a value, credentials least of all', () => {
    for (const text of [
      'esdb+discover://admin:S3cret@host:70000',
      'esdb://admin:S3cret@host?S3cret=1',
      'esdb://admin:S3cret@host?tls=S3cret',
      'ftp://admin:S3cret@host',
    ]) {
      const result = parseConnectionString(text)
      if (E.isRight(result)) throw new Error(`accepted ${text}`)
      expect(JSON.stringify(result.left)).not.toContain('S3cret')
      expect(renderConnectionStringInvalid(result.left)).not.toContain('S3cret')
    }
  })
})

describe('parseConnectionString and @eventstore/db-client agree', () => {
  it('on strings built at random: what the parser takes, the client takes silently; what the client refuses, the parser refused', async () => {
    await checkParserAgreesWithClient('eventstore', (text) => EventStoreDBClient.connectionString(text), 600)
  }, 30_000)
})

describe('connectEventStoreDb', () => {
  it('turns the strings the client would have thrown on, quoting the password, into typed errors', async () => {
    for (const text of ['esdb://:Hunter2x@h', 'esdb://shop:@h', 'esdb://[::1]:2113', 'esdb://h?keepAliveInterval=-5', 'esdb://h?defaultDeadline=-1', 'kdb://shop:Hunter2x@h']) {
      // No `connect`: @eventstore/db-client itself, which takes esdb only.
      const result = await connectEventStoreDb(text)
      expect(result).toMatchObject({ _tag: 'Left', left: { _tag: 'ConnectionStringInvalid' } })
      expect(`${JSON.stringify(result)} ${E.isLeft(result) ? renderConnectionStringInvalid(result.left) : ''}`).not.toMatch(/Hunter2x|shop/)
    }
  })

  it('when the client still refuses (a certificate file that does not exist), clientRefused without its message', async () => {
    const result = await connectEventStoreDb('esdb://shop:Hunter2x@h?tlsCAFile=missing-Hunter2x.crt')
    expect(result).toEqual({ _tag: 'Left', left: { _tag: 'ConnectionStringInvalid', problem: 'clientRefused', detail: expect.any(String) } })
    expect(JSON.stringify(result)).not.toMatch(/Hunter2x|shop/)
  })

  it('resolves, never rejects, with a typed error for a bad escape, and quotes nothing of the string', async () => {
    const result = await connectEventStoreDb('esdb://shopadmin:Hunter2-pw@localhost:2113?tls=%E0%A4%A', { connect: () => { throw new Error('unreachable') } })
    expect(result).toMatchObject({ _tag: 'Left', left: { problem: 'optionValue', detail: 'tls' } })
    expect(JSON.stringify(result)).not.toContain('Hunter2')
  })

  it('returns the typed error and makes no client for a bad string', async () => {
    let made = 0
    const result = await connectEventStoreDb('esdb://admin:pw@localhost:2113?tls=nope', {
      connect: () => {
        made += 1
        throw new Error('unreachable')
      },
    })
    expect(result).toMatchObject({ _tag: 'Left', left: { problem: 'optionValue', detail: 'tls' } })
    expect(made).toBe(0)
  })

  it("turns the client's own refusal into clientRefused, without its message", async () => {
    const result = await connectEventStoreDb('kurrentdb://admin:pw@localhost:2113', {
      connect: (text) => {
        throw new Error(`Unexpected protocol in ${text}`)
      },
    })
    expect(result).toMatchObject({ _tag: 'Left', left: { problem: 'clientRefused' } })
    expect(JSON.stringify(result)).not.toContain('pw@')
  })

  it('gives a store that owns its client: closing the store disposes it', async () => {
    let disposed = 0
    const client = { dispose: async () => void (disposed += 1) } as unknown as EventStoreDbClient
    const store = rightOf(await connectEventStoreDb('esdb://localhost:2113?tls=false', { connect: () => client }))
    await store.close()
    expect(disposed).toBe(1)
  })
})
