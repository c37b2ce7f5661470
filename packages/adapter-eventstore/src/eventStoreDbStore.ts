import * as E from 'fp-ts/lib/Either.js'
import type { EventStore, StoreError, Subscription } from '@clientele/core'
import { invalidAppendReason } from './appendValidation.js'
import { appendEvents, type AppendSettings } from './appendEvents.js'
import type { ClientCredentials, EventStoreDbClient } from './client.js'
import { createKnownIds } from './knownIds.js'
import { readAllEvents } from './readAll.js'
import { readStreamEvents } from './readStream.js'
import { storeErrorOf } from './storeErrors.js'
import { clienteleStreams, selects, type StreamSelection } from './streamSelection.js'
import { startSubscription, type ReconnectPolicy } from './subscription.js'
import { withTimeout } from './timeouts.js'

/**
 * Options of {@link createEventStoreDbStore}.
 *
 * @since 0.1.0
 * @category constructors
 */
export interface EventStoreDbStoreOptions {
  /**
   * A connected `EventStoreDBClient` (@eventstore/db-client) or
   * `KurrentDBClient` (@kurrent/kurrentdb-client).
   */
  readonly client: EventStoreDbClient
  /** Whether `close()` disposes the client too. Default false: whoever made the client owns it. */
  readonly disposeClientOnClose?: boolean
  /** Which streams `readAll` and `subscribeToAll` deliver. Default: Clientele's, `customer-…`. */
  readonly streams?: StreamSelection
  /**
   * `auto` (default): the client appends through `BatchAppend` when the server
   * offers it, as real servers do. `classic`: always the `Append` call; the
   * clients choose it when an append carries credentials, so this sends
   * `credentials` with each append (on an insecure connection the clients
   * ignore them; on a secure one, give the real ones).
   */
  readonly appends?: 'auto' | 'classic'
  readonly credentials?: ClientCredentials
  /** Each call's time limit: StoreTimeout past it. Default: none beyond the client's own (10 s for appends). */
  readonly timeoutMs?: number
  /** How subscriptions connect again after the connection drops. */
  readonly reconnect?: ReconnectPolicy
  /** How many appended ids to remember for the cross-stream duplicate check. Default 100 000. */
  readonly rememberedIds?: number
  /** Events per read while a subscription catches up. Default 500. */
  readonly pageSize?: number
}

/**
 * Clientele's event store on EventStoreDB / KurrentDB: one stream per
 * customer, events and metadata as JSON, the port's global position as the
 * server's commit position. The adapter never rejects: every failure is a
 * `Left<StoreError>`.
 *
 * @example
 * const client = EventStoreDBClient.connectionString('esdb://localhost:2113?tls=false')
 * const store = createEventStoreDbStore({ client })
 *
 * @since 0.1.0
 * @category constructors
 */
export const createEventStoreDbStore = (options: EventStoreDbStoreOptions): EventStore => {
  const { client, timeoutMs } = options
  const selected = selects(options.streams ?? clienteleStreams)
  const credentials = options.appends === 'classic' ? (options.credentials ?? { username: '', password: '' }) : options.credentials
  const appendSettings: AppendSettings = {
    client,
    knownIds: createKnownIds(options.rememberedIds ?? 100_000),
    ...(timeoutMs !== undefined && { deadlineMs: timeoutMs }),
    ...(credentials !== undefined && { credentials }),
  }
  const subscriptions = new Set<Subscription>()
  let closed = false
  const storeClosed: E.Either<StoreError, never> = E.left({ _tag: 'StoreClosed' })

  /** Runs an operation with the store's time limit and a last guard: the port's promises never reject. */
  const guarded = async <A>(operation: string, work: () => Promise<E.Either<StoreError, A>>): Promise<E.Either<StoreError, A>> => {
    if (closed) return storeClosed
    try {
      return await withTimeout(timeoutMs, work(), () => E.left({ _tag: 'StoreTimeout', operation }))
    } catch (error) {
      return E.left(storeErrorOf(error, { operation }))
    }
  }

  return {
    appendToStream: (stream, events, expected) =>
      guarded('append', async () => {
        const reason = invalidAppendReason(stream, events, expected)
        if (reason !== undefined) return E.left({ _tag: 'InvalidAppend', stream, reason })
        return appendEvents(appendSettings, stream, events, expected)
      }),
    readStream: (stream, readOptions = {}) => guarded('readStream', () => readStreamEvents(client, stream, readOptions)),
    readAll: (readOptions = {}) => guarded('readAll', () => readAllEvents(client, readOptions, selected)),
    subscribeToAll: (subscribeOptions) => {
      if (closed) return { stop: async () => undefined, ended: Promise.resolve({ _tag: 'Failed', error: { _tag: 'StoreClosed' } }) }
      const subscription = startSubscription(
        { client, selected, reconnect: options.reconnect ?? {}, pageSize: options.pageSize ?? 500 },
        subscribeOptions,
      )
      subscriptions.add(subscription)
      void subscription.ended.then(() => subscriptions.delete(subscription))
      return subscription
    },
    close: async () => {
      if (closed) return
      closed = true
      await Promise.all([...subscriptions].map((subscription) => subscription.stop()))
      if (options.disposeClientOnClose === true) await client.dispose().catch(() => undefined)
    },
  }
}
