// The public surface of @clientele/core/testing: support for the tests of
// Clientele's users (and its own).
export { describeEventStoreContract } from './eventStoreContract.js'
export type { EventStoreContractOptions } from './eventStoreContract.js'
export { deciderSpecification } from './deciderSpecification.js'
