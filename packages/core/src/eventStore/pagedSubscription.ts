// The catch-up-then-live loop every store that can read its global log by
// position shares: read a page after a cursor, deliver it, and when a read
// comes back empty, say so once and sleep until the store signals a change.
import * as E from 'fp-ts/lib/Either.js'
import type { SubscribeToAllOptions, Subscription, SubscriptionEnd } from './eventStore.js'
import type { RecordedEvent } from './recordedEvent.js'
import type { StoreError } from './storeError.js'

/**
 * What a store gives the loop: a synchronous read of up to `maxCount` events
 * strictly after `after` in global order, and a one-shot wake-up at its next
 * change (the returned function cancels it).
 *
 * @since 0.1.0
 * @category event store
 */
export interface PagedSubscriptionSource {
  readonly readPage: (after: bigint, maxCount: number) => E.Either<StoreError, ReadonlyArray<RecordedEvent>>
  readonly onNextChange: (wake: () => void) => () => void
}

/** Events read at a time while catching up: bounds memory, not speed. */
const PAGE_SIZE = 500

/**
 * Starts a subscription that pages through the global log after a cursor
 * (the position of the last event delivered), so an event appended while it
 * catches up is simply further along: nothing is missed or delivered twice.
 * Delivery starts on a later microtask, so the caller holds the returned
 * subscription before its handler runs. The loop ends only between handler
 * calls, so once `stop()` resolves no handler call is in flight; a handler
 * that awaits `stop()` of its own subscription waits forever.
 *
 * NOTE: `readPage` is synchronous and nothing awaits between the read that
 * finds nothing and registering for the next change, so an append made by the
 * same process cannot fall between the two.
 *
 * @since 0.1.0
 * @category event store
 */
export const startPagedSubscription = (source: PagedSubscriptionSource, options: SubscribeToAllOptions): Subscription => {
  let stopping = false
  // Set while the loop sleeps; `stop()` uses it to wake the loop.
  let wakeNow: (() => void) | undefined
  let cursor = options.after !== undefined && options.after > 0n ? options.after : 0n

  const sleepUntilChange = (): Promise<void> =>
    new Promise<void>((resolve) => {
      const cancel = source.onNextChange(() => wake())
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
      const page = source.readPage(cursor, PAGE_SIZE)
      if (E.isLeft(page)) return { _tag: 'Failed', error: page.left }
      for (const event of page.right) {
        if (stopping) break
        try {
          await options.onEvent(event)
        } catch (error) {
          return failed(event.position, error)
        }
        cursor = event.position
      }
      if (page.right.length > 0) continue
      if (!caughtUp) {
        caughtUp = true
        try {
          options.onCaughtUp?.()
        } catch (error) {
          return failed(cursor, error)
        }
        // onCaughtUp may have appended: look again before sleeping.
        continue
      }
      if (!stopping) await sleepUntilChange()
    }
    return { _tag: 'Stopped' }
  }

  // run() catches handler errors itself; this catch is for the unforeseen,
  // so that `ended` never rejects.
  const ended: Promise<SubscriptionEnd> = Promise.resolve()
    .then(run)
    .catch((error: unknown) => failed(cursor, error))
  return {
    stop: async () => {
      stopping = true
      wakeNow?.()
      await ended
    },
    ended,
  }
}

const failed = (position: bigint, error: unknown): SubscriptionEnd => ({
  _tag: 'Failed',
  error: {
    _tag: 'SubscriberFailed',
    position,
    // Only the message: the thrown value itself may carry event data.
    reason: error instanceof Error ? error.message : 'the handler threw a value that is not an Error',
  },
})
