// The part of a client the adapter uses, written out so that both
// `EventStoreDBClient` (@eventstore/db-client) and `KurrentDBClient`
// (@kurrent/kurrentdb-client) fit it without the adapter loading either
// package: the two cannot share a process.

/** A position in `$all` as the clients give it. */
export interface ClientPosition {
  readonly commit: bigint
  readonly prepare: bigint
}

/** An event as the clients hand it back. */
export interface ClientRecordedEvent {
  readonly streamId: string
  readonly id: string
  readonly revision: bigint
  readonly type: string
  readonly data: unknown
  readonly metadata?: unknown
  readonly isJson: boolean
  readonly created: Date
  readonly position?: ClientPosition | undefined
}

/** What a read or subscription yields: the event, and its position in `$all` for reads of `$all`. */
export interface ClientResolvedEvent {
  readonly event?: ClientRecordedEvent | undefined
  readonly commitPosition?: bigint | undefined
}

/** What an append sends: the shape `jsonEvent()` builds. */
export interface ClientEventData {
  readonly id: string
  /** The adapter only sends JSON; the union lets the clients' own event types fit. */
  readonly contentType: 'application/json' | 'application/octet-stream'
  readonly type: string
  readonly data: unknown
  readonly metadata: unknown
}

/** An expected revision on the wire: the clients' constants, or a revision. */
export type ClientExpected = 'any' | 'no_stream' | 'stream_exists' | bigint

export interface ClientAppendResult {
  readonly success: boolean
  readonly nextExpectedRevision: bigint
  readonly position?: ClientPosition | undefined
}

export interface ClientCredentials {
  readonly username: string
  readonly password: string
}

export interface ClientAppendOptions {
  /** Read by @eventstore/db-client. */
  readonly expectedRevision: ClientExpected
  /** The same, as @kurrent/kurrentdb-client names it (it ignores `expectedRevision`). */
  readonly streamState: ClientExpected
  readonly deadline?: number
  readonly credentials?: ClientCredentials
}

export interface ClientReadStreamOptions {
  readonly direction: 'forwards' | 'backwards'
  readonly fromRevision: 'start' | 'end' | bigint
  readonly maxCount?: number | bigint
  readonly credentials?: ClientCredentials
}

export interface ClientReadAllOptions {
  readonly direction: 'forwards' | 'backwards'
  readonly fromPosition: 'start' | 'end' | ClientPosition
  readonly maxCount?: number | bigint
  readonly credentials?: ClientCredentials
}

export interface ClientSubscribeToAllOptions {
  readonly fromPosition: 'start' | 'end' | ClientPosition
  readonly credentials?: ClientCredentials
}

/** A live subscription: the events as an async iterable, and a way to cancel it. */
export interface ClientSubscription extends AsyncIterable<ClientResolvedEvent> {
  unsubscribe(): Promise<void>
}

/**
 * The client methods the adapter calls. Method syntax on purpose: it lets
 * the clients' own, more precise, signatures fit.
 *
 * @since 0.1.0
 * @category model
 */
export interface EventStoreDbClient {
  appendToStream(stream: string, events: ClientEventData | ClientEventData[], options: ClientAppendOptions): Promise<ClientAppendResult>
  readStream(stream: string, options: ClientReadStreamOptions): AsyncIterable<ClientResolvedEvent>
  readAll(options: ClientReadAllOptions): AsyncIterable<ClientResolvedEvent>
  subscribeToAll(options: ClientSubscribeToAllOptions): ClientSubscription
  dispose(): Promise<void>
}
