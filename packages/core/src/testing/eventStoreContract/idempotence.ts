import { describe, expect, it } from 'vitest'
import type { EventStoreContractOptions } from '../eventStoreContract.js'
import { append, freshStream, idsOf, leftOf, readAllOf, readStream, rightOf, testEvents, withStore } from './support.js'

// A writer that timed out does not know whether its append landed, so it
// retries with the same event ids. The retry must succeed without writing
// twice, while an id reused by a different append must be refused.

export const describeIdempotence = (options: EventStoreContractOptions): void => {
  describe('idempotent re-append', () => {
    it('re-appending the same events with the same expected revision returns the first result and stores nothing', () =>
      withStore(options, async (store) => {
        const stream = freshStream('idem')
        const batch = testEvents(3)
        const first = await append(store, stream, batch, { kind: 'noStream' })
        const again = rightOf(await store.appendToStream(stream, batch, { kind: 'noStream' }))
        expect(again).toEqual(first)
        expect(idsOf(await readAllOf(store, [stream]))).toEqual(idsOf(batch))
      }),
    )

    it('re-appending with any returns the first result and stores nothing', () =>
      withStore(options, async (store) => {
        const stream = freshStream('idem')
        const before = testEvents(2)
        await append(store, stream, before, { kind: 'noStream' })
        const batch = testEvents(2, 10)
        const first = await append(store, stream, batch, { kind: 'exact', revision: 1 })
        expect(rightOf(await store.appendToStream(stream, batch, { kind: 'any' }))).toEqual(first)
        expect(idsOf(await readStream(store, stream))).toEqual(idsOf([...before, ...batch]))
      }),
    )

    it('a retry is recognised even after the stream has moved on', () =>
      withStore(options, async (store) => {
        const stream = freshStream('idem')
        const before = testEvents(2)
        await append(store, stream, before, { kind: 'noStream' })
        const batch = testEvents(2, 10)
        const first = await append(store, stream, batch, { kind: 'exact', revision: 1 })
        const later = testEvents(3, 20)
        await append(store, stream, later, { kind: 'exact', revision: 3 })

        expect(rightOf(await store.appendToStream(stream, batch, { kind: 'exact', revision: 1 }))).toEqual(first)
        expect(rightOf(await store.appendToStream(stream, batch, { kind: 'any' }))).toEqual(first)
        expect(idsOf(await readAllOf(store, [stream]))).toEqual(idsOf([...before, ...batch, ...later]))
      }),
    )

    it('a stored id in an append to another stream is DuplicateEventId, and nothing is stored', () =>
      withStore(options, async (store) => {
        const [first, second] = [freshStream('dup'), freshStream('dup')]
        const stored = testEvents(2)
        await append(store, first, stored, { kind: 'noStream' })
        const reused = stored[1] ?? stored[0]
        if (reused === undefined) throw new Error('unreachable')
        const batch = [...testEvents(1, 10), reused]
        expect(leftOf(await store.appendToStream(second, batch, { kind: 'any' }))).toEqual({
          _tag: 'DuplicateEventId',
          stream: second,
          eventId: reused.id,
        })
        expect(await readStream(store, second)).toEqual([])
        expect(idsOf(await readAllOf(store, [first, second]))).toEqual(idsOf(stored))
      }),
    )

    it('stored ids mixed with new ones in the same stream are DuplicateEventId, and nothing is stored', () =>
      withStore(options, async (store) => {
        const stream = freshStream('dup')
        const stored = testEvents(2)
        await append(store, stream, stored, { kind: 'noStream' })
        const fresh = testEvents(1, 10)
        for (const batch of [[...stored, ...fresh], [...fresh, ...stored], stored.slice(1).concat(stored.slice(0, 1))]) {
          const error = leftOf(await store.appendToStream(stream, batch, { kind: 'any' }))
          expect(error).toMatchObject({ _tag: 'DuplicateEventId', stream })
          expect(idsOf(await readStream(store, stream))).toEqual(idsOf(stored))
        }
      }),
    )

    it('a retry whose expected revision would not have held the first time is refused, and nothing is stored', () =>
      withStore(options, async (store) => {
        const stream = freshStream('idem')
        const batch = testEvents(2)
        await append(store, stream, batch, { kind: 'noStream' })
        for (const expected of [{ kind: 'exists' } as const, { kind: 'exact', revision: 0 } as const]) {
          const error = leftOf(await store.appendToStream(stream, batch, expected))
          // Either answer is honest: the ids are taken, and the revision is wrong.
          expect(['DuplicateEventId', 'WrongExpectedRevision']).toContain(error._tag)
        }
        expect(idsOf(await readStream(store, stream))).toEqual(idsOf(batch))
      }),
    )
  })
}
