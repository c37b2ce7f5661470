import * as E from 'fp-ts/lib/Either.js'
import { customerIdOfStream, decodeRecordedEvent, type EventStore, type RecordedEvent, type Subscription } from '@clientele/core'
import type { Projection } from '../projection.js'
import type { ProjectionError } from './projectionError.js'

/**
 * A state and the global position it reflects (undefined: nothing applied yet).
 *
 * @since 0.1.0
 * @category running
 */
export interface Checkpoint<S> {
  readonly state: S
  readonly position: bigint | undefined
  /**
   * The event at `position` (its stream and revision), so that resuming can
   * check the store still holds it there: a checkpoint of another store, or
   * of this one before it was restored from an older backup, would otherwise
   * pass over every event up to its position without a word. Absent when
   * nothing was applied, and in checkpoints made by hand.
   */
  readonly last?: { readonly stream: string; readonly revision: number }
}

/** @since 0.1.0 @category running */
export interface ProjectionRunnerOptions<S> {
  readonly store: EventStore
  readonly projection: Projection<S>
  /** Resume from a saved state and position instead of replaying everything. The runner works on a copy: the checkpoint itself is never changed, so it can be resumed from again. */
  readonly from?: Checkpoint<S>
  /** Events per read while rebuilding, a whole number of at least 1. Default 5,000. */
  readonly pageSize?: number
}

/**
 * Keeps one projection up to date with a store.
 *
 * @since 0.1.0
 * @category running
 */
export interface ProjectionRunner<S> {
  /** Reads everything after the current position, page by page, and applies it. */
  readonly catchUp: () => Promise<E.Either<ProjectionError, void>>
  /** Catches up, then stays live through a subscription until stopped or failed. */
  readonly start: () => Promise<E.Either<ProjectionError, void>>
  /** Resolves once the position reached is at least `position` (or the runner failed). */
  readonly waitFor: (position: bigint) => Promise<E.Either<ProjectionError, void>>
  readonly state: () => S
  readonly position: () => bigint | undefined
  /** A copy of the state with its position, safe to keep while the runner goes on. */
  readonly checkpoint: () => Checkpoint<S>
  /** Set once the runner stopped on an error; it applies nothing after it. */
  readonly failure: () => ProjectionError | undefined
  readonly stop: () => Promise<void>
}

/**
 * Runs a projection over the store's global order. Only customer streams
 * (`customer-<id>`) are projected; an event there that does not decode, or
 * that the projection fails to apply, stops the runner with an error naming
 * the stream, revision and reason — it never skips an event silently.
 *
 * @since 0.1.0
 * @category running
 */
