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
  readonly problem: 'scheme' | 'hosts' | 'port' | 'unknownOption' | 'optionValue' | 'clientRefused'
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

const schemes = ['esdb', 'kurrentdb', 'kurrent', 'kdb'] as const

type OptionCheck = 'boolean' | 'integer' | 'nodePreference' | 'text'

/** The options both clients understand, by lower-case key. */
const knownOptions: Record<string, { readonly key: string; readonly check: OptionCheck }> = Object.fromEntries(
  (
    [
      ['connectionName', 'text'],
      ['maxDiscoverAttempts', 'integer'],
      ['discoveryInterval', 'integer'],
      ['gossipTimeout', 'integer'],
      ['nodePreference', 'nodePreference'],
      ['tls', 'boolean'],
      ['tlsVerifyCert', 'boolean'],
      ['tlsCAFile', 'text'],
      ['throwOnAppendFailure', 'boolean'],
      ['keepAliveInterval', 'integer'],
      ['keepAliveTimeout', 'integer'],
      ['defaultDeadline', 'integer'],
      ['userCertFile', 'text'],
      ['userKeyFile', 'text'],
      ['dnsDiscover', 'boolean'],
    ] as const
  ).map(([key, check]) => [key.toLowerCase(), { key, check }]),
)

const invalid = (problem: ConnectionStringInvalid['problem'], detail?: string): E.Either<ConnectionStringInvalid, never> =>
  E.left({ _tag: 'ConnectionStringInvalid', problem, ...(detail !== undefined && { detail }) })

/** A percent-decoded option value, or undefined for a bad escape (which `decodeURIComponent` throws on). */
const decodedComponent = (text: string): string | undefined => {
  try {
    return decodeURIComponent(text)
  } catch {
    return undefined
  }
}

const validValue = (check: OptionCheck, value: string): boolean => {
  switch (check) {
    case 'boolean':
      return value === 'true' || value === 'false'
    case 'integer':
      return /^-?\d+$/.test(value)
    case 'nodePreference':
      return ['leader', 'follower', 'random', 'readonlyreplica', 'read_only_replica'].includes(value.toLowerCase())
    case 'text':
      return value.length > 0
  }
}

/**
 * Checks a connection string: `esdb://` (or `kurrentdb://`, `kurrent://`,
 * `kdb://`) for one node or a list of seeds, `esdb+discover://` (and the
 * others' `+discover`) for a cluster found through DNS and gossip; then
 * `host[:port]` (default 2113) separated by commas, then `?key=value&…`.
 *
 * @example
 * parseConnectionString('esdb+discover://admin:changeit@cluster.example.com:2113?tls=true&nodePreference=leader')
 *
 * @since 0.1.0
 * @category connection
 */
export const parseConnectionString = (text: string): E.Either<ConnectionStringInvalid, ConnectionSettings> => {
  const match = /^([A-Za-z+]+):\/\/(?:([^@/?#]*)@)?([^/?#]*)\/?(?:\?(.*))?$/.exec(text.trim())
  if (match === null) return invalid('scheme', 'expected scheme://[user:password@]host[:port][,host…][?key=value…]')
  const [, rawScheme = '', credentials, rawHosts = '', query] = match
  const scheme = rawScheme.toLowerCase()
  const [base = '', suffix] = scheme.split('+')
  if (!(schemes as ReadonlyArray<string>).includes(base) || (suffix !== undefined && suffix !== 'discover')) {
    return invalid('scheme', `expected one of ${schemes.map((s) => `${s}://`).join(', ')}, optionally with +discover`)
  }
  const hosts: Array<{ host: string; port: number }> = []
  for (const [index, entry] of rawHosts.split(',').entries()) {
    // Host names are letters, digits, dots, hyphens (and underscores, as container names have); or [IPv6].
    // Anything else is refused rather than kept: `user:p@ss@host` would put part of a password in a host.
    const hostMatch = /^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9._-]+)(?::(\d*))?$/.exec(entry)
    if (hostMatch === null) {
      return invalid('hosts', `host ${index + 1} is not host[:port] (an @, /, ? or # in the password must be percent-encoded)`)
    }
    const port = hostMatch[2] === undefined ? 2113 : Number(hostMatch[2])
    if (!Number.isInteger(port) || port < 1 || port > 65_535) return invalid('port', `host ${index + 1} has no port from 1 to 65535`)
    hosts.push({ host: hostMatch[1] ?? '', port })
  }
  const options: Record<string, string> = {}
  for (const [index, pair] of (query === undefined || query === '' ? [] : query.split('&')).entries()) {
    const [rawKey = '', ...rest] = pair.split('=')
    const known = knownOptions[rawKey.toLowerCase()]
    // By position, not by name: a mistyped string may have a secret where a key should be.
    if (known === undefined) return invalid('unknownOption', `option ${index + 1}`)
    const value = decodedComponent(rest.join('='))
    if (value === undefined || !validValue(known.check, value)) return invalid('optionValue', known.key)
    options[known.key] = value
  }
  if (options['throwOnAppendFailure'] === 'false') {
    // The adapter learns of conflicts from the thrown error; the batched path's non-throwing result is also wrong.
    return invalid('optionValue', 'throwOnAppendFailure (must stay true)')
  }
  return E.right({
    scheme,
    discover: suffix === 'discover' || options['dnsDiscover'] === 'true',
    hosts,
    tls: options['tls'] !== 'false',
    hasCredentials: credentials !== undefined && credentials.length > 0,
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
  const parsed = parseConnectionString(connectionString)
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
  const { connect: _connect, ...storeOptions } = options
  return E.right(createEventStoreDbStore({ ...storeOptions, client, disposeClientOnClose: true }))
}
