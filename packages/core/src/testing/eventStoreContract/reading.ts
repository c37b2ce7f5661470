import { v4 } from 'uuid'
import { describe, expect, it } from 'vitest'
import type { EventStore } from '../../eventStore/eventStore.js'
import type { EventToAppend } from '../../eventStore/recordedEvent.js'
import type { EventStoreContractOptions } from '../eventStoreContract.js'
import {
  append,
  at,
  freshStream,
  idsOf,
  readAllOf,
  readStream,
  rightOf,
  strictlyIncreasing,
  testEvents,
  withStore,
} from './support.js'

const isoUtcInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/

/** A stream of six events, written in batches of 1, 3 and 2. */
const sixEventStream = async (store: EventStore): Promise<{ stream: string; events: EventToAppend[] }> => {
  const stream = freshStream('read')
  const events = testEvents(6)
  await append(store, stream, events.slice(0, 1), { kind: 'noStream' })
  await append(store, stream, events.slice(1, 4), { kind: 'exact', revision: 0 })
  await append(store, stream, events.slice(4), { kind: 'any' })
  return { stream, events }
}

/** Three streams written in interleaved appends; returns the streams and the ids in append order. */
const interleavedStreams = async (store: EventStore): Promise<{ streams: string[]; ids: string[] }> => {
  const streams = [freshStream('all-a'), freshStream('all-b'), freshStream('all-c')]
  const ids: string[] = []
  for (const [round, size] of [1, 2, 3, 1].entries()) {
    for (const stream of streams) {
      const events = testEvents(size, round * 10)
      await append(store, stream, events, { kind: 'any' })
      ids.push(...idsOf(events))
    }
  }
  return { streams, ids }
}

