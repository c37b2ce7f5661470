// Hand-written events for the care agenda's scenarios, each decoded by its
// codec so a mistake in a fixture fails loudly. Tests only.
import { type CustomerEvent, customerEventCodecs, type CustomerEventType, type CustomerId, customerStream, type LocalDate } from '@clientele/core'
import * as E from 'fp-ts/lib/Either.js'
import { dateIndex, type DateIndexState } from '../dateIndex/dateIndex.js'
import { projectedEventsOf } from '../internal/projectedEvents.test-support.js'
import { applyAll, type ProjectedEvent } from '../projection.js'
import { careAgenda } from './careAgenda.js'
import { careIndex } from './careIndex.js'
import type { CareIndexState } from './careIndexState.js'
import type { CareAgendaOptions, CareItem } from './careItems.js'

export const A = '00000000-0000-4000-8000-00000000000a' as CustomerId
export const B = '00000000-0000-4000-8000-00000000000b' as CustomerId
export const C = '00000000-0000-4000-8000-00000000000c' as CustomerId
export const d = (s: string): LocalDate => s as LocalDate

const ev = (type: CustomerEventType, data: object): CustomerEvent => {
  const decoded = (customerEventCodecs[type] as { decode: (u: unknown) => E.Either<unknown, CustomerEvent> }).decode({ type, data })
  if (E.isLeft(decoded)) throw new Error(`fixture ${type} does not decode: ${JSON.stringify(data)}`)
  return decoded.right
}

export const registered = (customerId: CustomerId, on = '2024-01-01'): CustomerEvent =>
  ev('CustomerRegistered', { customerId, kind: 'person', name: '李明', registeredOn: on, channel: 'walk_in' })
export const purchase = (customerId: CustomerId, purchaseId: string, on: string, extra: object = {}, amount = 10_000, items = ['玫瑰花束']): CustomerEvent =>
  ev('PurchaseLogged', {
    customerId,
    purchaseId,
    purchasedOn: on,
    amount: { amount, currency: 'CNY' },
    items: items.map((name, i) => ({ name, category: '鲜花', quantity: 1, amount: { amount: i === 0 ? amount : 0, currency: 'CNY' } })),
    occasion: 'self',
    ...extra,
  })
export const refund = (customerId: CustomerId, purchaseId: string, on: string, amount: number): CustomerEvent =>
  ev('PurchaseRefunded', { customerId, purchaseId, refundId: `T${purchaseId}`, refundedOn: on, amount: { amount, currency: 'CNY' }, reason: 'quality' })
export const followUp = (customerId: CustomerId, followUpId: string, on: string, refs: object = {}): CustomerEvent =>
  ev('FollowUpLogged', { customerId, followUpId, contactedOn: on, channel: 'phone', purpose: 'after_purchase', outcome: 'satisfied', ...refs })
export const complaint = (customerId: CustomerId, complaintId: string, on: string): CustomerEvent =>
  ev('ComplaintFiled', { customerId, complaintId, filedOn: on, category: 'quality', description: '花不新鲜' })
export const resolved = (customerId: CustomerId, complaintId: string, on: string): CustomerEvent =>
  ev('ComplaintResolved', { customerId, complaintId, resolvedOn: on, resolution: 'replacement', satisfied: true })
export const joined = (customerId: CustomerId, on: string, expiresOn?: string): CustomerEvent =>
  ev('MembershipJoined', { customerId, joinedOn: on, ...(expiresOn === undefined ? {} : { expiresOn }) })
export const renewed = (customerId: CustomerId, on: string, expiresOn: string): CustomerEvent =>
  ev('MembershipRenewed', { customerId, renewedOn: on, expiresOn })
export const markedLost = (customerId: CustomerId, on: string): CustomerEvent => ev('CustomerMarkedLost', { customerId, markedOn: on, reason: 'price' })
export const forgotten = (customerId: CustomerId, on: string): CustomerEvent => ev('CustomerForgotten', { customerId, forgottenOn: on, requestedBy: 'customer' })
export const noted = (customerId: CustomerId, anniversaryId: string, date: object, extra: object = {}): CustomerEvent =>
  ev('AnniversaryNoted', { customerId, anniversaryId, kind: 'birthday', relation: 'self', date, ...extra })

export const projected = (events: ReadonlyArray<CustomerEvent>): ProjectedEvent[] =>
  projectedEventsOf(events.map((event) => ({ stream: customerStream(event.data.customerId), event })))

export interface Built {
  readonly careIndex: CareIndexState
  readonly dateIndex: DateIndexState
}

export const build = (events: ReadonlyArray<ProjectedEvent>): Built => ({
  careIndex: applyAll(careIndex, careIndex.init(), events),
  dateIndex: applyAll(dateIndex, dateIndex.init(), events),
})

export const agendaOf = (events: ReadonlyArray<CustomerEvent>, day: string, options: CareAgendaOptions = {}): ReadonlyArray<CareItem> =>
  careAgenda(build(projected(events)), d(day), options)
