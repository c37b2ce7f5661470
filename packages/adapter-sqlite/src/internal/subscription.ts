import * as E from 'fp-ts/lib/Either.js'
import type { RecordedEvent, StoreError, SubscribeToAllOptions, Subscription, SubscriptionEnd } from '@clientele/core'
import type { ChangeSignal } from './changeSignal.js'

/** Reads up to `maxCount` events strictly after `after`, in global order. */
export type ReadPage = (after: bigint, maxCount: number) => E.Either<StoreError, ReadonlyArray<RecordedEvent>>

/** Events read at a time while catching up: bounds memory, not speed. */
const PAGE_SIZE = 500

/**
 * Starts a subscription that pages through the events table after a cursor
 * (the position of the last event delivered), so an event appended while it
 * catches up is simply further along: nothing is missed or delivered twice.
 * When a read comes back empty it is caught up, and sleeps until the change
 * signal wakes it. Delivery starts on a later microtask, so the caller holds
 * the returned subscription before its handler runs.
 *
 * NOTE: nothing awaits between the read that finds nothing and registering
 * for the next change, and this store's appends are synchronous, so an append
 * by this process cannot fall between the two; one by another process is
 * seen by the next poll.
 */
export const startSubscription = (readPage: ReadPage, signal: ChangeSignal, options: SubscribeToAllOptions): Subscription => {
  let stopping = false
  let wakeNow: (() => void) | undefined
  let cursor = options.after !== undefined && options.after > 0n ? options.after : 0n
  const unwatch = signal.watch()

  const sleepUntilChange = (): Promise<void> =>
    new Promise<void>((resolve) => {
      const cancel = signal.onNextChange(() => wake())
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
      const page = readPage(cursor, PAGE_SIZE)
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
    .finally(unwatch)
  return {
    stop: async () => {
      stopping = true
      wakeNow?.()
      // The loop ends only between handler calls: once it has, none is in flight.
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
