import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import type { EventStore } from '../../eventStore/eventStore.js'
import type { ExpectedRevision } from '../../eventStore/expectedRevision.js'
import type { EventToAppend } from '../../eventStore/recordedEvent.js'
import { renderStoreError } from '../../eventStore/storeError.js'
import type { EventStoreContractOptions } from '../eventStoreContract.js'
import {
  append,
  freshStream,
  idsOf,
  readAllOf,
  readStream,
  strictlyIncreasing,
  testEvents,
  withStore,
} from './support.js'

// Optimistic concurrency under real contention: many writers race on one
// stream, as staff editing the same customer at once would.

const racers = 20
const writers = 10
const eventsPerWriter = 10
/** A writer that loses this many races in a row is stuck, not unlucky. */
const maxAttemptsPerEvent = 1_000

/** Appends `event` at the end of `stream`, re-reading and retrying whenever another writer got there first. */
const appendWithRetry = async (store: EventStore, stream: string, event: EventToAppend): Promise<number> => {
  for (let attempt = 1; attempt <= maxAttemptsPerEvent; attempt += 1) {
    const last = await readStream(store, stream, { direction: 'backwards', maxCount: 1 })
    const revision = last[0]?.revision
    const expected: ExpectedRevision = revision === undefined ? { kind: 'noStream' } : { kind: 'exact', revision }
    const result = await store.appendToStream(stream, [event], expected)
    if (E.isRight(result)) return attempt
    if (result.left._tag !== 'WrongExpectedRevision') {
      throw new Error(`unexpected failure: ${renderStoreError(result.left)}`)
    }
  }
  throw new Error(`gave up after ${maxAttemptsPerEvent} attempts`)
}

export const describeConcurrency = (options: EventStoreContractOptions): void => {
  describe('concurrent writers', () => {
    it(`of ${racers} appends fired at once with the same exact revision, exactly one wins`, () =>
      withStore(options, async (store) => {
        const stream = freshStream('race')
        const before = testEvents(3)
        await append(store, stream, before, { kind: 'noStream' })
        const batches = Array.from({ length: racers }, (_, i) => testEvents(2, 100 * i))

        const results = await Promise.all(
          batches.map((batch) => store.appendToStream(stream, batch, { kind: 'exact', revision: 2 })),
        )

        const winners = results.flatMap((result, i) => (E.isRight(result) ? [i] : []))
        expect(winners).toHaveLength(1)
        for (const result of results) {
          if (E.isLeft(result)) {
            expect(result.left).toMatchObject({
              _tag: 'WrongExpectedRevision',
              stream,
              expected: { kind: 'exact', revision: 2 },
            })
            // A loser may find the stream at any later revision, never at the one it expected.
            expect(result.left).not.toHaveProperty('actual', 2)
          }
        }
        const winner = batches[winners[0] ?? -1] ?? []
        expect(idsOf(await readStream(store, stream))).toEqual(idsOf([...before, ...winner]))
      }),
    )

    it(
      `${writers} writers retrying on conflict add all of their ${writers * eventsPerWriter} events exactly once`,
      () =>
        withStore(options, async (store) => {
          const stream = freshStream('writers')
          const perWriter = Array.from({ length: writers }, (_, w) => testEvents(eventsPerWriter, 100 * w))

          await Promise.all(
            perWriter.map(async (events) => {
              for (const event of events) await appendWithRetry(store, stream, event)
            }),
          )

          const read = await readStream(store, stream)
          const ids = idsOf(read)
          expect(read.map((event) => event.revision)).toEqual(read.map((_, i) => i))
          expect(new Set(ids).size).toBe(writers * eventsPerWriter)
          expect([...ids].sort()).toEqual(idsOf(perWriter.flat()).sort())
          // Each writer's own events keep the order it wrote them in.
          for (const events of perWriter) {
            const mine = new Set(idsOf(events))
            expect(ids.filter((id) => mine.has(id))).toEqual(idsOf(events))
          }
          const all = await readAllOf(store, [stream])
          expect(all).toEqual(read)
          expect(strictlyIncreasing(all.map((event) => event.position))).toBe(true)
        }),
      30_000,
    )
  })
}
