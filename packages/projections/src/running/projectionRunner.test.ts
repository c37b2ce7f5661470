import { fc, test } from '@fast-check/vitest'
import * as E from 'fp-ts/lib/Either.js'
import { createMemoryEventStore } from '@clientele/adapter-memory'
import { anyRevision, eventIdFor, type EventStore } from '@clientele/core'
import { simulateShop } from '@clientele/core/testing'
import { describe, expect, it } from 'vitest'
import { projectedEventsOf } from '../internal/projectedEvents.test-support.js'
import { applyAll } from '../projection.js'
import { profiles } from '../profiles/profiles.js'
import { createProjectionRunner } from './projectionRunner.js'
import { readModels } from './readModels.js'

const seedStore = async (store: EventStore, events: ReturnType<typeof simulateShop>['events'], from = 0) => {
  for (const [i, { stream, event }] of events.entries())
    await store.appendToStream(stream, [{ id: eventIdFor('7e57da7a-0000-4000-8000-000000000000', from + i), type: event.type, data: event.data, metadata: { schemaVersion: 1 } }], anyRevision)
}

describe('running projections on a store', () => {
  it('rebuilds from the global order to the same state as folding the events directly', async () => {
    const shop = simulateShop({ seed: 3, customers: 30, days: 120 })
    const store = createMemoryEventStore()
    await seedStore(store, shop.events)
    const runner = createProjectionRunner({ store, projection: readModels, pageSize: 97 })
    expect(await runner.catchUp()).toEqual(E.right(undefined))
    expect(runner.state()).toEqual(applyAll(readModels, readModels.init(), projectedEventsOf(shop.events)))
    expect(runner.position()).toBe(BigInt(shop.events.length))
  })

  it('stays live after catching up and tells when it has seen a position', async () => {
    const shop = simulateShop({ seed: 4, customers: 20, days: 90 })
    const half = Math.floor(shop.events.length / 2)
    const store = createMemoryEventStore()
    await seedStore(store, shop.events.slice(0, half))
    const runner = createProjectionRunner({ store, projection: profiles })
    await runner.start()
    await seedStore(store, shop.events.slice(half), half)
    expect(await runner.waitFor(BigInt(shop.events.length))).toEqual(E.right(undefined))
    expect(runner.state()).toEqual(applyAll(profiles, profiles.init(), projectedEventsOf(shop.events)))
    await runner.stop()
  })

  it('stops on an event it cannot decode, naming stream and revision, and applies nothing after it', async () => {
    const store = createMemoryEventStore()
    const stream = 'customer-11111111-1111-4111-8111-111111111111'
    await store.appendToStream(stream, [{ id: '00000000-0000-4000-8000-000000000001', type: 'CustomerRegistered', data: { customerId: 'nope' }, metadata: { schemaVersion: 1 } }], anyRevision)
    const runner = createProjectionRunner({ store, projection: profiles })
    const result = await runner.catchUp()
    expect(result).toMatchObject({ left: { _tag: 'ProjectionEventInvalid', projection: 'profiles', stream, revision: 0, position: 1n } })
    expect(await runner.waitFor(5n)).toMatchObject({ left: { _tag: 'ProjectionEventInvalid' } })
    expect(runner.position()).toBeUndefined()
  })

  it('stops on an event whose data names another customer than its stream', async () => {
    const store = createMemoryEventStore()
    const shop = simulateShop({ seed: 6, customers: 2, days: 5 })
    const registered = shop.events.find((e) => e.event.type === 'CustomerRegistered')
    if (registered === undefined) throw new Error('the simulated shop registered no one')
    const stream = 'customer-22222222-2222-4222-8222-222222222222'
    await store.appendToStream(stream, [{ id: '00000000-0000-4000-8000-000000000002', type: registered.event.type, data: registered.event.data, metadata: { schemaVersion: 1 } }], anyRevision)
    const runner = createProjectionRunner({ store, projection: profiles })
    expect(await runner.catchUp()).toMatchObject({
      left: { _tag: 'ProjectionEventInvalid', stream, revision: 0, problems: [{ path: 'data.customerId', reason: 'names another customer than the stream it is stored in' }] },
    })
    expect(runner.state().profiles.size).toBe(0)
  })

  it('reports a projection that throws instead of skipping the event', async () => {
    const store = createMemoryEventStore()
    const shop = simulateShop({ seed: 5, customers: 3, days: 10 })
    await seedStore(store, shop.events)
    const broken = { name: 'broken', init: () => 0, apply: (n: number) => (n === 2 ? (() => { throw new Error('boom') })() : n + 1) }
    const result = await createProjectionRunner({ store, projection: broken }).catchUp()
    expect(result).toMatchObject({ left: { _tag: 'ProjectionApplyFailed', projection: 'broken', position: 3n, reason: 'boom' } })
  })

  it('passes over streams that are not customers, advancing its position', async () => {
    const store = createMemoryEventStore()
    await store.appendToStream('orders-1', [{ id: '00000000-0000-4000-8000-000000000002', type: 'OrderShipped', data: {}, metadata: { schemaVersion: 1 } }], anyRevision)
    const runner = createProjectionRunner({ store, projection: profiles })
    expect(await runner.catchUp()).toEqual(E.right(undefined))
    expect(runner.position()).toBe(1n)
  })
})

