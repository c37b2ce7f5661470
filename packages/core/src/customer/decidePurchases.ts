import type { CustomerCommandOf } from '../commands/customerCommand.js'
import type { RegisteredCustomer } from './customerState.js'
import { type Decision, emit, findEvent, recordOnce, refuse } from './decideCustomer.js'

const itemsAddUp = (c: CustomerCommandOf<'LogPurchase'>['data']): boolean => {
  if (c.items.length === 0) return true
  let sum = 0
  for (const item of c.items) {
    if (item.amount.currency !== c.amount.currency) return false
    sum += item.amount.amount
  }
  return sum === c.amount.amount
}

/** A sale goes on the ledger once; its items add up to its amount. @internal */
export const decidePurchase = (s: RegisteredCustomer, c: CustomerCommandOf<'LogPurchase'>): Decision => {
  const { purchaseId } = c.data
  const existing = findEvent(s, 'PurchaseLogged', (d) => d.purchaseId === purchaseId)
  if (existing === undefined && !itemsAddUp(c.data)) return refuse({ _tag: 'PurchaseItemsDoNotAddUp', purchaseId })
  return recordOnce(existing, { type: 'PurchaseLogged', data: c.data }, 'purchase', purchaseId)
}

/** A refund never exceeds what remains of the purchase, in its currency, after it. @internal */
export const decideRefund = (s: RegisteredCustomer, c: CustomerCommandOf<'RefundPurchase'>): Decision => {
  const { purchaseId, refundId, amount, refundedOn, complaintId } = c.data
  const existing = findEvent(s, 'PurchaseRefunded', (d) => d.refundId === refundId)
  if (existing !== undefined) return recordOnce(existing, { type: 'PurchaseRefunded', data: c.data }, 'refund', refundId)
  const purchase = findEvent(s, 'PurchaseLogged', (d) => d.purchaseId === purchaseId)
  if (purchase === undefined) return refuse({ _tag: 'PurchaseNotFound', purchaseId })
  if (complaintId !== undefined && findEvent(s, 'ComplaintFiled', (d) => d.complaintId === complaintId) === undefined)
    return refuse({ _tag: 'ComplaintNotFound', complaintId })
  if (amount.amount < 1) return refuse({ _tag: 'RefundAmountNotPositive', refundId })
  if (amount.currency !== purchase.data.amount.currency) return refuse({ _tag: 'RefundCurrencyMismatch', purchaseId })
  if (refundedOn < purchase.data.purchasedOn) return refuse({ _tag: 'RefundBeforePurchase', purchaseId })
  let refunded = 0
  for (let node = s.history; node !== undefined; node = node.tail)
    if (node.head.type === 'PurchaseRefunded' && node.head.data.purchaseId === purchaseId) refunded += node.head.data.amount.amount
  const refundable = purchase.data.amount.amount - refunded
  if (amount.amount > refundable)
    return refuse({ _tag: 'RefundExceedsPurchase', purchaseId, refundable: { amount: refundable, currency: amount.currency } })
  return emit({ type: 'PurchaseRefunded', data: c.data })
}
