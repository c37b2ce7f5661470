import { Metadata, Server, ServerCredentials, type UntypedHandleCall, type UntypedServiceImplementation } from '@grpc/grpc-js'
import type * as StreamsPb from '@eventstore/db-client/generated/streams_pb.js'
import { handleAppend, handleBatchAppend, type AppendContext } from './append.js'
import { MemoryLog, type AppendOutcome, type ProposedEvent, type StoredEvent } from './memoryLog.js'
import { loadProtocol, type ClientPackage, type Protocol } from './protocol.js'
import { handleRead, type ReadContext } from './read.js'
import { streamDeleted } from './serverErrors.js'
import { expectedOf, streamNameOf } from './wire.js'

/**
 * Options of {@link startEventStoreDbTestServer}.
 *
 * @since 0.1.0
 * @category testing
 */
export interface EventStoreDbTestServerOptions {
  /** Whose generated protocol code to serve: the package the test's client comes from. */
  readonly client: ClientPackage
  /** Whether `GetSupportedMethods` lists `BatchAppend`, so that clients append through it. Default true, as a real server does. */
  readonly advertiseBatchAppend?: boolean
  /** Whether subscriptions send `CaughtUp` when they turn live (servers since 23.10 do). Default true. */
  readonly sendCaughtUp?: boolean
  /** Default: a free port chosen by the system. */
  readonly port?: number
  /** Stamps `created`. Default: the system clock. */
  readonly clock?: () => Date
  /** Default 1 MiB, a real server's default. */
  readonly maxAppendSize?: number
}

/**
 * Where {@link EventStoreDbTestServer.setLatency} puts its wait.
 *
 * @since 0.1.0
 * @category testing
 */
export type LatencyPlacement = 'beforeHandling' | 'beforeAnswering'

/**
 * A running test server.
 *
 * @since 0.1.0
 * @category testing
 */
export interface EventStoreDbTestServer {
  readonly port: number
  /** `esdb://127.0.0.1:<port>?tls=false` (`kurrentdb://…` when serving the successor client, which calls `esdb://` deprecated). */
  readonly connectionString: string
  /** Stops accepting calls and cuts every open one (as a crash would); the events stay in memory. */
  readonly stop: () => Promise<void>
  /** Starts again on the same port, with the same events. */
  readonly start: () => Promise<void>
  /**
   * Every call, and each batch of a BatchAppend call, waits this long, to
   * provoke client timeouts. `beforeHandling` (default): before anything is
   * done, so that a call cut meanwhile has no effect. `beforeAnswering`: an
   * append (Append, or a batch of BatchAppend) is written at once and only
   * its answer waits, as when a server dies between writing and answering;
   * other calls still wait before they are handled.
   */
  readonly setLatency: (ms: number, where?: LatencyPlacement) => void
  /** How many calls each method received, by method name (`Append`, `BatchAppend`, `Read`, …). */
  readonly calls: () => Readonly<Record<string, number>>
  /** Writes an event to a system stream, as a real server does on its own. */
  readonly writeSystemEvent: () => void
  /**
   * Writes an event's bytes as given, as another program or a damaged log
   * might have: for instance `application/json` data that is not JSON, which
   * the clients cannot send.
   */
  readonly writeRawEvent: (stream: string, event: Omit<ProposedEvent, 'id'>) => void
  /** Everything stored, in position order. */
  readonly events: () => ReadonlyArray<StoredEvent>
}

const SERVER_VERSION = '24.10.0-clientele-test'

