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
