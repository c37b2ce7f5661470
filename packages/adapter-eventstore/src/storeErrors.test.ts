// Error mapping, on plain objects shaped like the clients' errors and like
// raw gRPC errors: no client package is loaded here.
import { describe, expect, it } from 'vitest'
import { isTransient, storeErrorOf } from './storeErrors.js'

const append = { operation: 'append', stream: 'customer-1', expected: { kind: 'exact', revision: 3 } } as const

describe('storeErrorOf', () => {
  it.each([
    ['@eventstore/db-client', { type: 'wrong-expected-version', actualVersion: 5n, expectedVersion: 3n }, 5],
    ['@kurrent/kurrentdb-client', { type: 'wrong-expected-version', actualState: 5n, expectedState: 3n }, 5],
    ['no stream', { type: 'wrong-expected-version', actualVersion: 'no_stream' }, undefined],
    ['a negative revision', { type: 'wrong-expected-version', actualVersion: -1n }, undefined],
  ])('a version conflict from %s is WrongExpectedRevision with the port’s expected revision', (_, error, actual) => {
    expect(storeErrorOf(error, append)).toEqual({ _tag: 'WrongExpectedRevision', stream: 'customer-1', expected: append.expected, actual })
  })

  it.each([
    [{ type: 'stream-deleted' }, { _tag: 'StreamDeleted', stream: 'customer-1' }],
    [{ type: 'unavailable', code: 14 }, { _tag: 'StoreUnavailable', reason: 'the server is unavailable (gRPC UNAVAILABLE)' }],
    [{ code: 14, details: 'No connection established. Last error: connect ECONNREFUSED 10.0.0.1:2113' }, { _tag: 'StoreUnavailable', reason: 'the server is unavailable (gRPC UNAVAILABLE)' }],
    [{ code: 4, details: 'Deadline exceeded' }, { _tag: 'StoreTimeout', operation: 'append' }],
    [{ type: 'deadline-exceeded' }, { _tag: 'StoreTimeout', operation: 'append' }],
    [{ type: 'timeout' }, { _tag: 'StoreTimeout', operation: 'append' }],
    // A server's own write timeout (commit, prepare or forward): the clients' `timeout` error, or the raw status.
    [{ code: 10, details: 'Operation timed out' }, { _tag: 'StoreTimeout', operation: 'append' }],
    [{ type: 'transaction-max-size-exceeded', code: 10 }, { _tag: 'InvalidAppend', stream: 'customer-1', reason: "the events exceed the server's maximum transaction size" }],
    [{ type: 'cancelled' }, { _tag: 'StoreUnavailable', reason: 'the server cancelled the call' }],
    [{ code: 1 }, { _tag: 'StoreUnavailable', reason: 'the server cancelled the call' }],
    [{ type: 'not-leader' }, { _tag: 'StoreUnavailable', reason: 'the node is not the leader and the client could not reach the leader' }],
    [{ type: 'access-denied' }, { _tag: 'StoreFailure', reason: 'append failed: access denied' }],
    [{ code: 16 }, { _tag: 'StoreFailure', reason: 'append failed: access denied' }],
    [{ type: 'maximum-append-size-exceeded' }, { _tag: 'InvalidAppend', stream: 'customer-1', reason: "the events exceed the server's maximum append size" }],
    [new Error('Failed to discover after 10 attempts.'), { _tag: 'StoreUnavailable', reason: 'no cluster node could be discovered' }],
    [{ type: 'unknown', message: 'Could not recognize 王芳 13912345678' }, { _tag: 'StoreFailure', reason: 'append failed: client error unknown' }],
    [{ code: 13, details: 'internal' }, { _tag: 'StoreFailure', reason: 'append failed: gRPC status 13' }],
    [new TypeError('customer 王芳 broke it'), { _tag: 'StoreFailure', reason: 'append failed: unexpected TypeError' }],
    ['a string', { _tag: 'StoreFailure', reason: 'append failed: unexpected error' }],
    [undefined, { _tag: 'StoreFailure', reason: 'append failed: unexpected error' }],
  ])('%o becomes %o', (error, expected) => {
    expect(storeErrorOf(error, append)).toEqual(expected)
  })

  it('never repeats a vendor message, which may quote data, hosts or credentials', () => {
    const secret = 'admin:changeit@10.1.2.3 王芳'
    for (const error of [{ type: 'unknown', message: secret }, { code: 2, details: secret }, new Error(secret), { code: 14, details: secret }]) {
      expect(JSON.stringify(storeErrorOf(error, { operation: 'readAll' }))).not.toContain('changeit')
      expect(JSON.stringify(storeErrorOf(error, { operation: 'readAll' }))).not.toContain('王芳')
    }
  })

  it('counts unavailable and timeouts as transient, refusals as not', () => {
    expect(isTransient(storeErrorOf({ code: 14 }, append))).toBe(true)
    expect(isTransient(storeErrorOf({ code: 4 }, append))).toBe(true)
    expect(isTransient(storeErrorOf({ type: 'access-denied' }, append))).toBe(false)
    expect(isTransient(storeErrorOf({ type: 'stream-deleted' }, append))).toBe(false)
  })
})