test.prop([fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 0, max: 100 })], { numRuns: 15 })(
  'resuming from a saved checkpoint equals rebuilding from scratch',
  async (seed, cutPercent) => {
    const shop = simulateShop({ seed, customers: 15, days: 90 })
    const store = createMemoryEventStore()
    const cut = Math.floor((cutPercent / 100) * shop.events.length)
    await seedStore(store, shop.events.slice(0, cut))
    const first = createProjectionRunner({ store, projection: readModels })
    await first.catchUp()
    const saved = first.checkpoint()
    await seedStore(store, shop.events.slice(cut), cut)
    const resumed = createProjectionRunner({ store, projection: readModels, from: saved })
    await resumed.catchUp()
    // The same checkpoint again: resuming works on a copy and leaves it as saved.
    const again = createProjectionRunner({ store, projection: readModels, from: saved })
    await again.catchUp()
    const scratch = createProjectionRunner({ store, projection: readModels })
    await scratch.catchUp()
    expect(resumed.state()).toEqual(scratch.state())
    expect(again.state()).toEqual(scratch.state())
    expect(resumed.position()).toBe(scratch.position())
  },
)

describe('resuming, stopping and options', () => {
  it('refuses a checkpoint whose last event the store does not hold at its position, instead of passing over events', async () => {
    const shop = simulateShop({ seed: 5, customers: 5, days: 30 })
    const full = createMemoryEventStore()
    await seedStore(full, shop.events)
    const first = createProjectionRunner({ store: full, projection: profiles })
    await first.catchUp()
    const saved = first.checkpoint()
    expect(saved.last).toMatchObject({ revision: expect.any(Number) })
    const other = createMemoryEventStore()
    await seedStore(other, shop.events.slice(0, 3))
    const resumed = createProjectionRunner({ store: other, projection: profiles, from: saved })
    expect(await resumed.catchUp()).toMatchObject({ left: { _tag: 'ProjectionCheckpointInvalid', projection: 'profiles' } })
    expect(await resumed.waitFor(1n)).toMatchObject({ left: { _tag: 'ProjectionCheckpointInvalid' } })
    // The store it was taken from accepts it.
    expect(await createProjectionRunner({ store: full, projection: profiles, from: saved }).catchUp()).toEqual(E.right(undefined))
  })

  it('stopped while catching up, opens no subscription; asked to wait after stopping, answers at once', async () => {
    const shop = simulateShop({ seed: 6, customers: 5, days: 30 })
    const store = createMemoryEventStore()
    await seedStore(store, shop.events)
    const runner = createProjectionRunner({ store, projection: profiles, pageSize: 3 })
    const starting = runner.start()
    await runner.stop()
    expect(await starting).toMatchObject({ left: { _tag: 'ProjectionStopped' } })
    const reached = runner.position()
    await seedStore(store, simulateShop({ seed: 7, customers: 2, days: 5 }).events, 10_000)
    await new Promise((r) => setTimeout(r, 20))
    expect(runner.position()).toBe(reached)
    expect(await runner.waitFor(10_000_000n)).toMatchObject({ left: { _tag: 'ProjectionStopped' } })
  })

  it('fails, settling its waiters, when the store ends the subscription unasked', async () => {
    const store = createMemoryEventStore()
    const runner = createProjectionRunner({ store, projection: profiles })
    await runner.start()
    const waiting = runner.waitFor(5n)
    await store.close()
    expect(await waiting).toMatchObject({ left: { _tag: 'ProjectionStopped' } })
    expect(runner.failure()).toMatchObject({ _tag: 'ProjectionStopped' })
  })

  it('refuses a page size that is not a whole number of at least 1', async () => {
    for (const pageSize of [0, -1, 2.5, Number.NaN]) {
      const runner = createProjectionRunner({ store: createMemoryEventStore(), projection: profiles, pageSize })
      expect(await runner.catchUp()).toMatchObject({ left: { _tag: 'ProjectionOptionInvalid', option: 'pageSize' } })
    }
  })

  it('answers waiters in the order they asked', async () => {
    const shop = simulateShop({ seed: 8, customers: 3, days: 10 })
    const store = createMemoryEventStore()
    const runner = createProjectionRunner({ store, projection: profiles })
    await runner.start()
    const order: string[] = []
    const first = runner.waitFor(2n).then(() => order.push('first'))
    const second = runner.waitFor(2n).then(() => order.push('second'))
    await seedStore(store, shop.events)
    await Promise.all([first, second])
    expect(order).toEqual(['first', 'second'])
    await runner.stop()
  })
})
