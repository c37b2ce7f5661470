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

it('refuses a connection string the client would throw on with a typed error that quotes no part of it', async () => {
  // Each of these made @eventstore/db-client throw a message quoting the string (the first, the password).
  for (const connectionString of ['esdb://:Hunter2x@db.example.com', 'esdb://shop:Hunter2x@[::1]:2113', 'esdb://shop:Hunter2x@h?keepAliveInterval=-5', 'kdb://shop:Hunter2x@h']) {
    const lines: string[] = []
    const failure: unknown = await main((line) => lines.push(line), { connectionString }).then(
      () => 'ran',
      (error: unknown) => error,
    )
    expect(failure).toBeInstanceOf(Error)
    expect((failure as Error).message).toMatch(/^connection string: /)
    expect(`${(failure as Error).message} ${lines.join(' ')}`).not.toMatch(/Hunter2x|shop/)
  }
})
