// The check both client test files run (connectionString.test.ts with
// @eventstore/db-client, kurrentConnectionString.test.ts with
// @kurrent/kurrentdb-client): connection strings built at random from
// pieces, good and bad, each given to parseConnectionString and to the real
// client. Whatever the parser accepts, the client must accept without a word
// on the console about it; whatever the client refuses, the parser must have
// refused first, in words that hold no part of the credentials. Kept free of
// either client package, which cannot share a process.
import { fileURLToPath } from 'node:url'
import * as E from 'fp-ts/lib/Either.js'
import fc from 'fast-check'
import { expect, vi } from 'vitest'
import { parseConnectionString, renderConnectionStringInvalid, type ConnectionStringClient } from './connectionString.js'

/** The password every generated user:password carries, to look for in what comes out. */
export const secret = 'Hunter2x'

// A file that exists, for the options that name one (the clients read them when made).
const existingFile = encodeURIComponent(fileURLToPath(import.meta.url))

const scheme = fc.constantFrom('esdb', 'esdb+discover', 'kurrentdb', 'kurrentdb+discover', 'kurrent', 'kdb+discover', 'ESDB', 'Kdb', 'esdb+gossip', 'http', 'esdb:')
const credentials = fc.constantFrom(
  '',
  `shop:${secret}@`,
  `:${secret}@`,
  'shop:@',
  `${secret}@`,
  `shop:${secret}:more@`,
  `shop%3A1:${secret}%40%3A@`,
  `shop:${secret}%ZZ@`,
  '@',
  `a@shop:${secret}@`,
)
const host = fc.constantFrom('h', 'node-1', 'a.b.c', 'db_1', '1.2.3.4', '[::1]', '[::1', '', 'my host', '-h', 'h%20', "h'")
const port = fc.constantFrom('', '', ':2113', ':1', ':65535', ':0', ':65536', ':21x3', ':', ':-1')
const key = fc.constantFrom(
  'tls', 'TLS', 'tlsVerifyCert', 'nodePreference', 'NodePreference', 'defaultDeadline', 'keepAliveInterval', 'keepAliveTimeout',
  'gossipTimeout', 'maxDiscoverAttempts', 'discoveryInterval', 'connectionName', 'throwOnAppendFailure', 'dnsDiscover',
  'tsl', 'node_preference', '',
)
// The options that name a file name one that exists. What is in the file the parser leaves to the client
// too: both clients read a user certificate and key when made, and refuse a file that holds none.
const fileKey = fc.constantFrom('tlsCAFile', 'userCertFile', 'userKeyFile')
const value = fc.constantFrom(
  'true', 'false', 'True', '%74rue', '-1', '-5', '0', '1', '150', '10000', '5x', '9007199254740991', '99999999999999999999',
  'leader', 'follower', 'random', 'readonlyreplica', 'ReadOnlyReplica', 'read_only_replica', 'read-only-replica',
  'shop', 'a?b', 'a@b', `a:${secret}@b`, '%ZZ', '%20', '/', 'a/', 'a=b', '',
)
const pair = fc.oneof(
  fc.tuple(key, value).map(([k, v]) => `${k}=${v}`),
  fileKey.map((k) => `${k}=${existingFile}`),
  fc.constantFrom('tls=false', 'tls=false', 'tls', '='),
)
const query = fc.oneof(fc.constant(''), fc.constant('?'), fc.array(pair, { minLength: 1, maxLength: 4 }).map((pairs) => `?${pairs.join('&')}`))

export const connectionStrings = fc
  .tuple(scheme, credentials, fc.array(fc.tuple(host, port), { minLength: 1, maxLength: 3 }), fc.constantFrom('', '', '/', '//'), query, fc.constantFrom('', ' '))
  .map(([s, c, hosts, slash, q, space]) => `${space}${s}://${c}${hosts.map(([h, p]) => `${h}${p}`).join(',')}${slash}${q}`)

/** What happened when a client was made from a string. */
type Made = { readonly thrown: false } | { readonly thrown: true; readonly message: string }

/**
 * Runs the property: for `runs` generated strings, the parser (told which
 * client) and `make` (the real client) agree, and nothing the client prints
 * holds the string or the password.
 */
export const checkParserAgreesWithClient = async (
  client: Exclude<ConnectionStringClient, 'either'>,
  make: (text: string) => { dispose(): Promise<void> },
  runs: number,
): Promise<void> => {
  const printed: string[] = []
  const spies = (['log', 'warn', 'error', 'info', 'debug'] as const).map((method) =>
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void printed.push(args.map(String).join(' '))),
  )
  try {
    await fc.assert(
      fc.asyncProperty(connectionStrings, async (text) => {
        printed.length = 0
        const parsed = parseConnectionString(text, { client })
        let made: Made
        try {
          await make(text).dispose()
          made = { thrown: false }
        } catch (error) {
          made = { thrown: true, message: error instanceof Error ? error.message : String(error) }
        }
        if (E.isRight(parsed)) {
          // Accepted: the client must take it too (unless it names a user certificate, which the
          // generated strings' file is not), and say nothing that quotes it.
          if (parsed.right.options['userCertFile'] === undefined) expect(made).toEqual({ thrown: false })
          else if (made.thrown) expect(made.message).not.toContain(secret)
          for (const line of printed) {
            expect(line).not.toContain(secret)
            expect(line).not.toContain(text.trim())
          }
          expect(JSON.stringify(parsed.right)).not.toContain(secret)
        } else {
          const shown = `${JSON.stringify(parsed.left)} ${renderConnectionStringInvalid(parsed.left)}`
          expect(shown).not.toContain(secret)
          expect(shown).not.toContain('shop')
        }
      }),
      { numRuns: runs },
    )
  } finally {
    for (const spy of spies) spy.mockRestore()
  }
}
