// The test server's storage: one log of every event in position order, plus
// each stream's events by revision. Its append check follows what
// EventStoreDB documents and does for expected revisions and idempotent
// writes (see `checkAppend`); where it has to guess, the guess is listed in
// the server's doc comment.

/** An event as the test server keeps it. */
export interface StoredEvent {
  readonly id: string
  readonly stream: string
  readonly revision: bigint
  readonly type: string
  readonly contentType: string
  readonly data: Uint8Array
  readonly metadata: Uint8Array
  /** 100 ns ticks since the Unix epoch, as the server sends `created`. */
  readonly created: bigint
  /** Commit and prepare position: always equal here, as for every event written over gRPC. */
  readonly position: bigint
}

/** An event on its way in, as decoded from an append request. */
export interface ProposedEvent {
  readonly id: string
  readonly type: string
  readonly contentType: string
  readonly data: Uint8Array
  readonly metadata: Uint8Array
}

/** The expected stream state of an append or delete, as it travels on the wire. */
export type WireExpected =
  | { readonly kind: 'any' }
  | { readonly kind: 'noStream' }
  | { readonly kind: 'exists' }
  | { readonly kind: 'revision'; readonly revision: bigint }

export type AppendOutcome =
  | { readonly _tag: 'Written'; readonly lastRevision: bigint; readonly position: bigint }
  /** The same ids were already written at this place: nothing new, and, as EventStoreDB does, no position. */
  | { readonly _tag: 'Idempotent'; readonly lastRevision: bigint }
  | { readonly _tag: 'WrongExpectedVersion'; readonly current: bigint | undefined }
  | { readonly _tag: 'StreamDeleted' }

interface StreamState {
  readonly events: StoredEvent[]
  /** Soft delete: revisions below this are hidden; the stream can be written again. */
  truncateBefore: bigint
  tombstoned: boolean
}

const ticksOf = (date: Date): bigint => BigInt(date.getTime()) * 10_000n

/** A log record's header size: positions grow by about what a record takes on disk, so they are sparse. */
const RECORD_OVERHEAD = 120n

export class MemoryLog {
  readonly all: StoredEvent[] = []
  private readonly streams = new Map<string, StreamState>()
  /** Where each id was last written: EventStoreDB's idempotence cache, unbounded here. */
  private readonly idIndex = new Map<string, { readonly stream: string; readonly revision: bigint }>()
  private readonly listeners = new Set<() => void>()
  private nextPosition = 1_024n

  /** Calls `listener` after every write; returns the function that stops that. */
  onWrite(listener: () => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** The events of `stream` a reader may see, or undefined when it does not exist (or was soft-deleted). */
  visible(stream: string): ReadonlyArray<StoredEvent> | 'deleted' | undefined {
    const state = this.streams.get(stream)
    if (state === undefined) return undefined
    if (state.tombstoned) return 'deleted'
    const visible = state.events.filter((event) => event.revision >= state.truncateBefore)
    return visible.length === 0 ? undefined : visible
  }

  append(stream: string, expected: WireExpected, proposed: ReadonlyArray<ProposedEvent>, now: Date): AppendOutcome {
    const outcome = this.checkAppend(stream, expected, proposed)
    if (outcome !== 'write') return outcome
    const state = this.streams.get(stream) ?? { events: [], truncateBefore: 0n, tombstoned: false }
    this.streams.set(stream, state)
    const created = ticksOf(now)
    let last: StoredEvent | undefined
    for (const event of proposed) {
      last = {
        ...event,
        stream,
        revision: BigInt(state.events.length),
        created,
        position: this.nextPosition,
      }
      this.nextPosition += RECORD_OVERHEAD + BigInt(event.data.length + event.metadata.length + event.type.length)
      state.events.push(last)
      this.all.push(last)
      this.idIndex.set(event.id, { stream, revision: last.revision })
    }
    for (const listener of [...this.listeners]) listener()
    if (last === undefined) {
      // An empty append writes nothing and succeeds, as on a real server.
      return { _tag: 'Written', lastRevision: BigInt(state.events.length - 1), position: this.nextPosition }
    }
    return { _tag: 'Written', lastRevision: last.revision, position: last.position }
  }

  /** Soft delete (`hard` false) or tombstone. */
  delete(stream: string, expected: WireExpected, hard: boolean): AppendOutcome {
    const state = this.streams.get(stream)
    if (state?.tombstoned === true) return { _tag: 'StreamDeleted' }
    const current = this.currentRevision(state)
    const holds =
      expected.kind === 'any' ||
      (expected.kind === 'noStream' && current === undefined) ||
      (expected.kind === 'exists' && current !== undefined) ||
      (expected.kind === 'revision' && current === expected.revision)
    if (!holds) return { _tag: 'WrongExpectedVersion', current }
    const target = state ?? { events: [], truncateBefore: 0n, tombstoned: false }
    this.streams.set(stream, target)
    if (hard) target.tombstoned = true
    else target.truncateBefore = BigInt(target.events.length)
    return { _tag: 'Written', lastRevision: current ?? -1n, position: this.nextPosition }
  }

  /** The last revision an append's expected revision is checked against; undefined: no stream (or soft-deleted). */
  private currentRevision(state: StreamState | undefined): bigint | undefined {
    if (state === undefined || state.events.length === 0) return undefined
    const last = BigInt(state.events.length - 1)
    return last < state.truncateBefore ? undefined : last
  }

  /**
   * EventStoreDB's commit check. With an exact revision (or no stream,
   * revision -1) behind the stream's end, the ids are compared with the
   * events that follow it: all equal is an idempotent success, anything else
   * a wrong expected version. With any (or exists), the ids are looked up in
   * the id cache: all found in this stream is idempotent; the first not
   * found means a new write; a later one not found is a wrong expected
   * version ("corrupted idempotency"). Ids found in another stream count as
   * not found: the server does not refuse an id another stream holds.
   */
  private checkAppend(stream: string, expected: WireExpected, proposed: ReadonlyArray<ProposedEvent>): AppendOutcome | 'write' {
    const state = this.streams.get(stream)
    if (state?.tombstoned === true) return { _tag: 'StreamDeleted' }
    const current = this.currentRevision(state)
    const events = state?.events ?? []
    if (expected.kind === 'any' || expected.kind === 'exists') {
      if (expected.kind === 'exists' && current === undefined) return { _tag: 'WrongExpectedVersion', current }
      let lastRevision: bigint | undefined
      for (const [i, event] of proposed.entries()) {
        const known = this.idIndex.get(event.id)
        if (known === undefined || known.stream !== stream) {
          return i === 0 ? 'write' : { _tag: 'WrongExpectedVersion', current }
        }
        lastRevision = known.revision
      }
      return lastRevision === undefined ? 'write' : { _tag: 'Idempotent', lastRevision }
    }
    const expectedRevision = expected.kind === 'noStream' ? -1n : expected.revision
    const actual = current ?? (state === undefined ? -1n : BigInt(events.length - 1))
    if (expected.kind === 'noStream' && current === undefined) return 'write'
    if (expectedRevision === actual) return 'write'
    if (expectedRevision > actual) return { _tag: 'WrongExpectedVersion', current }
    for (const [i, event] of proposed.entries()) {
      const stored = events[Number(expectedRevision) + 1 + i]
      if (stored === undefined || stored.id !== event.id) return { _tag: 'WrongExpectedVersion', current }
    }
    return proposed.length === 0
      ? { _tag: 'WrongExpectedVersion', current }
      : { _tag: 'Idempotent', lastRevision: expectedRevision + BigInt(proposed.length) }
  }
}