/**
 * Starts a wire-level EventStoreDB test server on 127.0.0.1: the gRPC
 * services the client packages ship, served by `@grpc/grpc-js`, over an
 * in-memory log. It implements what Clientele's adapter uses: appends
 * (classic `Append` and `BatchAppend`), reads of a stream and of `$all`
 * (forwards and backwards, with server-side filters), subscriptions to
 * `$all` (with `CaughtUp` and filter checkpoints), `Delete` (soft) and
 * `Tombstone`, and `ServerFeatures.GetSupportedMethods`.
 *
 * Where it differs from a real server:
 * - no TLS, no authentication or ACLs (credentials are ignored), no cluster:
 *   no gossip, so `esdb+discover://` cannot point at it;
 * - nothing is persisted: events live as long as the object (they survive
 *   `stop()`/`start()`, not the process);
 * - positions: commit and prepare are always equal, growing by a made-up
 *   record size; a real server's numbers differ (they are sparse there too);
 * - the idempotence check for `any`/`exists` looks ids up in an unbounded
 *   map, where a real server keeps a bounded cache of recent ids (so old ids
 *   may be written again there); like a real server, it does not refuse an id
 *   that another stream holds;
 * - an idempotent re-append answers with no position, which is what a real
 *   server is believed to do (the adapter reads the position back either way);
 * - soft delete is simplified: the stream reads as missing until written
 *   again, revisions continue; no `$tb` metadata stream, no scavenging;
 * - system events: only the ones `writeSystemEvent()` and each start write
 *   to `$stats-…`; no projections, no `$streams`, no link events;
 * - not implemented: subscriptions to one stream, persistent subscriptions,
 *   stream metadata, projections, operations, users; `resolveLinkTos` is
 *   ignored; batch-append deadlines are checked only when a batch completes.
 *
 * @example
 * const server = await startEventStoreDbTestServer({ client: 'eventstore' })
 * const client = EventStoreDBClient.connectionString(server.connectionString)
 *
 * @since 0.1.0
 * @category testing
 */
export const startEventStoreDbTestServer = async (
  options: EventStoreDbTestServerOptions,
): Promise<EventStoreDbTestServer> => {
  const protocol = loadProtocol(options.client)
  const log = new MemoryLog()
  const clock = options.clock ?? (() => new Date())
  let latencyMs = 0
  let latencyPlacement: LatencyPlacement = 'beforeHandling'
  const appendContext: AppendContext = {
    protocol,
    log,
    clock,
    maxAppendSize: options.maxAppendSize ?? 1_048_576,
    latencyMs: () => latencyMs,
    answerLate: () => latencyPlacement === 'beforeAnswering',
  }
  const readContext: ReadContext = { protocol, log, sendCaughtUp: options.sendCaughtUp ?? true }
  const counts: Record<string, number> = {}
  let systemEvents = 0

  const writeSystemEvent = (): void => {
    systemEvents += 1
    const data = Buffer.from(JSON.stringify({ 'proc-id': process.pid, sample: systemEvents }), 'utf8')
    const id = crypto.randomUUID()
    log.append('$stats-127.0.0.1:2113', { kind: 'any' }, [{ id, type: '$statsCollected', contentType: 'application/json', data, metadata: new Uint8Array() }], clock())
  }

  /**
   * Counts the call and waits for the injected latency before `handle` runs;
   * or, for the append calls when answers are to be late, runs it at once
   * (Append's answer is delayed here, each batch's in handleBatchAppend).
   */
  const handled = (method: string, handle: (call: never, callback: never) => unknown): UntypedHandleCall =>
    ((call: never, callback: never): void => {
      counts[method] = (counts[method] ?? 0) + 1
      const latency = latencyMs
      if (latency <= 0) {
        void handle(call, callback)
        return
      }
      if (latencyPlacement === 'beforeAnswering' && method === 'Append') {
        const answer = callback as unknown as (...args: unknown[]) => void
        void handle(call, ((...args: unknown[]) => void setTimeout(() => answer(...args), latency)) as never)
        return
      }
      if (latencyPlacement === 'beforeAnswering' && method === 'BatchAppend') {
        void handle(call, callback)
        return
      }
      setTimeout(() => void handle(call, callback), latency)
    }) as UntypedHandleCall

  const streamsImplementation: UntypedServiceImplementation = {
    read: handled('Read', (call) => handleRead(readContext, call as never)),
    append: handled('Append', (call, callback) => handleAppend(appendContext, call as never, callback)),
    batchAppend: handled('BatchAppend', (call) => handleBatchAppend(appendContext, call as never)),
    delete: handled('Delete', (call, callback) => removeStream(protocol, log, call as never, callback, false)),
    tombstone: handled('Tombstone', (call, callback) => removeStream(protocol, log, call as never, callback, true)),
  }
  const featuresImplementation: UntypedServiceImplementation = {
    getSupportedMethods: handled('GetSupportedMethods', (_call, callback: (error: null, value: unknown) => void) =>
      callback(null, supportedMethods(protocol, options.advertiseBatchAppend ?? true)),
    ),
  }

  let server: Server | undefined
  let port = options.port ?? 0
  const start = async (): Promise<void> => {
    if (server !== undefined) return
    const next = new Server()
    next.addService(protocol.streamsService, streamsImplementation)
    next.addService(protocol.serverFeaturesService, featuresImplementation)
    port = await new Promise<number>((resolve, reject) =>
      next.bindAsync(`127.0.0.1:${port}`, ServerCredentials.createInsecure(), (error, bound) =>
        error === null ? resolve(bound) : reject(error),
      ),
    )
    server = next
    writeSystemEvent()
  }
  const stop = async (): Promise<void> => {
    const current = server
    server = undefined
    current?.forceShutdown()
  }
  await start()
  return {
    get port() {
      return port
    },
    get connectionString() {
      return `${options.client === 'kurrent' ? 'kurrentdb' : 'esdb'}://127.0.0.1:${port}?tls=false`
    },
    stop,
    start,
    setLatency: (ms, where = 'beforeHandling') => {
      latencyMs = ms
      latencyPlacement = where
    },
    calls: () => ({ ...counts }),
    writeSystemEvent,
    writeRawEvent: (stream, event) => {
      log.append(stream, { kind: 'any' }, [{ ...event, id: crypto.randomUUID() }], clock())
    },
    events: () => [...log.all],
  }
}

