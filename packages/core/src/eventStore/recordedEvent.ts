/**
 * Who did what, why, and as part of which conversation. Stored beside every
 * event; never holds personal data.
 *
 * @since 0.1.0
 * @category event store
 */
export interface EventMetadata {
  /** Version of the event's data schema, for upcasting old events. */
  readonly schemaVersion: number
  /** The command that produced the event (a uuid). */
  readonly commandId?: string
  /** The staff member who acted (an opaque staff id, not a name). */
  readonly actor?: string
  /** Groups everything caused by one user action. */
  readonly correlationId?: string
  /** The message that directly caused this one. */
  readonly causationId?: string
}

/**
 * An event on its way into a store. `data` must be JSON: the store may keep it
 * as text.
 *
 * @since 0.1.0
 * @category event store
 */
export interface EventToAppend {
  /** A lower-case uuid; appending the same ids again is idempotent. */
  readonly id: string
  readonly type: string
  readonly data: unknown
  readonly metadata: EventMetadata
}

/**
 * An event as a store hands it back: where it sits in its stream and in the
 * store's one global order.
 *
 * @since 0.1.0
 * @category event store
 */
export interface RecordedEvent {
  readonly id: string
  readonly type: string
  readonly data: unknown
  readonly metadata: EventMetadata
  readonly stream: string
  /** 0 for the first event of a stream, then 1, 2, … without gaps. */
  readonly revision: number
  /**
   * Position in the store's global order. Increasing but not necessarily
   * dense (EventStoreDB's positions are sparse); compare, never count.
   */
  readonly position: bigint
  /** When the store recorded it, an ISO-8601 instant in UTC. */
  readonly recordedAt: string
}