export const describeReading = (options: EventStoreContractOptions): void => {
  describe('reading a stream', () => {
    it('numbers revisions 0, 1, 2, … without gaps across appends, in append order', () =>
      withStore(options, async (store) => {
        const { stream, events } = await sixEventStream(store)
        const read = await readStream(store, stream)
        expect(read.map((event) => event.revision)).toEqual([0, 1, 2, 3, 4, 5])
        expect(idsOf(read)).toEqual(idsOf(events))
        expect(read.every((event) => event.stream === stream)).toBe(true)
      }),
    )

    it('reads forwards by default and backwards on request', () =>
      withStore(options, async (store) => {
        const { stream, events } = await sixEventStream(store)
        expect(idsOf(await readStream(store, stream, { direction: 'forwards' }))).toEqual(idsOf(events))
        expect(idsOf(await readStream(store, stream, { direction: 'backwards' }))).toEqual(idsOf(events).reverse())
      }),
    )

    it('fromRevision is inclusive in both directions, and maxCount limits', () =>
      withStore(options, async (store) => {
        const { stream } = await sixEventStream(store)
        const revisions = async (read: Parameters<EventStore['readStream']>[1]) =>
          (await readStream(store, stream, read)).map((event) => event.revision)
        expect(await revisions({ fromRevision: 2 })).toEqual([2, 3, 4, 5])
        expect(await revisions({ fromRevision: 3, direction: 'backwards' })).toEqual([3, 2, 1, 0])
        expect(await revisions({ maxCount: 2 })).toEqual([0, 1])
        expect(await revisions({ maxCount: 2, direction: 'backwards' })).toEqual([5, 4])
        expect(await revisions({ fromRevision: 1, maxCount: 3 })).toEqual([1, 2, 3])
        expect(await revisions({ fromRevision: 4, maxCount: 3, direction: 'backwards' })).toEqual([4, 3, 2])
        expect(await revisions({ fromRevision: 5 })).toEqual([5])
        expect(await revisions({ fromRevision: 6 })).toEqual([])
        expect(await revisions({ maxCount: 100 })).toEqual([0, 1, 2, 3, 4, 5])
      }),
    )

    it('reads a missing stream as Right([])', () =>
      withStore(options, async (store) => {
        const stream = freshStream('missing')
        expect(await store.readStream(stream)).toEqual({ _tag: 'Right', right: [] })
        expect(await store.readStream(stream, { direction: 'backwards' })).toEqual({ _tag: 'Right', right: [] })
      }),
    )

    it('gives back only the events of the stream read', () =>
      withStore(options, async (store) => {
        const { streams, ids } = await interleavedStreams(store)
        const all = [...(await readStream(store, at(streams, 0))), ...(await readStream(store, at(streams, 1)))]
        expect(new Set(all.map((event) => event.stream))).toEqual(new Set(streams.slice(0, 2)))
        expect(all.every((event) => ids.includes(event.id))).toBe(true)
      }),
    )

    it('returns id, type, data and metadata deep-equal to what was appended', () =>
      withStore(options, async (store) => {
        const stream = freshStream('data')
        const event: EventToAppend = {
          id: v4(),
          type: 'CustomerRenamed',
          data: {
            name: 'Zoë Ångström-Nakamura 名前',
            tags: ['vip', 'late payer'],
            address: { lines: ['1 Main St', ''], postcode: null },
            balance: -12.5,
            count: 0,
            active: false,
            nested: [[1, 2], [], [{ deep: { deeper: true } }]],
          },
          metadata: {
            schemaVersion: 3,
            commandId: '6f1c0c66-8c1b-4d4e-9a51-2f3f3a3b4c5d',
            actor: 'staff-42',
            correlationId: 'c0ffee00-0000-4000-8000-000000000001',
            causationId: 'c0ffee00-0000-4000-8000-000000000002',
          },
        }
        await append(store, stream, [event], { kind: 'noStream' })
        const [read] = await readStream(store, stream)
        expect(read).toMatchObject({ stream, revision: 0 })
        expect({ id: read?.id, type: read?.type, data: read?.data, metadata: read?.metadata }).toEqual(event)
      }),
    )

    it('stamps recordedAt as an ISO-8601 instant in UTC', () =>
      withStore(options, async (store) => {
        const { stream } = await sixEventStream(store)
        for (const event of await readStream(store, stream)) {
          expect(event.recordedAt).toMatch(isoUtcInstant)
          expect(Number.isNaN(Date.parse(event.recordedAt))).toBe(false)
        }
      }),
    )
  })

  describe('reading all', () => {
    it('orders everything by strictly increasing position, agreeing with every stream', () =>
      withStore(options, async (store) => {
        const { streams, ids } = await interleavedStreams(store)
        const all = await readAllOf(store, streams)
        expect(all.every((event) => typeof event.position === 'bigint')).toBe(true)
        expect(strictlyIncreasing(all.map((event) => event.position))).toBe(true)
        expect(idsOf(all)).toEqual(ids)
        for (const stream of streams) {
          const fromAll = all.filter((event) => event.stream === stream)
          expect(fromAll).toEqual(await readStream(store, stream))
          expect(fromAll.map((event) => event.revision)).toEqual(fromAll.map((_, i) => i))
        }
      }),
    )

    it('an append returns the position and revision of its last event', () =>
      withStore(options, async (store) => {
        const stream = freshStream('result')
        await append(store, stream, testEvents(2), { kind: 'noStream' })
        const result = await append(store, stream, testEvents(3), { kind: 'exists' })
        const last = at(await readStream(store, stream, { direction: 'backwards', maxCount: 1 }), 0)
        expect(result).toEqual({ nextExpectedRevision: 4, position: last.position })
        expect(last.revision).toBe(4)
      }),
    )

    it('after is exclusive', () =>
      withStore(options, async (store) => {
        const { streams, ids } = await interleavedStreams(store)
        const all = await readAllOf(store, streams)
        const pivot = at(all, 5).position
        const rest = await readAllOf(store, streams, { after: pivot })
        expect(idsOf(rest)).toEqual(ids.slice(6))
        expect(rest.every((event) => event.position > pivot)).toBe(true)
        expect(await readAllOf(store, streams, { after: at(all, all.length - 1).position })).toEqual([])
      }),
    )

    it('paging with after and maxCount until a page is empty yields exactly one full read', () =>
      withStore(options, async (store) => {
        const { streams } = await interleavedStreams(store)
        const full = rightOf(await store.readAll())
        const paged = []
        let after: bigint | undefined
        for (let pages = 0; pages < 10_000; pages += 1) {
          const page = rightOf(await store.readAll(after === undefined ? { maxCount: 4 } : { after, maxCount: 4 }))
          if (page.length === 0) break
          expect(page.length).toBeLessThanOrEqual(4)
          paged.push(...page)
          after = at(page, page.length - 1).position
        }
        expect(paged).toEqual(full)
        expect(await readAllOf(store, streams)).toHaveLength(21)
      }),
    )
  })
}
