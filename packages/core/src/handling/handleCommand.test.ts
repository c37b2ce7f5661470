import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { customerId, logPurchase, purchaseData, register, registration } from '../customer/fixtures.test-support.js'
import { customerStream } from '../values/customerId.js'
import { renderCommandError } from './commandError.js'
import { eventIdFor } from './eventIds.js'
import { createCommandHandler } from './handleCommand.js'
import { createStoreDouble, writeBehindTheHandlersBack } from './storeDouble.test-support.js'

const stream = customerStream(customerId)
const ctx = (n: number) => ({ commandId: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`, actor: 'staff-7' })

describe.each([{ cachedStreams: 10_000 }, { cachedStreams: 0 }])('handling a command (cachedStreams $cachedStreams)', (cache) => {
  it('appends the decided events with ids derived from the command id and full metadata', async () => {
    const store = createStoreDouble()
    const handle = createCommandHandler({ store, ...cache })
    const result = await handle(register, ctx(1))
    expect(result).toMatchObject({ right: { customerId, stream, revision: 0, repeated: false, events: [{ type: 'CustomerRegistered' }] } })
    const [stored] = store.streams.get(stream)!
    expect(stored).toMatchObject({
      id: eventIdFor(ctx(1).commandId, 0),
      type: 'CustomerRegistered',
      data: registration,
      metadata: { schemaVersion: 1, commandId: ctx(1).commandId, actor: 'staff-7', correlationId: ctx(1).commandId, causationId: ctx(1).commandId },
    })
  })

  it('keeps a given correlation and causation id', async () => {
    const store = createStoreDouble()
    const correlationId = '11111111-1111-4111-8111-111111111111'
    await createCommandHandler({ store, ...cache })(register, { ...ctx(1), correlationId, causationId: correlationId })
    expect(store.streams.get(stream)![0]!.metadata).toMatchObject({ correlationId, causationId: correlationId })
  })

  it('refuses a command that does not decode and appends nothing', async () => {
    const store = createStoreDouble()
    const result = await createCommandHandler({ store, ...cache })({ type: 'LogPurchase', data: { customerId, amount: '¥199' } }, ctx(1))
    expect(result).toMatchObject({ left: { _tag: 'CommandInvalid', commandType: 'LogPurchase' } })
    expect(store.appendCalls).toBe(0)
  })

  it('refuses a context without a uuid command id', async () => {
    const result = await createCommandHandler({ store: createStoreDouble(), ...cache })(register, { commandId: 'abc' })
    expect(result).toMatchObject({ left: { _tag: 'ContextInvalid', problems: [{ path: 'commandId' }] } })
  })

  it('returns a broken rule as CommandRejected and appends nothing', async () => {
    const store = createStoreDouble()
    const result = await createCommandHandler({ store, ...cache })(logPurchase('p1', 100), ctx(1))
    expect(result).toMatchObject({ left: { _tag: 'CommandRejected', stream, error: { _tag: 'CustomerNotFound' } } })
    expect(store.appendCalls).toBe(0)
  })

  it('returns the first result for a repeated command id and appends nothing new', async () => {
    const store = createStoreDouble()
    const handle = createCommandHandler({ store, ...cache })
    await handle(register, ctx(1))
    const first = await handle(logPurchase('p1', 100), ctx(2))
    await handle(logPurchase('p2', 300), ctx(3))
    const again = await handle(logPurchase('p1', 100), ctx(2))
    expect(E.isRight(first) && E.isRight(again)).toBe(true)
    if (E.isLeft(first) || E.isLeft(again)) return
    expect(again.right).toMatchObject({ events: first.right.events, position: first.right.position, repeated: true })
    expect(store.streams.get(stream)).toHaveLength(3)
  })

  it('recognises its own events after an append whose reply was lost', async () => {
    const store = createStoreDouble()
    const handle = createCommandHandler({ store, ...cache })
    await handle(register, ctx(1))
    store.failNextAppend = { error: { _tag: 'StoreTimeout', operation: 'append' }, storeAnyway: true }
    expect(await handle(logPurchase('p1', 100), ctx(2))).toMatchObject({ left: { _tag: 'StoreFailed', error: { _tag: 'StoreTimeout' } } })
    expect(await handle(logPurchase('p1', 100), ctx(2))).toMatchObject({ right: { repeated: true, revision: 1 } })
    expect(store.streams.get(stream)).toHaveLength(2)
  })

  it('re-reads and decides again after losing a race', async () => {
    const store = createStoreDouble()
    const handle = createCommandHandler({ store, ...cache })
    await handle(register, ctx(1))
    // Another till logs the very same sale between our read and our append.
    let raced = false
    store.beforeAppend = (s) => {
      if (raced) return
      raced = true
      writeBehindTheHandlersBack(store, s, [
        { id: '22222222-2222-4222-8222-222222222222', type: 'PurchaseLogged', data: purchaseData('p1', 100), metadata: { schemaVersion: 1 } },
      ])
    }
    const result = await handle(logPurchase('p1', 100), ctx(2))
    // On the new state the sale is already there: nothing to add, nothing duplicated.
    expect(result).toMatchObject({ right: { events: [], repeated: false } })
    expect(store.streams.get(stream)).toHaveLength(2)
    expect(store.appendCalls).toBe(2)
  })

  it('gives up after a bounded number of lost races', async () => {
    const store = createStoreDouble()
    const handle = createCommandHandler({ store, maxAttempts: 3, ...cache })
    await handle(register, ctx(1))
    let n = 0
    store.beforeAppend = (s) =>
      writeBehindTheHandlersBack(store, s, [
        { id: `33333333-3333-4333-8333-${String(++n).padStart(12, '0')}`, type: 'PurchaseLogged', data: purchaseData(`x${n}`, 1), metadata: { schemaVersion: 1 } },
      ])
    const result = await handle(logPurchase('p1', 100), ctx(2))
    expect(result).toMatchObject({ left: { _tag: 'ConcurrencyRetriesExhausted', attempts: 3 } })
    expect(store.appendCalls).toBe(4)
  })

  it('reports a stored event that no longer decodes with its stream and revision', async () => {
    const store = createStoreDouble()
    writeBehindTheHandlersBack(store, stream, [{ id: '44444444-4444-4444-8444-444444444444', type: 'CustomerRegistered', data: { ...registration, registeredOn: 'yesterday' }, metadata: { schemaVersion: 1 } }])
    const result = await createCommandHandler({ store, ...cache })(logPurchase('p1', 100), ctx(2))
    expect(result).toMatchObject({ left: { _tag: 'StoredEventInvalid', stream, revision: 0, problems: [{ path: 'data.registeredOn' }] } })
    expect(store.appendCalls).toBe(0)
  })

  it('turns a store failure into StoreFailed', async () => {
    const store = createStoreDouble()
    store.failNextAppend = { error: { _tag: 'StoreUnavailable', reason: 'connection refused' }, storeAnyway: false }
    const result = await createCommandHandler({ store, ...cache })(register, ctx(1))
    expect(result).toMatchObject({ left: { _tag: 'StoreFailed', error: { _tag: 'StoreUnavailable' } } })
    expect(store.streams.size).toBe(0)
  })

  it('renders errors without personal data', async () => {
    const result = await createCommandHandler({ store: createStoreDouble(), ...cache })(
      { type: 'RegisterCustomer', data: { ...registration, name: '', phones: ['13812345'] } },
      ctx(1),
    )
    expect(E.isLeft(result)).toBe(true)
    if (E.isRight(result)) return
    const text = renderCommandError(result.left)
    expect(text).toBe('invalid RegisterCustomer: data.name must not be empty; data.phones.0 has the wrong number of digits')
  })
})
