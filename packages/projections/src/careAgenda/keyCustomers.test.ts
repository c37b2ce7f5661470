import type { CustomerEvent, CustomerId } from '@clientele/core'
import { expect, it } from 'vitest'
import { projectedEventsOf } from '../internal/projectedEvents.test-support.js'
import { applyAll } from '../projection.js'
import { createCareIndex } from './careIndex.js'

const A = '11111111-1111-4111-8111-111111111111' as CustomerId
const registered: CustomerEvent = { type: 'CustomerRegistered', data: { customerId: A, kind: 'person', name: '李娜', registeredOn: '2024-01-01' as never, channel: 'walk_in' } }
const purchased: CustomerEvent = {
  type: 'PurchaseLogged',
  data: { customerId: A, purchaseId: 'p1' as never, purchasedOn: '2024-01-02' as never, amount: { amount: 100, currency: 'CNY' }, items: [], occasion: 'self' },
}

it('never counts a customer who has not bought as key, even with a threshold of zero', () => {
  const index = createCareIndex({ keySpend: 0, keyPurchases: 0 })
  const build = (events: CustomerEvent[]) => applyAll(index, index.init(), projectedEventsOf(events.map((event) => ({ stream: `customer-${A}`, event }))))
  expect(build([registered]).keyCustomers.has(A)).toBe(false)
  expect(build([registered, purchased]).keyCustomers.has(A)).toBe(true)
})
