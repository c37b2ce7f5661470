// The public surface of @clientele/core, listed explicitly.
export type { EventStore, AppendResult, ReadStreamOptions, ReadAllOptions, SubscribeToAllOptions, Subscription, SubscriptionEnd } from './eventStore/eventStore.js'
export type { EventMetadata, EventToAppend, RecordedEvent } from './eventStore/recordedEvent.js'
export type { ExpectedRevision } from './eventStore/expectedRevision.js'
export { anyRevision, noStream, streamExists, atRevision, satisfiesExpectedRevision } from './eventStore/expectedRevision.js'
export type { StoreError } from './eventStore/storeError.js'
export { renderStoreError } from './eventStore/storeError.js'
