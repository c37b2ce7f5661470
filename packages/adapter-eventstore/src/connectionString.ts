import * as E from 'fp-ts/lib/Either.js'
import type { EventStore } from '@clientele/core'
import type { EventStoreDbClient } from './client.js'
import { createEventStoreDbStore, type EventStoreDbStoreOptions } from './eventStoreDbStore.js'

// Connection strings are checked here before a client sees them, so that a
// bad one is a typed error rather than a client exception, whose message
// would repeat the string, password included. Problems name the part at
// fault, never its value.

/**
 * Why a connection string was refused. `detail` names an option key or a
 * position, never a value.
 *
 * @since 0.1.0
 * @category connection
 */
export interface ConnectionStringInvalid {
  readonly _tag: 'ConnectionStringInvalid'
  readonly problem: 'scheme' | 'credentials' | 'hosts' | 'port' | 'unknownOption' | 'optionValue' | 'clientRefused'
  /** Which part: a known option's key, or a position ("host 2", "option 1"). */
  readonly detail?: string
}

/**
 * What a valid connection string says, without its credentials.
 *
 * @since 0.1.0
 * @category connection
 */
export interface ConnectionSettings {
  readonly scheme: string
  /** `+discover`: the hosts are asked (by gossip) for the cluster's nodes. */
  readonly discover: boolean
  readonly hosts: ReadonlyArray<{ readonly host: string; readonly port: number }>
  readonly tls: boolean
  /** Whether user:password@ was given (the credentials themselves are not kept). */
  readonly hasCredentials: boolean
  /** Options by their canonical key. */
  readonly options: Readonly<Record<string, string>>
}

/**
 * Which client the string is for: `eventstore` (@eventstore/db-client),
 * `kurrent` (@kurrent/kurrentdb-client), or `either` (what both accept).
 *
 * @since 0.1.0
 * @category connection
 */
export type ConnectionStringClient = 'eventstore' | 'kurrent' | 'either'

const eventStoreSchemes = ['esdb'] as const
const allSchemes = ['esdb', 'kurrentdb', 'kurrent', 'kdb'] as const

// An integer option's bounds are the stricter of the two clients': both refuse
// a keep-alive below -1 and a deadline below 1 (their constructors throw); the
// successor's native part refuses negative discovery settings and values past
// 64 bits; past 2^53 a JavaScript number is no longer the value written.
type OptionCheck = { readonly kind: 'boolean' } | { readonly kind: 'integer'; readonly min: number } | { readonly kind: 'nodePreference' } | { readonly kind: 'text' }

const boolean: OptionCheck = { kind: 'boolean' }
const text: OptionCheck = { kind: 'text' }
const integerFrom = (min: number): OptionCheck => ({ kind: 'integer', min })

/** The options both clients understand, by lower-case key. */
const knownOptions: Record<string, { readonly key: string; readonly check: OptionCheck }> = Object.fromEntries(
  (
    [
      ['connectionName', text],
      ['maxDiscoverAttempts', integerFrom(0)],
      ['discoveryInterval', integerFrom(0)],
      ['gossipTimeout', integerFrom(0)],
      ['nodePreference', { kind: 'nodePreference' }],
      ['tls', boolean],
      ['tlsVerifyCert', boolean],
      ['tlsCAFile', text],
      ['throwOnAppendFailure', boolean],
      ['keepAliveInterval', integerFrom(-1)],
      ['keepAliveTimeout', integerFrom(-1)],
      ['defaultDeadline', integerFrom(1)],
      ['userCertFile', text],
      ['userKeyFile', text],
      ['dnsDiscover', boolean],
    ] as const
  ).map(([key, check]) => [key.toLowerCase(), { key, check }]),
)

const invalid = (problem: ConnectionStringInvalid['problem'], detail?: string): E.Either<ConnectionStringInvalid, never> =>
  E.left({ _tag: 'ConnectionStringInvalid', problem, ...(detail !== undefined && { detail }) })

/** A percent-decoded part, or undefined for a bad escape (which `decodeURIComponent` throws on). */
const decodedComponent = (part: string): string | undefined => {
  try {
    return decodeURIComponent(part)
  } catch {
    return undefined
  }
}

// Values are checked as written, not decoded: the clients read booleans,
// integers and node preferences undecoded (`tls=%74rue` is refused by them).
const validValue = (check: OptionCheck, value: string): boolean => {
  switch (check.kind) {
    case 'boolean':
      return value === 'true' || value === 'false'
    case 'integer':
      return /^-?\d+$/.test(value) && Number.isSafeInteger(Number(value)) && Number(value) >= check.min
    case 'nodePreference':
      // The successor's native part knows these four spellings only (not read_only_replica).
      return ['leader', 'follower', 'random', 'readonlyreplica'].includes(value.toLowerCase())
    case 'text':
      // The clients decode text options and throw on a bad escape.
      return value.length > 0 && decodedComponent(value) !== undefined
  }
}

