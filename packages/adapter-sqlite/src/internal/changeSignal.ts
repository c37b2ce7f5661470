import type Database from 'better-sqlite3'

/**
 * Wakes waiting subscriptions when the database may hold new events: at once
 * after an append by this store, and by polling for appends by other
 * connections (other processes). A waiter is called at most once and then
 * forgotten, so an idle subscription holds one registration however many
 * appends happen.
 */
export interface ChangeSignal {
  /** Calls `wake` at the next change; returns a function that cancels that. */
  readonly onNextChange: (wake: () => void) => () => void
  /** Called by this store after each append it commits. */
  readonly notify: () => void
  /** Starts polling while anyone subscribes; the returned function says the subscriber is done. */
  readonly watch: () => () => void
  /** Stops polling for good. */
  readonly close: () => void
}

/**
 * NOTE: `PRAGMA data_version` changes only when another connection commits,
 * and reading it touches no table, so an idle poll costs a few microseconds.
 * The timer runs only while a subscription is open and is not unref'd: an
 * open subscription keeps its process alive, as a projector process expects.
 */
export const createChangeSignal = (db: Database.Database, pollIntervalMs: number): ChangeSignal => {
  let waiters = new Set<() => void>()
  let watchers = 0
  let timer: NodeJS.Timeout | undefined
  let lastDataVersion: unknown

  const notify = (): void => {
    // Swap the set first: a waiter that registers again while being woken
    // waits for the next change, not this one.
    const current = waiters
    waiters = new Set()
    for (const wake of current) wake()
  }

  const poll = (): void => {
    let dataVersion: unknown
    try {
      dataVersion = db.pragma('data_version', { simple: true })
    } catch {
      // The subscriptions' own reads will meet the failure and report it.
      notify()
      return
    }
    if (dataVersion !== lastDataVersion) {
      lastDataVersion = dataVersion
      notify()
    }
  }

  const stopTimer = (): void => {
    if (timer !== undefined) clearInterval(timer)
    timer = undefined
  }

  return {
    onNextChange: (wake) => {
      waiters.add(wake)
      return () => {
        waiters.delete(wake)
      }
    },
    notify,
    watch: () => {
      watchers += 1
      if (timer === undefined) {
        lastDataVersion = db.pragma('data_version', { simple: true })
        timer = setInterval(poll, pollIntervalMs)
      }
      let done = false
      return () => {
        if (done) return
        done = true
        watchers -= 1
        if (watchers === 0) stopTimer()
      }
    },
    close: () => {
      stopTimer()
      notify()
    },
  }
}