export const createProjectionRunner = <S>(options: ProjectionRunnerOptions<S>): ProjectionRunner<S> => {
  const { store, projection } = options
  const pageSize = options.pageSize ?? 5_000
  // NOTE: a copy, since apply changes the state in place: resuming twice from
  // one saved checkpoint applied the events after it twice.
  let state = options.from === undefined ? projection.init() : structuredClone(options.from.state)
  let position = options.from?.position
  // The event at `position`, kept as two fields rather than an object per event.
  let lastStream = options.from?.last?.stream
  let lastRevision = options.from?.last?.revision
  let verified = options.from?.last === undefined
  let failure: ProjectionError | undefined
  let stopped = false
  let subscription: Subscription | undefined
  const waiters: Array<{ position: bigint; resolve: (r: E.Either<ProjectionError, void>) => void }> = []

  const stoppedError: ProjectionError = { _tag: 'ProjectionStopped', projection: projection.name }

  // In the order they were asked for.
  const settleWaiters = (): void => {
    let kept = 0
    for (const w of waiters) {
      if (failure !== undefined) w.resolve(E.left(failure))
      else if (position !== undefined && position >= w.position) w.resolve(E.right(undefined))
      else if (stopped) w.resolve(E.left(stoppedError))
      else waiters[kept++] = w
    }
    waiters.length = kept
  }

  const fail = (error: ProjectionError): E.Either<ProjectionError, never> => {
    failure ??= error
    settleWaiters()
    return E.left(failure)
  }

  const applyRecorded = (r: RecordedEvent): E.Either<ProjectionError, void> => {
    if (failure !== undefined) return E.left(failure)
    if (position !== undefined && r.position <= position) return E.right(undefined)
    const customerId = customerIdOfStream(r.stream)
    if (customerId !== undefined) {
      const decoded = decodeRecordedEvent(r)
      if (E.isLeft(decoded))
        return fail({ _tag: 'ProjectionEventInvalid', projection: projection.name, stream: r.stream, revision: r.revision, position: r.position, problems: decoded.left.problems })
      // The read models file an event under the customer its data names; one
      // naming another customer than its stream (written past the decider)
      // would be filed under the wrong customer, so it stops the projection.
      if (decoded.right.data.customerId !== customerId)
        return fail({
          _tag: 'ProjectionEventInvalid',
          projection: projection.name,
          stream: r.stream,
          revision: r.revision,
          position: r.position,
          problems: [{ path: 'data.customerId', reason: 'names another customer than the stream it is stored in' }],
        })
      try {
        state = projection.apply(state, { event: decoded.right, customerId, stream: r.stream, revision: r.revision, position: r.position, recordedAt: r.recordedAt })
      } catch (error) {
        const reason = error instanceof Error ? error.message : 'the projection threw'
        return fail({ _tag: 'ProjectionApplyFailed', projection: projection.name, stream: r.stream, revision: r.revision, position: r.position, reason })
      }
    }
    position = r.position
    lastStream = r.stream
    lastRevision = r.revision
    return E.right(undefined)
  }

  // Once, before the first read after resuming: the store must hold the checkpoint's event at its position.
  const verifyCheckpoint = async (): Promise<E.Either<ProjectionError, void>> => {
    if (verified || lastStream === undefined || lastRevision === undefined || position === undefined) return E.right(undefined)
    const read = await store.readStream(lastStream, { fromRevision: lastRevision, maxCount: 1 })
    // A store that cannot answer says nothing about the checkpoint: that is a store failure.
    if (E.isLeft(read) && read.left._tag !== 'StreamDeleted') return fail({ _tag: 'ProjectionStoreFailed', projection: projection.name, error: read.left })
    const found = E.isRight(read) ? read.right[0] : undefined
    if (found === undefined || found.revision !== lastRevision || found.position !== position)
      return fail({ _tag: 'ProjectionCheckpointInvalid', projection: projection.name, reason: 'the store does not hold the checkpoint\'s last event at its position (a checkpoint of another store, or of a store since restored from an older copy)' })
    verified = true
    return E.right(undefined)
  }

  const catchUp = async (): Promise<E.Either<ProjectionError, void>> => {
    if (!Number.isSafeInteger(pageSize) || pageSize < 1)
      return fail({ _tag: 'ProjectionOptionInvalid', projection: projection.name, option: 'pageSize', reason: 'must be a whole number of at least 1' })
    const checked = await verifyCheckpoint()
    if (E.isLeft(checked)) return checked
    for (;;) {
      if (failure !== undefined) return E.left(failure)
      const page = await store.readAll({ ...(position !== undefined && { after: position }), maxCount: pageSize })
      if (E.isLeft(page)) return fail({ _tag: 'ProjectionStoreFailed', projection: projection.name, error: page.left })
      for (const r of page.right) {
        const applied = applyRecorded(r)
        if (E.isLeft(applied)) return applied
      }
      settleWaiters()
      if (page.right.length < pageSize) return E.right(undefined)
    }
  }

  const start = async (): Promise<E.Either<ProjectionError, void>> => {
    const caughtUp = await catchUp()
    if (E.isLeft(caughtUp)) return caughtUp
    // Stopped while catching up: no subscription is opened after all.
    if (stopped) return E.left(stoppedError)
    subscription = store.subscribeToAll({
      ...(position !== undefined && { after: position }),
      onEvent: (r) => {
        const applied = applyRecorded(r)
        settleWaiters()
        // Throwing ends the subscription; the failure is already recorded.
        if (E.isLeft(applied)) throw new Error(applied.left._tag)
      },
    })
    void subscription.ended.then((end) => {
      if (failure !== undefined) return
      if (end._tag === 'Failed') fail({ _tag: 'ProjectionStoreFailed', projection: projection.name, error: end.error })
      // Ended without being asked to (the store was closed underneath): the views no longer follow the store.
      else if (!stopped) fail(stoppedError)
    })
    return E.right(undefined)
  }

  return {
    catchUp,
    start,
    waitFor: (target) =>
      new Promise((resolve) => {
        waiters.push({ position: target, resolve })
        settleWaiters()
      }),
    state: () => state,
    position: () => position,
    checkpoint: () => ({
      state: structuredClone(state),
      position,
      ...(lastStream !== undefined && lastRevision !== undefined && { last: { stream: lastStream, revision: lastRevision } }),
    }),
    failure: () => failure,
    stop: async () => {
      stopped = true
      await subscription?.stop()
      subscription = undefined
      // Waiters still pending will never be satisfied now, nor any asked for later.
      settleWaiters()
    },
  }
}