/**
 * `user:password@`, as both clients read it: a user name without `:`, then a
 * password; the clients cut the password at a second `:` without a word, and
 * read an empty user or password as a host with a bad port, then throw an
 * error quoting the rest of the string, password included.
 */
const credentialsProblem = (credentials: string): string | undefined => {
  const parts = credentials.split(':')
  if (parts.length !== 2) return 'expected user:password (a : in either must be percent-encoded as %3A)'
  const [user = '', password = ''] = parts
  if (user.length === 0) return 'the user name is empty'
  if (password.length === 0) return 'the password is empty'
  if (decodedComponent(user) === undefined || decodedComponent(password) === undefined) return 'a bad percent escape'
  return undefined
}

/**
 * Checks a connection string: `esdb://` (or `kurrentdb://`, `kurrent://`,
 * `kdb://`) for one node or a list of seeds, `esdb+discover://` (and the
 * others' `+discover`) for a cluster found through DNS and gossip; then
 * `[user:password@]host[:port]` (default 2113) separated by commas, then
 * `?key=value&…`. Every string it accepts, the client named by `client`
 * accepts too (tested against both, strings generated at random), except for
 * files (`tlsCAFile`, `userCertFile`, `userKeyFile`) that do not exist.
 *
 * @example
 * parseConnectionString('esdb+discover://admin:changeit@cluster.example.com:2113?tls=true&nodePreference=leader')
 *
 * @since 0.1.0
 * @category connection
 */
