import { describe, expect, it } from 'vitest'
import { storeErrorOf } from './storeErrors.js'

describe('storeErrorOf', () => {
  it.each([
    ['SQLITE_BUSY', { _tag: 'StoreTimeout', operation: 'append' }],
    ['SQLITE_BUSY_SNAPSHOT', { _tag: 'StoreTimeout', operation: 'append' }],
    ['SQLITE_LOCKED', { _tag: 'StoreTimeout', operation: 'append' }],
    ['SQLITE_CANTOPEN', { _tag: 'StoreUnavailable', reason: 'append: the database file cannot be opened' }],
    ['SQLITE_FULL', { _tag: 'StoreFailure', reason: 'append failed: the disk is full' }],
    ['SQLITE_READONLY_DBMOVED', { _tag: 'StoreFailure', reason: 'append failed: the database is read-only' }],
    ['SQLITE_CORRUPT', { _tag: 'StoreFailure', reason: 'append failed: the database file is damaged' }],
    ['SQLITE_IOERR_FSYNC', { _tag: 'StoreFailure', reason: 'append failed: disk I/O error (SQLITE_IOERR_FSYNC)' }],
    ['SQLITE_MISUSE', { _tag: 'StoreFailure', reason: 'append failed: SQLITE_MISUSE' }],
  ])('maps %s by its code', (code, expected) => {
    expect(storeErrorOf({ code, message: 'near "Wang": quoted customer data' }, 'append')).toEqual(expected)
  })

  it('never repeats the message of an error it does not know', () => {
    const error = storeErrorOf(new RangeError('value 139 1111 2222 out of range'), 'readAll')
    expect(error).toEqual({ _tag: 'StoreFailure', reason: 'readAll failed: unexpected RangeError' })
  })
})
