// The public surface of @clientele/adapter-sqlite, listed explicitly. Nothing
// under internal/ is exported.
export { openSqliteEventStore } from './sqliteEventStore.js'
export type { SqliteEventStoreOptions } from './sqliteEventStore.js'
export { renderSqliteOpenError } from './openError.js'
export type { SqliteOpenError } from './openError.js'
