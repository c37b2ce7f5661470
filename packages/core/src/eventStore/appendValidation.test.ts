import { describe, expect, it } from 'vitest'
import { invalidAppendReason } from './appendValidation.js'

const id = '6f1c0c66-8c1b-4d4e-9a51-2f3f3a3b4c5d'
const valid = { id, type: 'PurchaseLogged', data: { amount: 1 }, metadata: { schemaVersion: 1 } }
const any = { kind: 'any' } as const

describe('invalidAppendReason', () => {
  it('accepts a valid batch, with an exact revision of 0', () => {
    expect(invalidAppendReason('customer-1', [valid], any)).toBeUndefined()
    expect(invalidAppendReason('customer-1', [valid], { kind: 'exact', revision: 0 })).toBeUndefined()
  })

  it.each([
    ['an empty stream name', '', [valid], any, 'the stream name must be a non-empty string'],
    ['a negative exact revision', 's', [valid], { kind: 'exact', revision: -1 } as const, 'an exact expected revision must be a whole number from 0'],
    ['a fractional exact revision', 's', [valid], { kind: 'exact', revision: 1.5 } as const, 'an exact expected revision must be a whole number from 0'],
    ['events that are not an array', 's', { 0: valid }, any, 'the events must be an array'],
    ['an empty batch', 's', [], any, 'an append needs at least one event'],
    ['an event of a class', 's', [new (class Event {})()], any, 'events[0] must be an object'],
    ['an id that is not a uuid', 's', [{ ...valid, id: 'Ada Lovelace' }], any, 'events[0].id must be a uuid'],
    ['an actor that is not text', 's', [{ ...valid, metadata: { schemaVersion: 1, actor: 7 } }], any, 'events[0].metadata.actor must be a string'],
    ['a Map in data', 's', [{ ...valid, data: { m: new Map() } }], any, 'events[0].data must be JSON (plain objects, arrays, strings, finite numbers, booleans, null)'],
    ['a repeated id', 's', [valid, { ...valid }], any, 'events[1].id repeats events[0].id'],
  ])('refuses %s, naming the field without quoting values', (_, stream, events, expected, reason) => {
    expect(invalidAppendReason(stream, events, expected)).toBe(reason)
  })
})
