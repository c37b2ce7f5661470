import type * as E from 'fp-ts/lib/Either.js'
import type { ExpectedRevision } from './expectedRevision.js'
import type { EventToAppend, RecordedEvent } from './recordedEvent.js'
import type { StoreError } from './storeError.js'

/**
 * The result of a successful append.
 *
 * @since 0.1.0
 * @category event store
 */
export interface AppendResult {
  /** The revision of the stream's last event, to pass as the next expected revision. */
  readonly nextExpectedRevision: number
  /** Global position of the last event written (or found, for an idempotent re-append). */
  readonly position: bigint
}

/** @since 0.1.0 @category event store */
export interface ReadStreamOptions {
  /** Default `forwards`. */
  readonly direction?: 'forwards' | 'backwards'
  /** Inclusive. Default: the first event forwards, the last one backwards. */
  readonly fromRevision?: number
  readonly maxCount?: number
}

/** @since 0.1.0 @category event store */
export interface ReadAllOptions {
  /** Exclusive: events strictly after this position. Default: from the very first event. */
  readonly after?: bigint
  readonly maxCount?: number
}

/**
 * How a subscription ended.
 *
 * @since 0.1.0
 * @category event store
 */
export type SubscriptionEnd = { readonly _tag: 'Stopped' } | { readonly _tag: 'Failed'; readonly error: StoreError }

/** @since 0.1.0 @category event store */
export interface SubscribeToAllOptions {
  /** Exclusive: deliver events strictly after this position. Default: from the very first event. */
  readonly after?: bigint
  /**
   * Called once per event, in global order, exactly once. The next event is
   * not delivered until the returned promise settles; a throw or rejection
   * stops the subscription with `SubscriberFailed`.
   */
  readonly onEvent: (event: RecordedEvent) => void | Promise<void>
  /** Called once, when the subscription has delivered everything stored and turns live. */
  readonly onCaughtUp?: () => void
}

/** @since 0.1.0 @category event store */
export interface Subscription {
  /**
   * Stop delivering; resolves when no handler call is in flight any more.
   * NOTE: a handler must not await `stop()` of its own subscription (it would
   * wait for itself); call it without awaiting.
   */
  readonly stop: () => Promise<void>
  /** Settles when the subscription ends, for whatever reason. */
  readonly ended: Promise<SubscriptionEnd>
}

/**
 * The port every store implements. Failures come back as `Left<StoreError>`;
 * a conforming adapter never rejects these promises.
 *
 * Guarantees (checked by the contract suite in `@clientele/core/testing`):
 * - an append is atomic: all of its events are stored or none;
 * - revisions in a stream are 0, 1, 2, … without gaps;
 * - the global order is total and agrees with every stream's order;
 * - re-appending the same event ids at the same place succeeds and stores nothing new;
 * - a subscription delivers every event exactly once, in global order.
 *
 * @since 0.1.0
 * @category event store
 */
export interface EventStore {
  readonly appendToStream: (
    stream: string,
    events: ReadonlyArray<EventToAppend>,
    expectedRevision: ExpectedRevision,
  ) => Promise<E.Either<StoreError, AppendResult>>
  /** A stream that does not exist reads as empty. */
  readonly readStream: (
    stream: string,
    options?: ReadStreamOptions,
  ) => Promise<E.Either<StoreError, ReadonlyArray<RecordedEvent>>>
  readonly readAll: (options?: ReadAllOptions) => Promise<E.Either<StoreError, ReadonlyArray<RecordedEvent>>>
  readonly subscribeToAll: (options: SubscribeToAllOptions) => Subscription
  readonly close: () => Promise<void>
}
