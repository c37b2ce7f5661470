// The one place the examples choose their event store. Everything else talks
// to the `EventStore` port, so swapping the store is a change to this file only.
//
// NOTE: the SQLite adapter (@clientele/adapter-sqlite) is not on main yet; until
// it is, the examples keep their events in memory and `filePath` is ignored.
import type { EventStore } from '@clientele/core'
import { createMemoryEventStore } from '@clientele/adapter-memory'

/** An open store, where it lives, and how to close it. */
export interface ExampleStore {
  readonly store: EventStore
  /** The SQLite file, or `memory`. */
  readonly location: string
  readonly close: () => Promise<void>
}

/** Opens the examples' store: the SQLite file at `filePath` (created if missing), else a fresh one. */
export const openExampleStore = (filePath?: string): ExampleStore => {
  void filePath
  const store = createMemoryEventStore()
  return { store, location: 'memory', close: () => store.close() }
}
