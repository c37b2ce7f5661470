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
  it('names the allowed values of a vocabulary, not the codec', () => {
    const registration = { customerId, kind: 'alien', name: '李娜', registeredOn: '2024-03-01', channel: 'walk_in', phones: '138' }
    expect(problemsOf({ type: 'RegisterCustomer', data: registration })).toEqual([
      { path: 'data.kind', reason: 'must be one of person, organisation, partner' },
      { path: 'data.phones', reason: 'must be a list of Phone' },
    ])
  })
  it('says a required field is required', () => {
    expect(problemsOf({ type: 'LogPurchase', data: { customerId } })).toContainEqual({ path: 'data.purchaseId', reason: 'is required' })
  })
  it('refuses fields the command does not know, at any depth, naming them but never their values', () => {
    const registration = { customerId, kind: 'person', name: '欧阳娜娜', registeredOn: '2024-03-01', channel: 'walk_in' }
    expect(problemsOf({ type: 'RegisterCustomer', data: { ...registration, secretPhone: '13912345678' } })).toEqual([
      { path: 'data.secretPhone', reason: 'is not a known field' },
    ])
    expect(problemsOf({ type: 'RegisterCustomer', data: registration, extra: 1 })).toEqual([{ path: 'extra', reason: 'is not a known field' }])
    // A property left undefined by JavaScript code is never stored: not refused.
    expect(problemsOf({ type: 'RegisterCustomer', data: { ...registration, extra: undefined } })).toEqual([])
    const purchase = {
      customerId, purchaseId: 'p1', purchasedOn: '2024-03-01', amount: { amount: 100, currency: 'CNY', note: 'x' }, occasion: 'self',
      items: [{ name: '玫瑰', category: '鲜花', quantity: 1, amount: { amount: 100, currency: 'CNY' }, giftFor: '王芳' }],
    }
    expect(problemsOf({ type: 'LogPurchase', data: purchase }).map((p) => p.path).sort()).toEqual(['data.amount.note', 'data.items.0.giftFor'])
    const date = { calendar: 'lunar', month: 8, day: 15, leap: false, hour: 3 }
    expect(problemsOf({ type: 'NoteAnniversary', data: { customerId, anniversaryId: 'a1', kind: 'birthday', relation: 'self', date } })).toEqual([
      { path: 'data.date.hour', reason: 'is not a known field' },
    ])
    // A key that is not a field name could be anything the app sent: it is not repeated.
    const odd = problemsOf({ type: 'RegisterCustomer', data: { ...registration, '李娜 13912345678': true } })
    expect(odd).toHaveLength(1)
    expect(JSON.stringify(odd)).not.toContain('1391234')
    expect(decodeCommand({ type: 'ChangeContactDetails', data: { customerId, address: null, phones: ['+86 139 0000 1111'] } })).toMatchObject({ _tag: 'Right' })
    expect(problemsOf({ type: 'ChangeContactDetails', data: { customerId, address: null, fax: '1' } })).toEqual([{ path: 'data.fax', reason: 'is not a known field' }])
  })
  it('refuses text with control characters, direction overrides, broken UTF-16 or nothing visible', () => {
    const registration = { customerId, kind: 'person', registeredOn: '2024-03-01', channel: 'walk_in' }
    const named = (name: string) => problemsOf({ type: 'RegisterCustomer', data: { ...registration, name } })
    expect(named('a\u001b[31mb')).toEqual([{ path: 'data.name', reason: 'contains a control character' }])
    expect(named('王\u0000伟')).toEqual([{ path: 'data.name', reason: 'contains a control character' }])
    expect(named('\u202e伟王')).toEqual([{ path: 'data.name', reason: 'contains a text-direction override' }])
    expect(named('李\ud800娜')).toEqual([{ path: 'data.name', reason: 'is not valid Unicode text' }])
    expect(named('\u200b')).toEqual([{ path: 'data.name', reason: 'has no visible character' }])
    expect(named('\u0301')).toEqual([{ path: 'data.name', reason: 'has no visible character' }])
    for (const fine of ['李娜', 'José García', '𠮷野家', 'Zoë', '欧阳 娜娜']) expect(named(fine)).toEqual([])
    // A note may run over several lines.
    const note = { customerId, preferenceId: 'n1', aspect: 'like', recordedOn: '2024-03-01', text: '喜欢百合\n不要康乃馨' }
    expect(problemsOf({ type: 'RecordPreference', data: note })).toEqual([])
  })
  it('rejects unknown commands and non-objects', () => {
    expect(problemsOf({ type: 'DeleteEverything', data: {} })).toEqual([{ path: 'type', reason: 'is not a known command' }])
    expect(problemsOf('RegisterCustomer')).toHaveLength(1)
    expect(problemsOf(null)).toHaveLength(1)
  })
})
