import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { customerId } from '../customer/fixtures.test-support.js'
import { decodeCommand } from './customerCommand.js'

const problemsOf = (raw: unknown) => {
  const r = decodeCommand(raw)
  return E.isLeft(r) ? r.left.problems : []
}

describe('decoding commands from the shop app', () => {
  it('decodes and normalises a registration', () => {
    const r = decodeCommand({
      type: 'RegisterCustomer',
      data: { customerId, kind: 'person', name: '欧阳娜娜', registeredOn: '2024-03-01', channel: 'walk_in', phones: ['+86 139 0000 1111'] },
    })
    expect(r).toMatchObject({ right: { data: { phones: ['13900001111'] } } })
  })
  it('names every bad field and its reason, never the value', () => {
    const problems = problemsOf({
      type: 'RegisterCustomer',
      data: { customerId: 'nope', kind: 'alien', name: '', registeredOn: '2024-02-30', channel: 'walk_in', phones: ['12'], address: ' 王府井大街 ' },
    })
    expect(problems.map((p) => p.path).sort()).toEqual(['data.address', 'data.customerId', 'data.kind', 'data.name', 'data.phones.0', 'data.registeredOn'])
    const text = JSON.stringify(problems)
    expect(text).not.toContain('王府井')
    expect(text).not.toContain('nope')
  })
  it('says a required field is required', () => {
    expect(problemsOf({ type: 'LogPurchase', data: { customerId } })).toContainEqual({ path: 'data.purchaseId', reason: 'is required' })
  })
  it('rejects unknown commands and non-objects', () => {
    expect(problemsOf({ type: 'DeleteEverything', data: {} })).toEqual([{ path: 'type', reason: 'is not a known command' }])
    expect(problemsOf('RegisterCustomer')).toHaveLength(1)
    expect(problemsOf(null)).toHaveLength(1)
  })
})
