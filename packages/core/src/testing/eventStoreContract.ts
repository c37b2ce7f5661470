import { describe } from 'vitest'
import type { EventStore } from '../eventStore/eventStore.js'
import { describeAtomicity } from './eventStoreContract/atomicity.js'
import { describeClosedStore } from './eventStoreContract/closedStore.js'
import { describeConcurrency } from './eventStoreContract/concurrency.js'
import { describeExpectedRevision } from './eventStoreContract/expectedRevision.js'
import { describeIdempotence } from './eventStoreContract/idempotence.js'
import { describeModel } from './eventStoreContract/model.js'
import { describeReading } from './eventStoreContract/reading.js'
import { describeSubscriptions } from './eventStoreContract/subscriptions.js'

/**
 * How the contract suite gets stores to test.
 *
 * @since 0.1.0
 * @category testing
 */
export interface EventStoreContractOptions {
  /**
   * A fresh, open store. Called once per test (and once per run of the
   * property test); the suite closes each store it makes. Stores may share a
   * database: every test writes to streams with fresh names and ignores
   * other streams' events.
   */
  readonly makeStore: () => Promise<EventStore>
  /** Shown in brackets after the suite's name, e.g. to tell configurations of one adapter apart. */
  readonly label?: string
}

/**
 * Declares the vitest suite that every event-store adapter must pass: the
 * guarantees documented on {@link EventStore}, checked by example, under
 * concurrency, and against a small model with fast-check.
 *
 * @example
 * describeEventStoreContract('memory event store', { makeStore: async () => createMemoryEventStore() })
 *
 * @since 0.1.0
 * @category testing
 */
export const describeEventStoreContract = (name: string, options: EventStoreContractOptions): void => {
  const title = options.label === undefined ? name : `${name} [${options.label}]`
  describe(title, () => {
    describeExpectedRevision(options)
    describeReading(options)
    describeAtomicity(options)
    describeIdempotence(options)
    describeConcurrency(options)
    describeSubscriptions(options)
    describeClosedStore(options)
    describeModel(options)
  })
}
