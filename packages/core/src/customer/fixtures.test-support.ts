// Small builders for the decider's scenario tests. Not exported from the package.
import type { CustomerCommandOf } from '../commands/customerCommand.js'
import type { CustomerEventOf } from '../events/customerEvent.js'
import type { CustomerId } from '../values/customerId.js'
import type { EntityId } from '../values/entityId.js'
import type { LocalDate } from '../values/localDate.js'
import type { Phone } from '../values/phone.js'

export const customerId = '3f1c2b9e-8d7a-4c6b-9e5f-1a2b3c4d5e6f' as CustomerId
export const otherCustomerId = '7a6b5c4d-3e2f-4a1b-8c9d-0e1f2a3b4c5d' as CustomerId
export const id = (s: string) => s as EntityId
export const day = (s: string) => s as LocalDate

export const registration: CustomerEventOf<'CustomerRegistered'>['data'] = {
  customerId,
  kind: 'person',
  name: '李娜',
  registeredOn: day('2024-03-01'),
  channel: 'walk_in',
  phones: ['13812345678' as Phone],
}
export const registered: CustomerEventOf<'CustomerRegistered'> = { type: 'CustomerRegistered', data: registration }
export const register: CustomerCommandOf<'RegisterCustomer'> = { type: 'RegisterCustomer', data: registration }

export const purchaseData = (purchaseId: string, amount: number, purchasedOn = '2024-03-02'): CustomerEventOf<'PurchaseLogged'>['data'] => ({
  customerId,
  purchaseId: id(purchaseId),
  purchasedOn: day(purchasedOn),
  amount: { amount, currency: 'CNY' },
  items: [{ name: '玫瑰花束', category: '花束', quantity: 1, amount: { amount, currency: 'CNY' } }],
  occasion: 'birthday',
})
export const purchased = (purchaseId: string, amount: number, on?: string): CustomerEventOf<'PurchaseLogged'> => ({
  type: 'PurchaseLogged',
  data: purchaseData(purchaseId, amount, on),
})
export const logPurchase = (purchaseId: string, amount: number, on?: string): CustomerCommandOf<'LogPurchase'> => ({
  type: 'LogPurchase',
  data: purchaseData(purchaseId, amount, on),
})

export const refundData = (refundId: string, purchaseId: string, amount: number, refundedOn = '2024-03-03'): CustomerEventOf<'PurchaseRefunded'>['data'] => ({
  customerId,
  purchaseId: id(purchaseId),
  refundId: id(refundId),
  refundedOn: day(refundedOn),
  amount: { amount, currency: 'CNY' },
  reason: 'quality',
})

export const complaintData = (complaintId: string, filedOn = '2024-03-05'): CustomerEventOf<'ComplaintFiled'>['data'] => ({
  customerId,
  complaintId: id(complaintId),
  filedOn: day(filedOn),
  category: 'quality',
  description: '花两天就谢了',
})
export const resolutionData = (complaintId: string, resolvedOn = '2024-03-06', satisfied = true): CustomerEventOf<'ComplaintResolved'>['data'] => ({
  customerId,
  complaintId: id(complaintId),
  resolvedOn: day(resolvedOn),
  resolution: 'replacement',
  satisfied,
})
export const joined: CustomerEventOf<'MembershipJoined'> = {
  type: 'MembershipJoined',
  data: { customerId, joinedOn: day('2024-03-01'), expiresOn: day('2025-03-01') },
}
