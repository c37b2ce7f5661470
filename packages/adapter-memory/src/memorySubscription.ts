import type { RecordedEvent, StoreError, SubscribeToAllOptions, Subscription, SubscriptionEnd } from '@clientele/core'

/**
 * Wakes waiting subscriptions when events are appended. A waiter is called at
 * most once and then forgotten, so an idle subscription holds exactly one
 * registration however many appends happen.
 *
 * @since 0.1.0
 * @category subscriptions
 */
export interface AppendSignal {
  /** Calls `wake` at the next `notify`; returns a function that cancels that. */
  readonly onNextAppend: (wake: () => void) => () => void
  readonly notify: () => void
}

/**
 * A fresh {@link AppendSignal}.
 *
 * @since 0.1.0
 * @category subscriptions
 */
export const createAppendSignal = (): AppendSignal => {
  let waiters = new Set<() => void>()
  return {
    onNextAppend: (wake) => {
      waiters.add(wake)
      return () => {
        waiters.delete(wake)
      }
    },
    notify: () => {
      // Swap the set first so a waiter that registers again while being woken
      // waits for the next append, not this one.
      const current = waiters
      waiters = new Set()
      for (const wake of current) wake()
    },
  }
}

/**
 * Starts a subscription over `log`, the store's live global log, where the
 * event at index i has position i + 1. The subscription keeps a cursor into
 * the log, so events appended while it catches up are simply further along:
 * nothing is missed or delivered twice. Delivery starts on a later microtask,
 * so the caller holds the returned subscription before its handler runs.
 *
 * A handler that awaits `stop()` of its own subscription waits forever:
 * `stop()` waits for that very handler call to finish.
 *
 * @since 0.1.0
 * @category subscriptions
 */
export const startMemorySubscription = (
  log: ReadonlyArray<RecordedEvent>,
  signal: AppendSignal,
  options: SubscribeToAllOptions,
): Subscription => {
  let stopping = false
  // Set while the loop sleeps until the next append; `stop()` uses it to wake the loop.
  let wakeNow: (() => void) | undefined
  let cursor = startIndex(options.after)
  let lastPosition = options.after !== undefined && options.after > 0n ? options.after : 0n

  const sleepUntilAppend = (): Promise<void> =>
    new Promise<void>((resolve) => {
      const cancel = signal.onNextAppend(() => wake())
      const wake = (): void => {
        cancel()
        wakeNow = undefined
        resolve()
      }
      wakeNow = wake
    })

  const run = async (): Promise<SubscriptionEnd> => {
    let caughtUp = false
    while (!stopping) {
      const event = log[cursor]
      if (event !== undefined) {
        cursor += 1
        try {
          await options.onEvent(event)
        } catch (error) {
          return failed(event.position, error)
        }
        lastPosition = event.position
      } else if (!caughtUp) {
        caughtUp = true
        try {
          options.onCaughtUp?.()
        } catch (error) {
          return failed(lastPosition, error)
        }
      } else {
        await sleepUntilAppend()
      }
    }
    return { _tag: 'Stopped' }
  }

  // run() catches handler errors itself; the catch is for the unforeseen, so
  // that `ended` never rejects.
  const ended: Promise<SubscriptionEnd> = Promise.resolve()
    .then(run)
    .catch((error: unknown) => failed(lastPosition, error))
  return {
    stop: async () => {
      stopping = true
      wakeNow?.()
      // The loop only ends between handler calls, so once it has ended no
      // handler call is in flight.
      await ended
    },
    ended,
  }
}

/** The log index of the first event strictly after position `after`. */
const startIndex = (after: bigint | undefined): number => {
  if (after === undefined || after <= 0n) return 0
  return after >= BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(after)
}

const failed = (position: bigint, error: unknown): SubscriptionEnd => {
  const subscriberFailed: StoreError = {
    _tag: 'SubscriberFailed',
    position,
    // Only the message: the thrown value itself may carry event data.
    reason: error instanceof Error ? error.message : 'the handler threw a value that is not an Error',
  }
  return { _tag: 'Failed', error: subscriberFailed }
}
