import type { ExpectedRevision } from './expectedRevision.js'

/**
 * Every way a store can fail, as data. Adapters translate their vendor's
 * exceptions into these; a vendor type never leaves an adapter.
 *
 * @since 0.1.0
 * @category event store
 */
export type StoreError =
  | {
      readonly _tag: 'WrongExpectedRevision'
      readonly stream: string
      readonly expected: ExpectedRevision
      /** The stream's last revision; undefined when it does not exist. */
      readonly actual: number | undefined
    }
  | {
      /** Some of the ids were already stored, but not as this same append. */
      readonly _tag: 'DuplicateEventId'
      readonly stream: string
      readonly eventId: string
    }
  | { readonly _tag: 'StreamDeleted'; readonly stream: string }
  | { readonly _tag: 'InvalidAppend'; readonly stream: string; readonly reason: string }
  | { readonly _tag: 'StoreUnavailable'; readonly reason: string }
  | { readonly _tag: 'StoreTimeout'; readonly operation: string }
  | { readonly _tag: 'StoreClosed' }
  | { readonly _tag: 'StoreFailure'; readonly reason: string }
  /** A subscription's handler threw or rejected; the subscription stopped. */
  | { readonly _tag: 'SubscriberFailed'; readonly position: bigint; readonly reason: string }

/**
 * A short English sentence for logs. Holds no event data, so no personal data.
 *
 * @since 0.1.0
 * @category event store
 */
export const renderStoreError = (error: StoreError): string => {
  switch (error._tag) {
    case 'WrongExpectedRevision':
      return `stream ${error.stream}: expected ${describeExpected(error.expected)}, found ${
        error.actual === undefined ? 'no stream' : `revision ${error.actual}`
      }`
    case 'DuplicateEventId':
      return `stream ${error.stream}: event id ${error.eventId} is already stored by another append`
    case 'StreamDeleted':
      return `stream ${error.stream} was deleted`
    case 'InvalidAppend':
      return `stream ${error.stream}: invalid append (${error.reason})`
    case 'StoreUnavailable':
      return `event store unavailable: ${error.reason}`
    case 'StoreTimeout':
      return `event store timed out during ${error.operation}`
    case 'StoreClosed':
      return 'event store is closed'
    case 'StoreFailure':
      return `event store failure: ${error.reason}`
    case 'SubscriberFailed':
      return `subscriber failed at position ${error.position}: ${error.reason}`
  }
}

const describeExpected = (expected: ExpectedRevision): string => {
  switch (expected.kind) {
    case 'any':
      return 'any revision'
    case 'noStream':
      return 'no stream'
    case 'exists':
      return 'an existing stream'
    case 'exact':
      return `revision ${expected.revision}`
  }
}
