import { describe, expect, it } from 'vitest'
import type { EventStore, Subscription } from '../../eventStore/eventStore.js'
import type { RecordedEvent } from '../../eventStore/recordedEvent.js'
import type { EventStoreContractOptions } from '../eventStoreContract.js'
import {
  append,
  at,
  deferred,
  eventually,
  freshStream,
  idsOf,
  readAllOf,
  strictlyIncreasing,
  testEvents,
  withStore,
} from './support.js'

// Projections are fed by subscriptions, so a lost, repeated or reordered
// event is a wrong read model. Each subscriber here records only the events of
// its test's streams.

interface Collector {
  readonly subscription: Subscription
  /** The events of the watched streams, in delivery order. */
  readonly received: RecordedEvent[]
  readonly caughtUpCalls: () => number
  /** How many watched events had been delivered when onCaughtUp was first called. */
  readonly receivedWhenCaughtUp: () => number | undefined
}

const collect = (
  store: EventStore,
  streams: ReadonlyArray<string>,
  options: { readonly after?: bigint; readonly handle?: (event: RecordedEvent) => void | Promise<void> } = {},
): Collector => {
  const received: RecordedEvent[] = []
  let caughtUpCalls = 0
  let receivedWhenCaughtUp: number | undefined
  const subscription = store.subscribeToAll({
    ...(options.after === undefined ? {} : { after: options.after }),
    // Not async: a handler that throws synchronously must reach the store as a throw.
    onEvent: (event) => {
      if (!streams.includes(event.stream)) return undefined
      received.push(event)
      return options.handle?.(event)
    },
    onCaughtUp: () => {
      caughtUpCalls += 1
      receivedWhenCaughtUp ??= received.length
    },
  })
  return { subscription, received, caughtUpCalls: () => caughtUpCalls, receivedWhenCaughtUp: () => receivedWhenCaughtUp }
}

const receivedAtLeast = (collector: Collector, count: number, who = 'the subscriber') =>
  eventually(() => collector.received.length >= count, `${who} to receive ${count} events`)

/** Delivered exactly once each, in the global order readAll reports. */
const expectGlobalOrder = async (store: EventStore, streams: ReadonlyArray<string>, collector: Collector) => {
  const all = await readAllOf(store, streams)
  expect(idsOf(collector.received)).toEqual(idsOf(all))
  expect(strictlyIncreasing(collector.received.map((event) => event.position))).toBe(true)
}

