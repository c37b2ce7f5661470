// @clientele/adapter-eventstore/testing: the wire-level test server, for
// tests and benchmarks that drive a real client without a real server.
export { startEventStoreDbTestServer } from './testServer/eventStoreDbTestServer.js'
export type { EventStoreDbTestServer, EventStoreDbTestServerOptions, LatencyPlacement } from './testServer/eventStoreDbTestServer.js'
export type { ClientPackage } from './testServer/protocol.js'
