import { describe, expect, it } from 'vitest'
import type { EventStoreContractOptions } from '../eventStoreContract.js'
import { append, eventually, freshStream, testEvents } from './support.js'

// A closed store must answer, not hang or throw: callers shutting down still
// hold references to it.

const storeClosed = { _tag: 'Left', left: { _tag: 'StoreClosed' } }

export const describeClosedStore = (options: EventStoreContractOptions): void => {
  describe('a closed store', () => {
    it('answers appends and reads with StoreClosed', async () => {
      const store = await options.makeStore()
      const stream = freshStream('closed')
      await append(store, stream, testEvents(2), { kind: 'noStream' })
      await store.close()

      expect(await store.appendToStream(stream, testEvents(1), { kind: 'any' })).toEqual(storeClosed)
      expect(await store.appendToStream(freshStream('closed'), testEvents(1), { kind: 'noStream' })).toEqual(storeClosed)
      expect(await store.readStream(stream)).toEqual(storeClosed)
      expect(await store.readAll()).toEqual(storeClosed)
    })

    it('can be closed twice', async () => {
      const store = await options.makeStore()
      await store.close()
      await expect(store.close()).resolves.toBeUndefined()
    })

    it('ends open subscriptions when it closes', async () => {
      const store = await options.makeStore()
      let caughtUp = false
      const subscription = store.subscribeToAll({ onEvent: () => undefined, onCaughtUp: () => (caughtUp = true) })
      await eventually(() => caughtUp, 'the subscription to catch up')
      await store.close()
      await expect(subscription.ended).resolves.toEqual({ _tag: 'Stopped' })
    })
  })
}
