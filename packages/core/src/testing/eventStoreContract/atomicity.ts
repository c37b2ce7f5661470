import { describe, expect, it } from 'vitest'
import type { EventStore } from '../../eventStore/eventStore.js'
import type { ExpectedRevision } from '../../eventStore/expectedRevision.js'
import type { EventToAppend } from '../../eventStore/recordedEvent.js'
import type { EventStoreContractOptions } from '../eventStoreContract.js'
import { append, freshStream, idsOf, leftOf, readAllOf, readStream, testEvent, testEvents, withStore } from './support.js'

// A failed append must leave no trace: not in the stream, not in the global
// log, and not in the store's memory of ids (the same valid events can still
// be appended afterwards).

/** Appears in the data of rejected batches; an error reason must never repeat it. */
const secret = 'S3cret-Personal-Data'

const withSecret = (event: EventToAppend): EventToAppend => ({ ...event, data: { secret } })

interface Rejection {
  readonly title: string
  /** A batch that must be rejected, made from three valid events. */
  readonly batch: (valid: ReadonlyArray<EventToAppend>) => ReadonlyArray<EventToAppend>
}

const invalidBatches: ReadonlyArray<Rejection> = [
  {
    title: 'one event has an id that is not a uuid',
    batch: (valid) => valid.map((event, i) => withSecret(i === 1 ? { ...event, id: 'not-a-uuid' } : event)),
  },
  {
    title: 'one event has an empty type',
    batch: (valid) => valid.map((event, i) => withSecret(i === 2 ? { ...event, type: '' } : event)),
  },
  { title: 'the batch is empty', batch: () => [] },
]

/** Checks that `stream` and the global log still hold exactly `before`. */
const expectUnchanged = async (store: EventStore, stream: string, before: ReadonlyArray<EventToAppend>) => {
  expect(idsOf(await readStream(store, stream))).toEqual(idsOf(before))
  expect(idsOf(await readAllOf(store, [stream]))).toEqual(idsOf(before))
}

export const describeAtomicity = (options: EventStoreContractOptions): void => {
  describe('atomicity', () => {
    for (const existing of [false, true]) {
      const where = existing ? 'an existing stream' : 'a missing stream'

      it(`an append with the wrong expected revision to ${where} stores none of its events`, () =>
        withStore(options, async (store) => {
          const stream = freshStream('atomic')
          const before = existing ? testEvents(2) : []
          if (existing) await append(store, stream, before, { kind: 'noStream' })
          const batch = testEvents(3, 10)
          const wrong: ExpectedRevision = { kind: 'exact', revision: 5 }

          expect(leftOf(await store.appendToStream(stream, batch, wrong))._tag).toBe('WrongExpectedRevision')
          await expectUnchanged(store, stream, before)

          // Nothing of the batch was kept: it goes through with the right revision.
          const right: ExpectedRevision = existing ? { kind: 'exact', revision: 1 } : { kind: 'noStream' }
          await append(store, stream, batch, right)
          await expectUnchanged(store, stream, [...before, ...batch])
        }),
      )

      for (const rejection of invalidBatches) {
        it(`an append to ${where} where ${rejection.title} is InvalidAppend and stores nothing`, () =>
          withStore(options, async (store) => {
            const stream = freshStream('invalid')
            const before = existing ? testEvents(2) : []
            if (existing) await append(store, stream, before, { kind: 'noStream' })
            const valid = testEvents(3, 10)

            const error = leftOf(await store.appendToStream(stream, rejection.batch(valid), { kind: 'any' }))
            expect(error).toMatchObject({ _tag: 'InvalidAppend', stream })
            if (error._tag === 'InvalidAppend') {
              expect(error.reason.length).toBeGreaterThan(0)
              expect(error.reason).not.toContain(secret)
            }
            await expectUnchanged(store, stream, before)

            // The valid events of the rejected batch were not remembered either.
            await append(store, stream, valid, { kind: 'any' })
            await expectUnchanged(store, stream, [...before, ...valid])
          }),
        )
      }
    }

    it('a rejected append to one stream leaves other streams alone', () =>
      withStore(options, async (store) => {
        const [first, second] = [freshStream('atomic'), freshStream('atomic')]
        const kept = testEvents(2)
        await append(store, first, kept, { kind: 'noStream' })
        const invalid = [testEvent(1), { ...testEvent(2), type: '' }]
        expect(leftOf(await store.appendToStream(second, invalid, { kind: 'noStream' }))._tag).toBe('InvalidAppend')
        expect(idsOf(await readAllOf(store, [first, second]))).toEqual(idsOf(kept))
      }),
    )
  })
}
