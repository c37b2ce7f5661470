import * as E from 'fp-ts/lib/Either.js'
import { createCommandHandler, customerStream } from '@clientele/core'
import { describe, expect, it } from 'vitest'
import { createMemoryEventStore } from './memoryEventStore.js'

const customerId = '9b2e4c1a-7d3f-4e8a-b6c5-2f1e0d9c8b7a'
const commandId = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`
const register = {
  type: 'RegisterCustomer',
  data: { customerId, kind: 'person', name: '王芳', registeredOn: '2024-05-01', channel: 'phone', phones: ['139 1111 2222'] },
}
const purchase = (n: number) => ({
  type: 'LogPurchase',
  data: { customerId, purchaseId: `p${n}`, purchasedOn: '2024-05-02', amount: { amount: 1000 + n }, items: [], occasion: 'self' },
})

describe('commands racing on one customer in the memory store', () => {
  it('records every one of many concurrent purchases exactly once', async () => {
    const store = createMemoryEventStore()
    const handle = createCommandHandler({ store, maxAttempts: 100 })
    await handle(register, { commandId: commandId(0) })
    const results = await Promise.all(Array.from({ length: 40 }, (_, i) => handle(purchase(i), { commandId: commandId(i + 1) })))
    expect(results.every(E.isRight)).toBe(true)
    const read = await store.readStream(customerStream(customerId as never))
    const events = E.isRight(read) ? read.right : []
    expect(events.map((e) => e.revision)).toEqual(Array.from({ length: 41 }, (_, i) => i))
    const ids = events.slice(1).map((e) => (e.data as { purchaseId: string }).purchaseId)
    expect(new Set(ids).size).toBe(40)
  })

  it('appends a command sent ten times at once only once', async () => {
    const store = createMemoryEventStore()
    const handle = createCommandHandler({ store, maxAttempts: 20 })
    await handle(register, { commandId: commandId(0) })
    const results = await Promise.all(Array.from({ length: 10 }, () => handle(purchase(1), { commandId: commandId(1) })))
    expect(results.every(E.isRight)).toBe(true)
    const read = await store.readAll()
    expect(E.isRight(read) && read.right.length).toBe(2)
    // Racers that appended the same derived ids got the store's idempotent
    // success; the others found the events on re-read. All agree on the result.
    const positions = new Set(results.map((r) => (E.isRight(r) ? r.right.position : undefined)))
    expect([...positions]).toEqual([2n])
    expect(results.every((r) => E.isRight(r) && r.right.events.length === 1)).toBe(true)
  })
})
