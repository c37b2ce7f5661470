import type { ExpectedRevision, StoreError } from '@clientele/core'
import { actualRevisionOf } from './revisions.js'

// Every failure a client reports becomes one of the port's errors. The
// clients' errors are matched on their `type` (and raw gRPC errors on their
// numeric `code`), never with `instanceof`: the adapter does not load the
// client packages, and the two packages' classes are different anyway.
// Reasons are fixed sentences: a vendor message may quote a stream name, a
// host or a connection string, and reasons end up in logs.

/** gRPC status codes the mapping looks at. */
const grpcCode = {
  CANCELLED: 1,
  DEADLINE_EXCEEDED: 4,
  PERMISSION_DENIED: 7,
  ABORTED: 10,
  UNAVAILABLE: 14,
  UNAUTHENTICATED: 16,
} as const

/**
 * What was being done when an error happened: the port's error needs the
 * stream and the expected revision, which the vendor's error may not carry.
 *
 * @since 0.1.0
 * @category errors
 */
export interface ErrorContext {
  readonly operation: string
  readonly stream?: string
  readonly expected?: ExpectedRevision
}

const field = (error: unknown, name: string): unknown =>
  typeof error === 'object' && error !== null ? (error as Record<string, unknown>)[name] : undefined

/**
 * The port's error for anything a client threw or rejected with.
 *
 * @example
 * storeErrorOf({ code: 14, details: 'No connection established' }, { operation: 'append' })
 * // { _tag: 'StoreUnavailable', reason: 'the server is unavailable (gRPC UNAVAILABLE)' }
 *
 * @since 0.1.0
 * @category errors
 */
export const storeErrorOf = (error: unknown, context: ErrorContext): StoreError => {
  const type = field(error, 'type')
  const stream = context.stream ?? ''
  switch (type) {
    case 'wrong-expected-version':
      return {
        _tag: 'WrongExpectedRevision',
        stream,
        expected: context.expected ?? { kind: 'any' },
        // @eventstore/db-client calls it actualVersion, @kurrent/kurrentdb-client actualState.
        actual: actualRevisionOf(field(error, 'actualVersion') ?? field(error, 'actualState')),
      }
    case 'stream-deleted':
      return { _tag: 'StreamDeleted', stream }
    case 'maximum-append-size-exceeded':
      return { _tag: 'InvalidAppend', stream, reason: "the events exceed the server's maximum append size" }
    // @kurrent/kurrentdb-client's name for an ABORTED carrying AppendTransactionSizeExceeded details
    // (KurrentDB's multi-stream appends): too large, not too slow.
    case 'transaction-max-size-exceeded':
      return { _tag: 'InvalidAppend', stream, reason: "the events exceed the server's maximum transaction size" }
    case 'deadline-exceeded':
    case 'timeout':
      return { _tag: 'StoreTimeout', operation: context.operation }
    case 'unavailable':
      return { _tag: 'StoreUnavailable', reason: 'the server is unavailable (gRPC UNAVAILABLE)' }
    case 'cancelled':
      return { _tag: 'StoreUnavailable', reason: 'the server cancelled the call' }
    case 'not-leader':
      return { _tag: 'StoreUnavailable', reason: 'the node is not the leader and the client could not reach the leader' }
    case 'access-denied':
      return { _tag: 'StoreFailure', reason: `${context.operation} failed: access denied` }
  }
  switch (field(error, 'code')) {
    case grpcCode.UNAVAILABLE:
      return { _tag: 'StoreUnavailable', reason: 'the server is unavailable (gRPC UNAVAILABLE)' }
    case grpcCode.DEADLINE_EXCEEDED:
    // ABORTED is how EventStoreDB answers a write whose own commit, prepare or forward timed out
    // inside the cluster ("Operation timed out"): it may or may not be written, as with a client
    // deadline, and a same-id retry settles it. Both clients turn it into their `timeout` error.
    case grpcCode.ABORTED:
      return { _tag: 'StoreTimeout', operation: context.operation }
    case grpcCode.CANCELLED:
      return { _tag: 'StoreUnavailable', reason: 'the server cancelled the call' }
    case grpcCode.UNAUTHENTICATED:
    case grpcCode.PERMISSION_DENIED:
      return { _tag: 'StoreFailure', reason: `${context.operation} failed: access denied` }
  }
  if (isDiscoveryFailure(error)) return { _tag: 'StoreUnavailable', reason: 'no cluster node could be discovered' }
  return { _tag: 'StoreFailure', reason: `${context.operation} failed: ${describe(error)}` }
}

/** Cluster discovery failures are plain errors; their name or message says so. */
const isDiscoveryFailure = (error: unknown): boolean => {
  const name = field(error, 'name')
  const message = field(error, 'message')
  return (typeof name === 'string' && /discover/i.test(name)) || (typeof message === 'string' && /failed to discover/i.test(message))
}

/** A label for an unforeseen error that carries no data: its type, code or class name. */
const describe = (error: unknown): string => {
  const type = field(error, 'type')
  if (typeof type === 'string') return `client error ${type}`
  const code = field(error, 'code')
  if (typeof code === 'number') return `gRPC status ${code}`
  if (error instanceof Error) return `unexpected ${error.name}`
  return 'unexpected error'
}

/**
 * Whether a subscription that ended with this error should connect again:
 * the server went away or could not answer in time, as opposed to a refusal
 * that would only repeat.
 *
 * @since 0.1.0
 * @category errors
 */
export const isTransient = (error: StoreError): boolean =>
  error._tag === 'StoreUnavailable' || error._tag === 'StoreTimeout'

/**
 * Whether a read failed because the stream does not exist (which the port
 * reads as empty).
 *
 * @since 0.1.0
 * @category errors
 */
export const isStreamNotFound = (error: unknown): boolean => field(error, 'type') === 'stream-not-found'
