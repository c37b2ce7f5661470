import { describe, expect, it } from 'vitest'
import type { ExpectedRevision } from '../../eventStore/expectedRevision.js'
import type { EventStoreContractOptions } from '../eventStoreContract.js'
import { append, freshStream, idsOf, leftOf, readStream, rightOf, testEvents, withStore } from './support.js'

// The full table of expected revisions against a missing stream and against a
// stream holding two events (last revision 1). Written out rather than
// computed, so that the table is the specification.
interface Case {
  readonly expected: ExpectedRevision
  /** The stream's last revision before the append; undefined: no stream. */
  readonly current: number | undefined
  readonly accepted: boolean
}

const cases: ReadonlyArray<Case> = [
  { expected: { kind: 'any' }, current: undefined, accepted: true },
  { expected: { kind: 'noStream' }, current: undefined, accepted: true },
  { expected: { kind: 'exists' }, current: undefined, accepted: false },
  { expected: { kind: 'exact', revision: 0 }, current: undefined, accepted: false },
  { expected: { kind: 'exact', revision: 1 }, current: undefined, accepted: false },
  { expected: { kind: 'any' }, current: 1, accepted: true },
  { expected: { kind: 'noStream' }, current: 1, accepted: false },
  { expected: { kind: 'exists' }, current: 1, accepted: true },
  { expected: { kind: 'exact', revision: 0 }, current: 1, accepted: false },
  { expected: { kind: 'exact', revision: 1 }, current: 1, accepted: true },
  { expected: { kind: 'exact', revision: 2 }, current: 1, accepted: false },
  { expected: { kind: 'exact', revision: 7 }, current: 1, accepted: false },
]

const describeCase = ({ expected, current, accepted }: Case): string =>
  `${expected.kind === 'exact' ? `exact(${expected.revision})` : expected.kind} on ${
    current === undefined ? 'a missing stream' : 'a stream at revision 1'
  } is ${accepted ? 'accepted' : 'rejected'}`

export const describeExpectedRevision = (options: EventStoreContractOptions): void => {
  describe('expected revision', () => {
    for (const testCase of cases) {
      it(describeCase(testCase), () =>
        withStore(options, async (store) => {
          const stream = freshStream('expected')
          const before = eventsUpTo(testCase.current)
          if (before.length > 0) await append(store, stream, before, { kind: 'noStream' })
          const batch = testEvents(2, 10)

          const result = await store.appendToStream(stream, batch, testCase.expected)

          if (testCase.accepted) {
            const { nextExpectedRevision } = rightOf(result)
            expect(nextExpectedRevision).toBe(before.length + batch.length - 1)
            expect(idsOf(await readStream(store, stream))).toEqual(idsOf([...before, ...batch]))
          } else {
            expect(leftOf(result)).toEqual({
              _tag: 'WrongExpectedRevision',
              stream,
              expected: testCase.expected,
              actual: testCase.current,
            })
            expect(idsOf(await readStream(store, stream))).toEqual(idsOf(before))
          }
        }),
      )
    }

    it('a rejected append reports actual as undefined, not a number, for a missing stream', () =>
      withStore(options, async (store) => {
        const error = leftOf(await store.appendToStream(freshStream('expected'), testEvents(1), { kind: 'exists' }))
        expect(error._tag).toBe('WrongExpectedRevision')
        expect(error).toHaveProperty('actual', undefined)
      }),
    )

    it('the returned next expected revision is accepted by the next append', () =>
      withStore(options, async (store) => {
        const stream = freshStream('expected')
        let next = await append(store, stream, testEvents(1), { kind: 'noStream' })
        for (let i = 0; i < 3; i += 1) {
          next = await append(store, stream, testEvents(2), { kind: 'exact', revision: next.nextExpectedRevision })
        }
        expect(next.nextExpectedRevision).toBe(6)
      }),
    )
  })
}

/** The events that bring a fresh stream to last revision `current`. */
const eventsUpTo = (current: number | undefined) => (current === undefined ? [] : testEvents(current + 1))