export const describeSubscriptions = (options: EventStoreContractOptions): void => {
  describe('subscribeToAll', () => {
    it('from the start delivers existing then live events, in global order, exactly once', () =>
      withStore(options, async (store) => {
        const streams = [freshStream('sub-a'), freshStream('sub-b')]
        await append(store, at(streams, 0), testEvents(2), { kind: 'noStream' })
        await append(store, at(streams, 1), testEvents(1), { kind: 'noStream' })
        const collector = collect(store, streams)
        await eventually(() => collector.caughtUpCalls() > 0, 'onCaughtUp')
        expect(collector.receivedWhenCaughtUp()).toBe(3)

        await append(store, at(streams, 1), testEvents(1, 10), { kind: 'exists' })
        await append(store, at(streams, 0), testEvents(2, 20), { kind: 'exists' })
        await receivedAtLeast(collector, 6)
        await expectGlobalOrder(store, streams, collector)
        await collector.subscription.stop()
        expect(collector.caughtUpCalls()).toBe(1)
        expect(collector.received).toHaveLength(6)
      }),
    )

    it('after a position starts strictly after it', () =>
      withStore(options, async (store) => {
        const stream = freshStream('sub-after')
        const events = testEvents(5)
        await append(store, stream, events.slice(0, 4), { kind: 'noStream' })
        const pivot = at(await readAllOf(store, [stream]), 1).position
        const collector = collect(store, [stream], { after: pivot })
        await append(store, stream, events.slice(4), { kind: 'exists' })
        await receivedAtLeast(collector, 3)
        await collector.subscription.stop()
        expect(idsOf(collector.received)).toEqual(idsOf(events.slice(2)))
        expect(collector.received.every((event) => event.position > pivot)).toBe(true)
      }),
    )

    it('delivers events appended while it catches up exactly once, and calls onCaughtUp once', () =>
      withStore(options, async (store) => {
        const stream = freshStream('sub-catchup')
        await append(store, stream, testEvents(30), { kind: 'noStream' })
        let appending: Promise<unknown> | undefined
        const collector = collect(store, [stream], {
          handle: async () => {
            // On the first event, start writing more while the backlog is still being delivered.
            appending ??= (async () => {
              for (let i = 0; i < 10; i += 1) await append(store, stream, testEvents(1, 100 + i), { kind: 'any' })
            })()
            await new Promise((resolve) => setTimeout(resolve, 0))
          },
        })
        await receivedAtLeast(collector, 40)
        await appending
        await eventually(() => collector.caughtUpCalls() > 0, 'onCaughtUp')
        await collector.subscription.stop()
        await expectGlobalOrder(store, [stream], collector)
        expect(collector.received).toHaveLength(40)
        expect(collector.caughtUpCalls()).toBe(1)
      }),
    )

    it('stop() ends delivery: later events are not delivered and ended is Stopped', () =>
      withStore(options, async (store) => {
        const stream = freshStream('sub-stop')
        await append(store, stream, testEvents(1), { kind: 'noStream' })
        const stopped = collect(store, [stream])
        await receivedAtLeast(stopped, 1)
        await stopped.subscription.stop()
        await expect(stopped.subscription.ended).resolves.toEqual({ _tag: 'Stopped' })

        await append(store, stream, testEvents(2, 10), { kind: 'exists' })
        // A second subscriber is the witness: once it has the new events, the
        // stopped one has had every chance to receive them too.
        const witness = collect(store, [stream])
        await receivedAtLeast(witness, 3, 'the witness')
        await witness.subscription.stop()
        expect(stopped.received).toHaveLength(1)
      }),
    )

    it('stop() resolves only once the handler call in flight has finished', () =>
      withStore(options, async (store) => {
        const stream = freshStream('sub-inflight')
        await append(store, stream, testEvents(2), { kind: 'noStream' })
        const gate = deferred()
        const entered = deferred()
        let handlerFinished = false
        const collector = collect(store, [stream], {
          handle: async () => {
            entered.resolve()
            await gate.promise
            handlerFinished = true
          },
        })
        await entered.promise
        const stopping = collector.subscription.stop().then(() => handlerFinished)
        gate.resolve()
        expect(await stopping).toBe(true)
        expect(collector.received).toHaveLength(1)
      }),
    )

    for (const how of ['throws', 'rejects'] as const) {
      it(`a handler that ${how} ends the subscription with SubscriberFailed at that event`, () =>
        withStore(options, async (store) => {
          const stream = freshStream('sub-fail')
          await append(store, stream, testEvents(3), { kind: 'noStream' })
          const collector = collect(store, [stream], {
            handle:
              how === 'throws'
                ? (event) => {
                    if (event.revision === 1) throw new Error('handler failed on purpose')
                  }
                : async (event) => {
                    await Promise.resolve()
                    if (event.revision === 1) throw new Error('handler failed on purpose')
                  },
          })
          const end = await collector.subscription.ended
          const second = at(await readAllOf(store, [stream]), 1)
          expect(end).toMatchObject({ _tag: 'Failed', error: { _tag: 'SubscriberFailed', position: second.position } })
          if (end._tag === 'Failed' && end.error._tag === 'SubscriberFailed') {
            expect(typeof end.error.reason).toBe('string')
          }
          expect(collector.received.map((event) => event.revision)).toEqual([0, 1])
        }),
      )
    }

    it('never calls a slow handler concurrently with itself', () =>
      withStore(options, async (store) => {
        const stream = freshStream('sub-slow')
        await append(store, stream, testEvents(3), { kind: 'noStream' })
        let active = 0
        let maxActive = 0
        const collector = collect(store, [stream], {
          handle: async () => {
            active += 1
            maxActive = Math.max(maxActive, active)
            await new Promise((resolve) => setTimeout(resolve, 2))
            active -= 1
          },
        })
        for (let i = 0; i < 4; i += 1) await append(store, stream, testEvents(2, 10 * i), { kind: 'any' })
        await receivedAtLeast(collector, 11)
        await collector.subscription.stop()
        expect(maxActive).toBe(1)
        await expectGlobalOrder(store, [stream], collector)
      }),
    )

    it('two subscribers each see every event, in the same order', () =>
      withStore(options, async (store) => {
        const streams = [freshStream('sub-two-a'), freshStream('sub-two-b')]
        await append(store, at(streams, 0), testEvents(2), { kind: 'noStream' })
        const first = collect(store, streams)
        const second = collect(store, streams)
        await append(store, at(streams, 1), testEvents(3), { kind: 'noStream' })
        await append(store, at(streams, 0), testEvents(1), { kind: 'exists' })
        await receivedAtLeast(first, 6, 'the first subscriber')
        await receivedAtLeast(second, 6, 'the second subscriber')
        await Promise.all([first.subscription.stop(), second.subscription.stop()])
        await expectGlobalOrder(store, streams, first)
        await expectGlobalOrder(store, streams, second)
      }),
    )
  })
}

