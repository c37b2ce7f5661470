import * as E from 'fp-ts/lib/Either.js'
import { v4 } from 'uuid'
import { describe, expect, it } from 'vitest'
import { describeEventStoreContract } from '@clientele/core/testing'
import type { EventStore, EventToAppend } from '@clientele/core'
import { createMemoryEventStore } from './memoryEventStore.js'

describeEventStoreContract('memory event store', { makeStore: async () => createMemoryEventStore() })

const event = (data: unknown): EventToAppend => ({ id: v4(), type: 'TestEvent', data, metadata: { schemaVersion: 1 } })

const readBack = async (store: EventStore, stream: string) => {
  const result = await store.readStream(stream)
  if (E.isLeft(result)) throw new Error(`read failed: ${result.left._tag}`)
  return result.right
}

describe('memory event store, beyond the contract', () => {
  it('keeps its own copy: mutating appended data afterwards does not change history', async () => {
    const store = createMemoryEventStore()
    const data = { name: 'Ada', tags: ['a'], address: { city: 'London' } }
    const appended = event(data)
    await store.appendToStream('customer-1', [appended], { kind: 'noStream' })

    data.name = 'Mallory'
    data.tags.push('b')
    data.address.city = 'Paris'
    ;(appended.metadata as { schemaVersion: number }).schemaVersion = 99

    const [read] = await readBack(store, 'customer-1')
    expect(read?.data).toEqual({ name: 'Ada', tags: ['a'], address: { city: 'London' } })
    expect(read?.metadata).toEqual({ schemaVersion: 1 })
  })

  it('hands out frozen events, so a reader cannot change history either', async () => {
    const store = createMemoryEventStore()
    await store.appendToStream('customer-1', [event({ tags: ['a'] })], { kind: 'noStream' })
    const [read] = await readBack(store, 'customer-1')
    expect(Object.isFrozen(read)).toBe(true)
    expect(() => (read?.data as { tags: string[] }).tags.push('b')).toThrow(TypeError)
    expect((await readBack(store, 'customer-1'))[0]?.data).toEqual({ tags: ['a'] })
  })

  it('stamps recordedAt from the injected clock, one instant per append', async () => {
    const instants = [new Date('2024-02-29T23:59:59.123Z'), new Date(Date.UTC(2030, 0, 1))]
    let calls = 0
    const store = createMemoryEventStore({ clock: () => instants[Math.min(calls++, instants.length - 1)] ?? new Date(0) })
    await store.appendToStream('s', [event(1), event(2)], { kind: 'noStream' })
    await store.appendToStream('s', [event(3)], { kind: 'exists' })
    expect((await readBack(store, 's')).map((e) => e.recordedAt)).toEqual([
      '2024-02-29T23:59:59.123Z',
      '2024-02-29T23:59:59.123Z',
      '2030-01-01T00:00:00.000Z',
    ])
  })

  it('numbers positions 1, 2, 3, … across streams', async () => {
    const store = createMemoryEventStore()
    await store.appendToStream('a', [event(1)], { kind: 'noStream' })
    await store.appendToStream('b', [event(2), event(3)], { kind: 'noStream' })
    const all = await store.readAll()
    expect(E.isRight(all) && all.right.map((e) => e.position)).toEqual([1n, 2n, 3n])
  })

  it.each([
    ['a non-JSON value in data', event({ when: new Date() }), 'events[0].data'],
    ['NaN in data', event({ n: Number.NaN }), 'events[0].data'],
    ['a cycle in data', event((() => { const o: Record<string, unknown> = {}; o['self'] = o; return o })()), 'events[0].data'],
    ['a schemaVersion of 0', { ...event(1), metadata: { schemaVersion: 0 } }, 'events[0].metadata.schemaVersion'],
    ['a fractional schemaVersion', { ...event(1), metadata: { schemaVersion: 1.5 } }, 'events[0].metadata.schemaVersion'],
  ])('rejects %s with a reason naming the field', async (_, bad, field) => {
    const store = createMemoryEventStore()
    const result = await store.appendToStream('s', [bad], { kind: 'any' })
    expect(result).toMatchObject({ _tag: 'Left', left: { _tag: 'InvalidAppend', stream: 's' } })
    expect(E.isLeft(result) && result.left._tag === 'InvalidAppend' && result.left.reason).toContain(field)
    expect(await readBack(store, 's')).toEqual([])
  })

  it('rejects a batch naming one id twice, and an empty stream name', async () => {
    const store = createMemoryEventStore()
    const once = event(1)
    expect(await store.appendToStream('s', [once, { ...event(2), id: once.id }], { kind: 'any' })).toMatchObject({
      _tag: 'Left',
      left: { _tag: 'InvalidAppend', reason: 'events[1].id repeats events[0].id' },
    })
    expect(await store.appendToStream('', [event(1)], { kind: 'any' })).toMatchObject({
      _tag: 'Left',
      left: { _tag: 'InvalidAppend' },
    })
  })

  it('turns a failing clock into StoreFailure and stores nothing', async () => {
    const store = createMemoryEventStore({ clock: () => new Date(Number.NaN) })
    const result = await store.appendToStream('s', [event(1)], { kind: 'any' })
    expect(result).toMatchObject({ _tag: 'Left', left: { _tag: 'StoreFailure' } })
    expect(await readBack(store, 's')).toEqual([])
  })

  it('a subscription started on a closed store ends at once with StoreClosed', async () => {
    const store = createMemoryEventStore()
    await store.close()
    const subscription = store.subscribeToAll({ onEvent: () => undefined })
    await expect(subscription.ended).resolves.toEqual({ _tag: 'Failed', error: { _tag: 'StoreClosed' } })
  })
})
