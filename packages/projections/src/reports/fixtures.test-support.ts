// Hand-written events for the reports' scenarios, each decoded by its codec
// so a mistake in a fixture fails loudly. Tests only.
import { type CustomerEvent, customerEventCodecs, type CustomerEventType, type CustomerId, customerStream, type LocalDate } from '@clientele/core'
import * as E from 'fp-ts/lib/Either.js'
import { projectedEventsOf } from '../internal/projectedEvents.test-support.js'
import { profiles, type ProfilesState } from '../profiles/index.js'
import { applyAll } from '../projection.js'

export const A = '00000000-0000-4000-8000-00000000000a' as CustomerId
export const B = '00000000-0000-4000-8000-00000000000b' as CustomerId
export const C = '00000000-0000-4000-8000-00000000000c' as CustomerId
export const D = '00000000-0000-4000-8000-00000000000d' as CustomerId
export const F = '00000000-0000-4000-8000-00000000000f' as CustomerId
export const T = '00000000-0000-4000-8000-000000000010' as CustomerId
export const d = (s: string): LocalDate => s as LocalDate

const ev = (type: CustomerEventType, data: object): CustomerEvent => {
  const decoded = (customerEventCodecs[type] as { decode: (u: unknown) => E.Either<unknown, CustomerEvent> }).decode({ type, data })
  if (E.isLeft(decoded)) throw new Error(`fixture ${type} does not decode: ${JSON.stringify(data)}`)
  return decoded.right
}

export const registered = (customerId: CustomerId, on: string, referredBy?: CustomerId): CustomerEvent =>
  ev('CustomerRegistered', {
    customerId,
    kind: 'person',
    name: '王芳',
    registeredOn: on,
    channel: referredBy === undefined ? 'walk_in' : 'referral',
    ...(referredBy === undefined ? {} : { referredBy }),
  })

/** A sale; `items` are [category, fen] pairs (none: a total only); the amount is their sum unless given. */
export const sale = (
  customerId: CustomerId,
  purchaseId: string,
  on: string,
  items: ReadonlyArray<readonly [string, number]>,
  extra: { readonly occasion?: string; readonly channel?: string; readonly currency?: string; readonly amount?: number } = {},
): CustomerEvent => {
  const currency = extra.currency ?? 'CNY'
  return ev('PurchaseLogged', {
    customerId,
    purchaseId,
    purchasedOn: on,
    amount: { amount: extra.amount ?? items.reduce((s, [, fen]) => s + fen, 0), currency },
    items: items.map(([category, fen]) => ({ name: `${category}一份`, category, quantity: 1, amount: { amount: fen, currency } })),
    occasion: extra.occasion ?? 'self',
    ...(extra.channel === undefined ? {} : { channel: extra.channel }),
  })
}

export const refund = (customerId: CustomerId, purchaseId: string, refundId: string, on: string, amount: number, currency = 'CNY'): CustomerEvent =>
  ev('PurchaseRefunded', { customerId, purchaseId, refundId, refundedOn: on, amount: { amount, currency }, reason: 'quality' })

export const filed = (customerId: CustomerId, complaintId: string, on: string, category: string, purchaseId?: string): CustomerEvent =>
  ev('ComplaintFiled', { customerId, complaintId, filedOn: on, category, description: '花不新鲜', ...(purchaseId === undefined ? {} : { purchaseId }) })

export const resolved = (customerId: CustomerId, complaintId: string, on: string, resolution: string, satisfied: boolean): CustomerEvent =>
  ev('ComplaintResolved', { customerId, complaintId, resolvedOn: on, resolution, satisfied })

export const forgotten = (customerId: CustomerId): CustomerEvent => ev('CustomerForgotten', { customerId, forgottenOn: '2026-04-20', requestedBy: 'customer' })

export const stateOf = (events: ReadonlyArray<CustomerEvent>): ProfilesState =>
  applyAll(profiles, profiles.init(), projectedEventsOf(events.map((event) => ({ stream: customerStream(event.data.customerId), event }))))

/**
 * A flower shop's March 2026, with a February before and an April after: a
 * Valentine's sale refunded in part in March, Women's Day bouquets, a sale
 * with no items, a tourist paying in USD, two customers referred by an old
 * one, one by a customer later forgotten, and the complaints of the month.
 */
export const flowerShopMonth: ReadonlyArray<CustomerEvent> = [
  registered(F, '2026-02-01'),
  registered(A, '2026-02-10'),
  sale(A, 'pA0', '2026-02-14', [['鲜花', 52_000]], { occasion: 'festival', channel: 'wechat' }),
  registered(B, '2026-03-01', A),
  refund(A, 'pA0', 'rA0', '2026-03-02', 2_000),
  sale(F, 'pF1', '2026-03-03', [['鲜花', 1_000]]),
  filed(F, 'cF1', '2026-03-04', 'price', 'pF1'),
  registered(C, '2026-03-05', A),
  sale(C, 'pC1', '2026-03-05', [['绿植', 5_000]], { channel: 'in_store' }),
  sale(B, 'pB1', '2026-03-08', [['鲜花', 18_800], ['贺卡', 1_200]], { occasion: 'festival', channel: 'wechat' }),
  sale(A, 'pA1', '2026-03-08', [['鲜花', 29_900]], { occasion: 'anniversary', channel: 'phone' }),
  filed(B, 'c1', '2026-03-09', 'quality', 'pB1'),
  refund(B, 'pB1', 'rB1', '2026-03-09', 5_000),
  resolved(B, 'c1', '2026-03-09', 'refund', true),
  registered(D, '2026-03-10', F),
  filed(A, 'c2', '2026-03-10', 'service', 'pA1'),
  sale(D, 'pD1', '2026-03-12', [], { amount: 3_000, occasion: 'gift', channel: 'in_store' }),
  resolved(A, 'c2', '2026-03-13', 'apology', false),
  filed(D, 'c3', '2026-03-13', 'quality', 'pD1'),
  resolved(D, 'c3', '2026-03-14', 'replacement', true),
  registered(T, '2026-03-15'),
  sale(T, 'pT1', '2026-03-15', [['鲜花', 10_000]], { currency: 'USD', channel: 'in_store' }),
  sale(C, 'pC2', '2026-03-20', [['鲜花', 9_900]], { occasion: 'birthday' }),
  filed(C, 'c4', '2026-03-21', 'quality', 'pC2'),
  filed(A, 'c5', '2026-03-25', 'delivery'),
  resolved(C, 'c4', '2026-03-28', 'replacement', true),
  sale(C, 'pC3', '2026-04-02', [['鲜花', 8_800]], { channel: 'wechat' }),
  refund(C, 'pC2', 'rC2', '2026-04-03', 9_900),
  resolved(A, 'c5', '2026-04-05', 'compensation', true),
  forgotten(F),
]

export const MARCH = { from: d('2026-03-01'), to: d('2026-03-31') }
