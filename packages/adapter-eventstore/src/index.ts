// The public surface of @clientele/adapter-eventstore, listed explicitly.
// Nothing here loads a client package: the client is passed in, or loaded by
// `connectEventStoreDb` when it is called.
export { createEventStoreDbStore } from './eventStoreDbStore.js'
export type { EventStoreDbStoreOptions } from './eventStoreDbStore.js'
export { connectEventStoreDb, parseConnectionString, renderConnectionStringInvalid } from './connectionString.js'
export type { ConnectEventStoreDbOptions, ConnectionSettings, ConnectionStringClient, ConnectionStringInvalid } from './connectionString.js'
export { clienteleStreams } from './streamSelection.js'
export type { StreamSelection } from './streamSelection.js'
export type { ReconnectPolicy } from './subscription.js'
export type { EventStoreDbClient, ClientCredentials } from './client.js'
