import * as E from 'fp-ts/lib/Either.js'
import type { RecordedEvent, StoreError, SubscribeToAllOptions, Subscription, SubscriptionEnd } from '@clientele/core'
import type { ClientResolvedEvent, ClientSubscription, EventStoreDbClient } from './client.js'
import { recordedEventOf } from './eventMapping.js'
import { clientPositionOf, portPositionOf } from './positions.js'
import { readAllPage } from './readAll.js'
import { isTransient, storeErrorOf } from './storeErrors.js'

/**
 * How a subscription connects again after the connection drops.
 *
 * @since 0.1.0
 * @category subscriptions
 */
export interface ReconnectPolicy {
  /** Wait before the first new attempt; doubled after each failed one. Default 100 ms. */
  readonly initialDelayMs?: number
  /** Longest wait between attempts. Default 5 s. */
  readonly maxDelayMs?: number
  /** Failed attempts in a row before the subscription ends with the error. Default 20 (about a minute and a half). */
  readonly maxAttempts?: number
}

/** @since 0.1.0 @category subscriptions */
export interface SubscriptionSettings {
  readonly client: EventStoreDbClient
  readonly selected: (stream: string, type: string) => boolean
  readonly reconnect: ReconnectPolicy
  /** Events per read while catching up. */
  readonly pageSize: number
}

/** A handler's failure, told apart from the store's. */
class HandlerFailed {
  constructor(
    readonly position: bigint,
    readonly error: unknown,
  ) {}
}

/** The server ended the subscription call without an error: a dropped connection too. */
class SubscriptionDropped {}

/** A stored event the port cannot hand out: the subscription ends with this error, as a read would. */
class EventRefused {
  constructor(readonly error: StoreError) {}
}

const STOP = Symbol('stop')

/**
 * A subscription to `$all` that survives the connection dropping. It first
 * catches up by reading `$all` in pages (so it knows when it is live,
 * whatever the server version), calls `onCaughtUp`, then subscribes from
 * the last event it saw. When the server goes away (unavailable, cancelled,
 * timed out, or the call simply ends), it waits and subscribes again from
 * that same position: subscriptions start strictly after their position, so
 * nothing is delivered twice and nothing is skipped.
 *
 * @since 0.1.0
 * @category subscriptions
 */
export const startSubscription = (settings: SubscriptionSettings, options: SubscribeToAllOptions): Subscription => {
  const initialDelay = settings.reconnect.initialDelayMs ?? 100
  const maxDelay = settings.reconnect.maxDelayMs ?? 5_000
  const maxAttempts = settings.reconnect.maxAttempts ?? 20
  let stopping = false
  let wakeFromStop: (() => void) | undefined
  const stopped = new Promise<typeof STOP>((resolve) => {
    wakeFromStop = () => resolve(STOP)
  })
  /** The last event seen in `$all`, delivered or skipped: where to go on from. */
  let cursor = options.after !== undefined && options.after > 0n ? options.after : undefined
  let lastDelivered = cursor ?? 0n

  const deliver = async (event: RecordedEvent): Promise<void> => {
    try {
      await options.onEvent(event)
    } catch (error) {
      throw new HandlerFailed(event.position, error)
    }
    lastDelivered = event.position
  }

  const catchUp = async (): Promise<void> => {
    while (!stopping) {
      const read = await readAllPage(settings.client, cursor, settings.pageSize, settings.selected)
      if (E.isLeft(read)) throw new EventRefused(read.left)
      const page = read.right
      for (const event of page.events) {
        if (stopping) return
        await deliver(event)
      }
      if (page.scannedTo !== undefined) cursor = page.scannedTo
      if (page.exhausted) return
    }
  }

  /** Follows the live subscription until it ends; returns when stopping. */
  const live = async (): Promise<void> => {
    const subscription: ClientSubscription = settings.client.subscribeToAll({
      fromPosition: cursor === undefined ? 'start' : clientPositionOf(cursor),
    })
    const iterator = subscription[Symbol.asyncIterator]()
    try {
      while (!stopping) {
        const next = await Promise.race([iterator.next(), stopped])
        if (next === STOP) return
        if (next.done === true) throw new SubscriptionDropped()
        await receive(next.value)
      }
    } finally {
      await subscription.unsubscribe().catch(() => undefined)
      void iterator.return?.()?.catch(() => undefined)
    }
  }

  const receive = async (resolved: ClientResolvedEvent): Promise<void> => {
    const position = portPositionOf(resolved)
    if (position === undefined || (cursor !== undefined && position <= cursor)) return
    cursor = position
    const event = resolved.event
    if (event === undefined || !settings.selected(event.streamId, event.type)) return
    const recorded = recordedEventOf(resolved)
    if (recorded === undefined) return
    if (E.isLeft(recorded)) throw new EventRefused(recorded.left)
    await deliver(recorded.right)
  }

  const pause = (ms: number): Promise<unknown> =>
    Promise.race([new Promise((resolve) => setTimeout(resolve, ms).unref()), stopped])

  const run = async (): Promise<SubscriptionEnd> => {
    let caughtUp = false
    let failures = 0
    while (!stopping) {
      const startedAt = Date.now()
      try {
        if (!caughtUp) {
          await catchUp()
          if (stopping) break
          caughtUp = true
          try {
            options.onCaughtUp?.()
          } catch (error) {
            throw new HandlerFailed(lastDelivered, error)
          }
        }
        await live()
      } catch (error) {
        if (error instanceof HandlerFailed) return subscriberFailed(error)
        if (error instanceof EventRefused) return { _tag: 'Failed', error: error.error }
        if (stopping) break
        const storeError: StoreError =
          error instanceof SubscriptionDropped
            ? { _tag: 'StoreUnavailable', reason: 'the server ended the subscription' }
            : storeErrorOf(error, { operation: 'subscribeToAll' })
        const transient = isTransient(storeError)
        // A connection that held for a while earns a fresh count of attempts.
        failures = Date.now() - startedAt > maxDelay ? 1 : failures + 1
        if (!transient || failures > maxAttempts) return { _tag: 'Failed', error: storeError }
        await pause(Math.min(maxDelay, initialDelay * 2 ** (failures - 1)))
      }
    }
    return { _tag: 'Stopped' }
  }

  const ended: Promise<SubscriptionEnd> = Promise.resolve()
    .then(run)
    .catch((error: unknown): SubscriptionEnd => ({ _tag: 'Failed', error: storeErrorOf(error, { operation: 'subscribeToAll' }) }))
  return {
    stop: async () => {
      stopping = true
      wakeFromStop?.()
      await ended
    },
    ended,
  }
}

const subscriberFailed = (failure: HandlerFailed): SubscriptionEnd => {
  const error: StoreError = {
    _tag: 'SubscriberFailed',
    position: failure.position,
    // Only the message: the thrown value itself may carry event data.
    reason: failure.error instanceof Error ? failure.error.message : 'the handler threw a value that is not an Error',
  }
  return { _tag: 'Failed', error }
}
