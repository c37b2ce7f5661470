// The public surface of @clientele/adapter-memory, listed explicitly.
export { createMemoryEventStore } from './memoryEventStore.js'
export type { MemoryEventStoreOptions } from './memoryEventStore.js'
