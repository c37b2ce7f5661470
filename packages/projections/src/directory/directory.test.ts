import {
  type CustomerEvent,
  type CustomerId,
  type CustomerKind,
  customerStream,
  type EntityId,
  type LocalDate,
  type Phone,
} from '@clientele/core'
import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { projectedEventsOf } from '../internal/projectedEvents.test-support.js'
import { applyAll } from '../projection.js'
import {
  type CustomerSummary,
  type DirectoryState,
  directory,
  findByNamePart,
  findByPhone,
  findByPinyin,
  findBySurname,
  listCustomers,
  search,
} from './index.js'

const idOf = (n: number): CustomerId => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}` as CustomerId

const registered = (n: number, name: string, phones: string[] = [], kind: CustomerKind = 'person'): CustomerEvent => ({
  type: 'CustomerRegistered',
  data: { customerId: idOf(n), kind, name, registeredOn: '2024-01-01' as LocalDate, channel: 'walk_in', phones: phones as Phone[] },
})

const bought = (n: number, day: string, amount: number, currency = 'CNY'): CustomerEvent => ({
  type: 'PurchaseLogged',
  data: {
    customerId: idOf(n),
    purchaseId: `p-${n}-${day}` as EntityId,
    purchasedOn: day as LocalDate,
    amount: { amount, currency },
    items: [],
    occasion: 'self',
  },
})

const refunded = (n: number, amount: number): CustomerEvent => ({
  type: 'PurchaseRefunded',
  data: {
    customerId: idOf(n),
    purchaseId: `p-${n}` as EntityId,
    refundId: `r-${n}` as EntityId,
    refundedOn: '2024-03-01' as LocalDate,
    amount: { amount, currency: 'CNY' },
    reason: 'quality',
  },
})

const build = (events: ReadonlyArray<CustomerEvent>): DirectoryState =>
  applyAll(directory, directory.init(), projectedEventsOf(events.map((event) => ({ stream: customerStream(event.data.customerId), event }))))

const names = (found: ReadonlyArray<CustomerSummary>): string[] => found.map((s) => s.name)
const right = <A>(r: E.Either<unknown, A>): A => {
  if (E.isLeft(r)) throw new Error(`expected a result, got ${JSON.stringify(r.left)}`)
  return r.right
}

const shop = build([
  registered(1, '李娜', ['13812345678']),
  registered(2, '欧阳娜娜', ['13998765432']),
  registered(3, '曾小贤', ['010-62345678']),
  registered(4, '单田芳', ['15700001234']),
  registered(5, '解缙'),
  registered(6, 'Mary Smith', ['+4420712345678']),
  registered(7, '欧明', ['18655556666']),
  registered(8, '华美装饰有限公司', ['0755-8888123'], 'organisation'),
  registered(9, '吕布'),
])

describe('directory look-ups', () => {
  it('finds 李娜 by surname, name part and pinyin in any case', () => {
    expect(names(findBySurname(shop, '李'))).toEqual(['李娜'])
    expect(names(findByNamePart(shop, '娜'))).toEqual(['李娜', '欧阳娜娜'])
    for (const q of ['lina', 'ln', 'LiNa', 'li na', 'lin']) expect(names(findByPinyin(shop, q))).toContain('李娜')
  })

  it('reads compound surnames whole: 欧阳 finds 欧阳娜娜, 欧 does not', () => {
    expect(names(findBySurname(shop, '欧阳'))).toEqual(['欧阳娜娜'])
    expect(names(findBySurname(shop, '欧'))).toEqual(['欧明'])
    expect(names(findByPinyin(shop, 'ouyangnana'))).toEqual(['欧阳娜娜'])
  })

  it('reads polyphonic surnames as surnames: 曾 zeng, 单 shan, 解 xie, 吕 lv', () => {
    expect(names(findByPinyin(shop, 'zengxiaoxian'))).toEqual(['曾小贤'])
    expect(names(findByPinyin(shop, 'zengx'))).toEqual(['曾小贤'])
    expect(names(findByPinyin(shop, 'zxx'))).toEqual(['曾小贤'])
    expect(findByPinyin(shop, 'cengxiaoxian')).toEqual([])
    expect(names(findBySurname(shop, '单'))).toEqual(['单田芳'])
    expect(names(findByPinyin(shop, 'shantianfang'))).toEqual(['单田芳'])
    expect(names(findByPinyin(shop, 'xiejin'))).toEqual(['解缙'])
    expect(names(findByPinyin(shop, 'lvbu'))).toEqual(['吕布'])
  })

  it('reads 单于, 种, 秘, 祭 and 藏 as surnames are read, whatever pinyin-pro says', () => {
    const odd = build([registered(1, '单于娜'), registered(2, '种师道'), registered(3, '秘书平'), registered(4, '祭明'), registered(5, '藏云')])
    expect(names(findBySurname(odd, '单于'))).toEqual(['单于娜'])
    expect(names(findByPinyin(odd, 'chanyuna'))).toEqual(['单于娜'])
    expect(findByPinyin(odd, 'shanyu')).toEqual([])
    expect(names(findByPinyin(odd, 'chongshidao'))).toEqual(['种师道'])
    expect(names(findByPinyin(odd, 'bishuping'))).toEqual(['秘书平'])
    expect(names(findByPinyin(odd, 'zhaiming'))).toEqual(['祭明'])
    expect(names(findByPinyin(odd, 'zangyun'))).toEqual(['藏云'])
  })

  it('finds a Chinese name padded with spaces by the name typed without them, and the other way round', () => {
    const padded = build([registered(1, '李　娜'), registered(2, '王小明')])
    expect(names(findByNamePart(padded, '李娜'))).toEqual(['李　娜'])
    expect(names(right(search(padded, '李娜')))).toEqual(['李　娜'])
    expect(names(findByNamePart(padded, '王 小'))).toEqual(['王小明'])
  })

  it('finds surnames in full-width letters and by the traditional form of a compound surname', () => {
    const wide = build([registered(1, 'ＭＡＲＹ ＳＭＩＴＨ'), registered(2, 'John Smith'), registered(3, '西門慶安')])
    expect(names(findBySurname(wide, 'Smith'))).toEqual(['John Smith', 'ＭＡＲＹ ＳＭＩＴＨ'])
    expect(names(findBySurname(wide, 'ＳＭＩＴＨ'))).toEqual(['John Smith', 'ＭＡＲＹ ＳＭＩＴＨ'])
    expect(names(findBySurname(wide, '西門'))).toEqual(['西門慶安'])
    expect(findBySurname(wide, '西')).toEqual([])
  })

  it('finds Western names by family name in any case and by part of the name', () => {
    expect(names(findBySurname(shop, 'Smith'))).toEqual(['Mary Smith'])
    expect(names(findBySurname(shop, 'smith'))).toEqual(['Mary Smith'])
    expect(names(findByNamePart(shop, 'mary'))).toEqual(['Mary Smith'])
    expect(names(findByNamePart(shop, 'RY SM'))).toEqual(['Mary Smith'])
    expect(names(right(search(shop, 'mary')))).toEqual(['Mary Smith'])
    expect(names(right(search(shop, 'smith')))).toEqual(['Mary Smith'])
  })

  it('gives organisations no surname but finds them by name part and pinyin', () => {
    expect(findBySurname(shop, '华')).toEqual([])
    expect(names(findByNamePart(shop, '装饰'))).toEqual(['华美装饰有限公司'])
    expect(names(findByPinyin(shop, 'hmzs'))).toEqual(['华美装饰有限公司'])
  })

  it('finds phones by whole number in any spelling, last four, a middle fragment', () => {
    expect(names(right(findByPhone(shop, '13812345678')))).toEqual(['李娜'])
    expect(names(right(findByPhone(shop, '+86 138-1234-5678')))).toEqual(['李娜'])
    // Numbers ending in the digits come before those holding them elsewhere.
    expect(names(right(findByPhone(shop, '５６７８')))).toEqual(['李娜', 'Mary Smith', '曾小贤'])
    expect(names(right(findByPhone(shop, '5678', 'end')))).toEqual(['李娜', 'Mary Smith', '曾小贤'])
    expect(names(right(findByPhone(shop, '8123')))).toEqual(['华美装饰有限公司', '李娜'])
    expect(names(right(findByPhone(shop, '1234', 'end')))).toEqual(['单田芳'])
    expect(names(right(findByPhone(shop, '1234')))).toEqual(['单田芳', '李娜', 'Mary Smith'])
    expect(names(right(findByPhone(shop, '010 6234 5678', 'whole')))).toEqual(['曾小贤'])
    expect(names(right(findByPhone(shop, '+44 20 7123 4567')))).toEqual(['Mary Smith'])
    expect(names(right(search(shop, '138 1234')))).toEqual(['李娜'])
  })

  it('refuses fragments shorter than three digits and text', () => {
    expect(findByPhone(shop, '78')).toEqual(E.left({ _tag: 'FragmentTooShort', minimum: 3 }))
    expect(findByPhone(shop, '+86 1')).toEqual(E.left({ _tag: 'FragmentTooShort', minimum: 3 }))
    expect(findByPhone(shop, '13a8')).toEqual(E.left({ _tag: 'NotAPhoneFragment' }))
    expect(search(shop, '78')).toEqual(E.left({ _tag: 'FragmentTooShort', minimum: 3 }))
  })

  it('search puts surname matches before other names containing the text', () => {
    const more = build([registered(1, '李娜'), registered(2, '王李'), registered(3, '李明')])
    expect(names(right(search(more, '李')))).toEqual(['李明', '李娜', '王李'])
    expect(names(right(search(more, 'li')))).toEqual(['李明', '李娜'])
    expect(right(search(more, '   '))).toEqual([])
  })
})

describe('directory updates', () => {
  const history = [registered(1, '李娜', ['13812345678']), registered(2, '张伟', ['13900001111'])]

  it('re-indexes a renamed customer: the old name no longer finds them', () => {
    const s = build([...history, { type: 'ContactDetailsChanged', data: { customerId: idOf(1), name: '王娜' } }])
    expect(findBySurname(s, '李')).toEqual([])
    expect(findByPinyin(s, 'lina')).toEqual([])
    expect(names(findBySurname(s, '王'))).toEqual(['王娜'])
    expect(names(findByPinyin(s, 'wn'))).toEqual(['王娜'])
    expect(names(right(findByPhone(s, '5678')))).toEqual(['王娜'])
  })

  it('re-indexes changed phones: the old number no longer finds them', () => {
    const s = build([...history, { type: 'ContactDetailsChanged', data: { customerId: idOf(1), phones: ['15011112222' as Phone] } }])
    expect(right(findByPhone(s, '5678'))).toEqual([])
    expect(names(right(findByPhone(s, '2222', 'end')))).toEqual(['李娜'])
    expect(names(findBySurname(s, '李'))).toEqual(['李娜'])
  })

  it('removes forgotten customers from every index and listing', () => {
    const s = build([
      ...history,
      bought(1, '2024-02-01', 5000),
      { type: 'CustomerForgotten', data: { customerId: idOf(1), forgottenOn: '2024-03-01' as LocalDate, requestedBy: 'customer' } },
      bought(1, '2024-04-01', 100),
    ])
    expect(findBySurname(s, '李')).toEqual([])
    expect(findByNamePart(s, '娜')).toEqual([])
    expect(findByPinyin(s, 'ln')).toEqual([])
    expect(right(findByPhone(s, '5678'))).toEqual([])
    for (const sortBy of ['name', 'lastPurchase', 'totalSpent'] as const)
      expect(listCustomers(s, { sortBy, offset: 0, limit: 10 })).toEqual({ total: 1, items: [expect.objectContaining({ name: '张伟' })] })
    expect(s.customers.size).toBe(1)
    expect(s.byNameGram.has('李')).toBe(false)
    expect(s.byPhoneTrigram.has('567')).toBe(false)
  })

  it('keeps a number shared by two customers until both have let it go', () => {
    const forget = (n: number): CustomerEvent => ({
      type: 'CustomerForgotten',
      data: { customerId: idOf(n), forgottenOn: '2024-03-01' as LocalDate, requestedBy: 'customer' },
    })
    const shared = [registered(1, '李娜', ['13812345678']), registered(3, '李明', ['13812345678'])]
    expect(names(right(findByPhone(build(shared), '13812345678', 'whole')))).toEqual(['李明', '李娜'])
    const one = build([...shared, forget(1)])
    expect(names(right(findByPhone(one, '13812345678', 'whole')))).toEqual(['李明'])
    expect(one).toEqual(build([registered(3, '李明', ['13812345678'])]))
    expect(build([...shared, forget(1), forget(3)]).byPhone.size).toBe(0)
  })

  it('totals purchases less refunds in the shop currency and counts the others', () => {
    const s = build([...history, bought(1, '2024-02-01', 5000), bought(1, '2024-01-15', 3000), bought(1, '2024-02-03', 900, 'USD'), refunded(1, 1000)])
    const [lina] = findBySurname(s, '李')
    expect(lina).toMatchObject({ totalSpent: 7000, lastPurchaseOn: '2024-02-03' })
    expect(s.otherCurrencies).toBe(1)
  })
})

describe('listCustomers', () => {
  const s = build([
    registered(1, '王芳'),
    registered(2, 'Anna Clarke'),
    registered(3, '李娜'),
    registered(4, '张伟'),
    bought(1, '2024-02-01', 100),
    bought(3, '2024-03-01', 100),
    bought(3, '2024-01-01', 900),
  ])

  it('sorts names by pinyin, so 李 sorts under L among Latin names', () => {
    expect(names(listCustomers(s, { sortBy: 'name', offset: 0, limit: 10 }).items)).toEqual(['Anna Clarke', '李娜', '王芳', '张伟'])
    expect(names(listCustomers(s, { sortBy: 'name', direction: 'desc', offset: 1, limit: 2 }).items)).toEqual(['王芳', '李娜'])
  })

  it('lists those who never bought last in both directions', () => {
    expect(names(listCustomers(s, { sortBy: 'lastPurchase', offset: 0, limit: 10 }).items)).toEqual(['李娜', '王芳', 'Anna Clarke', '张伟'])
    expect(names(listCustomers(s, { sortBy: 'lastPurchase', direction: 'asc', offset: 0, limit: 10 }).items)).toEqual(['王芳', '李娜', 'Anna Clarke', '张伟'])
    expect(names(listCustomers(s, { sortBy: 'lastPurchase', offset: 1, limit: 2 }).items)).toEqual(['王芳', 'Anna Clarke'])
  })

  it('sorts by total spent, biggest first by default, with name order breaking ties', () => {
    const page = listCustomers(s, { sortBy: 'totalSpent', offset: 0, limit: 3 })
    expect(page.total).toBe(4)
    expect(names(page.items)).toEqual(['李娜', '王芳', '张伟'])
    expect(names(listCustomers(s, { sortBy: 'totalSpent', direction: 'asc', offset: 0, limit: 10 }).items)).toEqual(['Anna Clarke', '张伟', '王芳', '李娜'])
    expect(listCustomers(s, { sortBy: 'totalSpent', offset: 10, limit: 5 }).items).toEqual([])
    expect(listCustomers(s, { sortBy: 'totalSpent', offset: -3, limit: 1.5 }).items).toHaveLength(1)
  })

  it('lists by money and date as they are after every new event, not as first sorted', () => {
    const live = build([registered(1, '王芳'), registered(2, '李娜'), bought(1, '2024-02-01', 500), bought(2, '2024-01-01', 100)])
    expect(names(listCustomers(live, { sortBy: 'totalSpent', offset: 0, limit: 10 }).items)).toEqual(['王芳', '李娜'])
    expect(names(listCustomers(live, { sortBy: 'lastPurchase', offset: 0, limit: 10 }).items)).toEqual(['王芳', '李娜'])
    applyAll(directory, live, projectedEventsOf([bought(2, '2024-03-01', 1_000), registered(3, '张伟')].map((event) => ({ stream: customerStream(event.data.customerId), event }))))
    expect(names(listCustomers(live, { sortBy: 'totalSpent', offset: 0, limit: 10 }).items)).toEqual(['李娜', '王芳', '张伟'])
    expect(names(listCustomers(live, { sortBy: 'lastPurchase', offset: 0, limit: 10 }).items)).toEqual(['李娜', '王芳', '张伟'])
  })
})