const supportedMethods = (protocol: Protocol, batchAppend: boolean) => {
  const methods = ['Read', 'Append', 'Delete', 'Tombstone', ...(batchAppend ? ['BatchAppend'] : [])].map((name) =>
    new protocol.serverFeatures.SupportedMethod().setServiceName('event_store.client.streams.Streams').setMethodName(name),
  )
  return new protocol.serverFeatures.SupportedMethods().setMethodsList(methods).setEventStoreServerVersion(SERVER_VERSION)
}

type RemoveRequest = StreamsPb.DeleteReq | StreamsPb.TombstoneReq

/** Streams.Delete and Streams.Tombstone. */
const removeStream = (
  protocol: Protocol,
  log: MemoryLog,
  call: { readonly request: RemoveRequest },
  callback: (error: unknown, value?: unknown) => void,
  hard: boolean,
): void => {
  const options = call.request.getOptions()
  const stream = streamNameOf(options?.getStreamIdentifier())
  const expected =
    options === undefined ? ({ kind: 'any' } as const) : expectedOf(options, () => (options.hasRevision() ? options.getRevision() : undefined))
  const outcome: AppendOutcome = log.delete(stream, expected, hard)
  if (outcome._tag === 'StreamDeleted') return callback(streamDeleted(stream))
  if (outcome._tag === 'WrongExpectedVersion') {
    return callback(
      Object.assign(new Error('Wrong expected version.'), {
        code: 9,
        details: 'Wrong expected version.',
        metadata: wrongExpectedVersionTrailers(stream, expected.kind === 'revision' ? expected.revision : -2n, outcome.current),
      }),
    )
  }
  const position = hard ? new protocol.streams.TombstoneResp.Position() : new protocol.streams.DeleteResp.Position()
  position.setCommitPosition(outcome._tag === 'Written' ? outcome.position.toString() : '0')
  position.setPreparePosition(outcome._tag === 'Written' ? outcome.position.toString() : '0')
  const response = hard
    ? new protocol.streams.TombstoneResp().setPosition(position as StreamsPb.TombstoneResp.Position)
    : new protocol.streams.DeleteResp().setPosition(position as StreamsPb.DeleteResp.Position)
  callback(null, response)
}

const wrongExpectedVersionTrailers = (stream: string, expected: bigint, current: bigint | undefined) => {
  const metadata = new Metadata()
  metadata.set('exception', 'wrong-expected-version')
  metadata.set('stream-name', stream)
  metadata.set('expected-version', expected.toString())
  if (current !== undefined) metadata.set('actual-version', current.toString())
  return metadata
}
