import { expect, it } from 'vitest'
import { main } from './flowerShopOnEventStoreDb.js'

it('runs the flower shop on the EventStoreDB adapter, against the wire-level test server', async () => {
  const lines: string[] = []
  await main((line) => lines.push(line), {})
  expect(lines[0]).toBe('EventStoreDB: the wire-level test server')
  expect(lines).toContain('LogPurchase: PurchaseLogged')
  expect(lines).toContain('profile: two purchases, spent ¥688.00')
  expect(lines).toContain('search "lxy": 1 match')
  expect(lines).toContain('stream customer-…: 4 events')
})
