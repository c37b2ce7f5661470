import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import type { EventStoreDbClient } from './client.js'
import { connectEventStoreDb, parseConnectionString, renderConnectionStringInvalid } from './connectionString.js'

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
    expect(rightOf(parseConnectionString('esdb://[::1]:2113')).hosts).toEqual([{ host: '[::1]', port: 2113 }])
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

describe('connectEventStoreDb', () => {
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