export const parseConnectionString = (
  text: string,
  { client = 'either' }: { readonly client?: ConnectionStringClient } = {},
): E.Either<ConnectionStringInvalid, ConnectionSettings> => {
  // One slash may end the hosts: the JavaScript parts of the clients drop any number, but the
  // successor's native part refuses two.
  const match = /^([A-Za-z+]+):\/\/(?:([^@/?#]*)@)?([^/?#]*)(\/?)(?:\?(.*))?$/.exec(text.trim())
  if (match === null) return invalid('scheme', 'expected scheme://[user:password@]host[:port][,host…][?key=value…]')
  const [, scheme = '', credentials, rawHosts = '', slash = '', query] = match
  const [base = '', suffix] = scheme.split('+')
  const schemes: ReadonlyArray<string> = client === 'eventstore' ? eventStoreSchemes : allSchemes
  // Lower case only: the clients compare the scheme as written.
  if (!schemes.includes(base) || (suffix !== undefined && suffix !== 'discover')) {
    const forClient = client === 'eventstore' ? ' (@eventstore/db-client accepts only esdb)' : ''
    return invalid('scheme', `expected one of ${schemes.map((s) => `${s}://`).join(', ')}, optionally with +discover, in lower case${forClient}`)
  }
  if (credentials !== undefined) {
    const problem = credentialsProblem(credentials)
    if (problem !== undefined) return invalid('credentials', problem)
  }
  const hosts: Array<{ host: string; port: number }> = []
  for (const [index, entry] of rawHosts.split(',').entries()) {
    // Host names are letters, digits, dots, hyphens (and underscores, as container names have).
    // Anything else is refused rather than kept: `user:p@ss@host` would put part of a password in a host.
    // [IPv6] addresses too: neither client parses them.
    const hostMatch = /^([A-Za-z0-9._-]+)(?::(\d*))?$/.exec(entry)
    if (hostMatch === null) {
      const why = entry.startsWith('[') ? 'an [IPv6] address, which the clients do not parse: use a host name' : 'not host[:port] (an @, /, ? or # in the password must be percent-encoded)'
      return invalid('hosts', `host ${index + 1} is ${why}`)
    }
    const port = hostMatch[2] === undefined ? 2113 : Number(hostMatch[2])
    if (!Number.isInteger(port) || port < 1 || port > 65_535) return invalid('port', `host ${index + 1} has no port from 1 to 65535`)
    hosts.push({ host: hostMatch[1] ?? '', port })
  }
  // `host/?…`: the clients would take the slash into the host name.
  if (slash !== '' && query !== undefined) return invalid('hosts', 'a / before the options')
  const options: Record<string, string> = {}
  if (query !== undefined) {
    // `host?` alone, an empty `&&` pair or a `?` in a value: the clients refuse all three. An `@` in a
    // value they would read as the end of a user:password (`h:1?connectionName=a@b` is host b to them).
    // A value ending in `/` loses it to one part of the successor client and not to the other.
    if (query === '') return invalid('unknownOption', 'option 1 is missing after ?')
    for (const [index, pair] of query.split('&').entries()) {
      const [rawKey = '', ...rest] = pair.split('=')
      const known = knownOptions[rawKey.toLowerCase()]
      // By position, not by name: a mistyped string may have a secret where a key should be.
      if (known === undefined) return invalid('unknownOption', `option ${index + 1}`)
      const value = rest.join('=')
      if (/[?@]|\/$/.test(value) || !validValue(known.check, value)) return invalid('optionValue', known.key)
      options[known.key] = known.check.kind === 'text' ? (decodedComponent(value) ?? '') : value
    }
  }
  if (options['throwOnAppendFailure'] === 'false') {
    // The adapter learns of conflicts from the thrown error; the batched path's non-throwing result is also wrong.
    return invalid('optionValue', 'throwOnAppendFailure (must stay true)')
  }
  if (client !== 'kurrent' && options['tlsVerifyCert'] === 'false') {
    // @eventstore/db-client ignores it, and warns on the console quoting the whole string, password included.
    return invalid('optionValue', 'tlsVerifyCert (@eventstore/db-client does not support false)')
  }
  if ((options['userCertFile'] === undefined) !== (options['userKeyFile'] === undefined)) {
    return invalid('optionValue', 'userCertFile and userKeyFile (give both or neither)')
  }
  return E.right({
    scheme,
    discover: suffix === 'discover' || options['dnsDiscover'] === 'true',
    hosts,
    tls: options['tls'] !== 'false',
    hasCredentials: credentials !== undefined,
    options,
  })
}

/**
 * A sentence for logs; it holds no part of the connection string's values.
 *
 * @since 0.1.0
 * @category connection
 */
export const renderConnectionStringInvalid = (error: ConnectionStringInvalid): string => {
  const detail = error.detail === undefined ? '' : `: ${error.detail}`
  switch (error.problem) {
    case 'scheme':
      return `connection string: bad scheme or shape${detail}`
    case 'credentials':
      return `connection string: bad user:password${detail}`
    case 'hosts':
      return `connection string: bad host list${detail}`
    case 'port':
      return `connection string: bad port${detail}`
    case 'unknownOption':
      return `connection string: unknown option${detail}`
    case 'optionValue':
      return `connection string: bad value for option${detail}`
    case 'clientRefused':
      return `connection string: the client refused it${detail}`
  }
}

/**
 * Options of {@link connectEventStoreDb}.
 *
 * @since 0.1.0
 * @category connection
 */
export interface ConnectEventStoreDbOptions extends Omit<EventStoreDbStoreOptions, 'client' | 'disposeClientOnClose'> {
  /**
   * Makes the client from the checked string. Default: `@eventstore/db-client`'s
   * `EventStoreDBClient.connectionString`. For the successor client, pass
   * `(s) => KurrentDBClient.connectionString(s)`.
   */
  readonly connect?: (connectionString: string) => EventStoreDbClient
  /**
   * Which client `connect` makes, so that the string is checked against what
   * that client accepts. Default: `eventstore` without `connect`, else `either`
   * (what both accept).
   */
  readonly client?: Exclude<ConnectionStringClient, 'either'>
}

/**
 * Checks a connection string, makes a client from it and returns a store
 * that owns that client (closing the store disposes it).
 *
 * @example
 * const store = await connectEventStoreDb('esdb+discover://admin:changeit@cluster.example.com:2113')
 * if (E.isLeft(store)) console.error(renderConnectionStringInvalid(store.left))
 *
 * @since 0.1.0
 * @category connection
 */
export const connectEventStoreDb = async (
  connectionString: string,
  options: ConnectEventStoreDbOptions = {},
): Promise<E.Either<ConnectionStringInvalid, EventStore>> => {
  const clientPackage = options.client ?? (options.connect === undefined ? 'eventstore' : 'either')
  const parsed = parseConnectionString(connectionString, { client: clientPackage })
  if (E.isLeft(parsed)) return parsed
  let client: EventStoreDbClient
  try {
    if (options.connect !== undefined) {
      client = options.connect(connectionString)
    } else {
      const { EventStoreDBClient } = await import('@eventstore/db-client')
      client = EventStoreDBClient.connectionString(connectionString)
    }
  } catch {
    // The client's message would quote the string, credentials included.
    return invalid('clientRefused', 'check the scheme and options against the client in use')
  }
  const { connect: _connect, client: _client, ...storeOptions } = options
  return E.right(createEventStoreDbStore({ ...storeOptions, client, disposeClientOnClose: true }))
}
