import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { customerId, registration } from '../customer/fixtures.test-support.js'
import { personalPaths } from '../values/personal.js'
import { customerEventCodecs, customerEventTypes } from './customerEvent.js'
import { decodeRecordedEvent } from './decodeEvent.js'
import type { SchemaVersions } from './schemaVersions.js'
import { schemaVersions } from './schemaVersions.js'

const stored = (type: string, data: unknown, schemaVersion = 1) => ({ type, data, metadata: { schemaVersion }, stream: `customer-${customerId}`, revision: 7 })

describe('the event catalogue', () => {
  it('gives every event type a schema version', () => {
    for (const type of customerEventTypes) expect(schemaVersions.current[type]).toBeGreaterThanOrEqual(1)
  })
  it('marks the personal fields of every event that holds any', () => {
    const personal = Object.fromEntries(customerEventTypes.map((t) => [t, personalPaths(customerEventCodecs[t])]))
    expect(personal['CustomerRegistered']).toEqual(expect.arrayContaining(['data.name', 'data.phones', 'data.address', 'data.wechat', 'data.contactPerson']))
    expect(personal['PurchaseLogged']).toEqual(expect.arrayContaining(['data.recipient.name', 'data.recipient.phone', 'data.recipient.address', 'data.note']))
    expect(personal['ComplaintFiled']).toEqual(['data.description'])
    expect(personal['AnniversaryNoted']).toEqual(['data.personName', 'data.note'])
    // Events of pure bookkeeping carry no personal data at all.
    expect(personal['PointsEarned']).toEqual([])
    expect(personal['CustomerForgotten']).toEqual([])
  })
})

describe('decoding a stored event', () => {
  it('decodes a valid event', () => {
    const r = decodeRecordedEvent(stored('CustomerRegistered', registration))
    expect(r).toEqual(E.right({ type: 'CustomerRegistered', data: registration }))
  })
  it('reports stream, revision and field of an event that no longer decodes, without its data', () => {
    const r = decodeRecordedEvent(stored('CustomerRegistered', { ...registration, phones: ['not a phone 李娜'] }))
    expect(E.isLeft(r)).toBe(true)
    if (E.isRight(r)) return
    expect(r.left).toMatchObject({ _tag: 'StoredEventInvalid', stream: `customer-${customerId}`, revision: 7, type: 'CustomerRegistered' })
    expect(r.left.problems.map((p) => p.path)).toEqual(['data.phones.0'])
    expect(JSON.stringify(r.left)).not.toContain('李娜')
  })
  it('does not repeat a stored type that is not ours, and reports null metadata instead of throwing', () => {
    const odd = decodeRecordedEvent({ ...stored('CustomerRegistered', registration), type: '李娜 13812345678' })
    expect(odd).toMatchObject({ left: { _tag: 'StoredEventInvalid', type: '(not a customer event type)', problems: [{ path: 'type' }] } })
    expect(JSON.stringify(odd)).not.toContain('1381234')
    const bare = decodeRecordedEvent({ ...stored('CustomerRegistered', registration), metadata: null as never })
    expect(bare).toMatchObject({ left: { _tag: 'StoredEventInvalid', problems: [{ path: 'metadata.schemaVersion' }] } })
  })
  it('reports an unknown type and a version from the future', () => {
    expect(decodeRecordedEvent(stored('CustomerTeleported', {}))).toMatchObject({ left: { problems: [{ path: 'type' }] } })
    expect(decodeRecordedEvent(stored('CustomerRegistered', registration, 9))).toMatchObject({ left: { problems: [{ path: 'metadata.schemaVersion' }] } })
  })
  it('upcasts an older version before decoding', () => {
    // A hypothetical version 2 of CustomerRegistered renamed `name` from `fullName`.
    const versions: SchemaVersions = {
      current: { ...schemaVersions.current, CustomerRegistered: 2 },
      upcasters: {
        CustomerRegistered: {
          1: (data) => {
            const { fullName, ...rest } = data as { fullName: string }
            return { ...rest, name: fullName }
          },
        },
      },
    }
    const { name, ...v1 } = registration
    expect(decodeRecordedEvent(stored('CustomerRegistered', { ...v1, fullName: name }, 1), versions)).toEqual(
      E.right({ type: 'CustomerRegistered', data: registration }),
    )
  })
})
