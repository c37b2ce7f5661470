import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { ExpectedRevision } from '../../eventStore/expectedRevision.js'
import type { EventStoreContractOptions } from '../eventStoreContract.js'
import { at, freshStream, idsOf, readAllOf, readStream, testEvents, withStore } from './support.js'

// The store against a model small enough to be obviously right: a Map from
// stream to the ids it holds, plus the ids in global order. fast-check drives
// both with random appends and compares every answer and the final state.

/** How a step picks its expected revision; resolved against the model when the step runs. */
type ExpectedChoice =
  | { readonly kind: 'any' }
  | { readonly kind: 'noStream' }
  | { readonly kind: 'exists' }
  /** exact, at the stream's current last revision (0 when it is missing): usually right. */
  | { readonly kind: 'exactCurrent' }
  /** exact, `offset` away from the current last revision: always wrong. */
  | { readonly kind: 'exactWrong'; readonly offset: number; readonly below: boolean }

interface Step {
  readonly stream: number
  readonly size: number
  readonly expected: ExpectedChoice
}

const streamCount = 3

const stepArbitrary: fc.Arbitrary<Step> = fc.record({
  stream: fc.integer({ min: 0, max: streamCount - 1 }),
  size: fc.integer({ min: 1, max: 3 }),
  expected: fc.oneof(
    fc.constant({ kind: 'any' } as const),
    fc.constant({ kind: 'noStream' } as const),
    fc.constant({ kind: 'exists' } as const),
    fc.constant({ kind: 'exactCurrent' } as const),
    fc.record({ kind: fc.constant('exactWrong' as const), offset: fc.integer({ min: 1, max: 3 }), below: fc.boolean() }),
  ),
})

interface Model {
  readonly streams: Map<string, string[]>
  readonly global: string[]
}

const lastRevision = (model: Model, stream: string): number | undefined => {
  const length = model.streams.get(stream)?.length ?? 0
  return length === 0 ? undefined : length - 1
}

const resolveExpected = (choice: ExpectedChoice, current: number | undefined): ExpectedRevision => {
  switch (choice.kind) {
    case 'any':
    case 'noStream':
    case 'exists':
      return { kind: choice.kind }
    case 'exactCurrent':
      return { kind: 'exact', revision: current ?? 0 }
    case 'exactWrong': {
      // Never below 0: a negative revision tests input validation, not concurrency.
      if (current === undefined) return { kind: 'exact', revision: choice.offset - 1 }
      const below = current - choice.offset
      return { kind: 'exact', revision: choice.below && below >= 0 ? below : current + choice.offset }
    }
  }
}

/** The model's own reading of the port, written independently of any adapter. */
const accepts = (expected: ExpectedRevision, current: number | undefined): boolean => {
  switch (expected.kind) {
    case 'any':
      return true
    case 'noStream':
      return current === undefined
    case 'exists':
      return current !== undefined
    case 'exact':
      return current !== undefined && current === expected.revision
  }
}

export const describeModel = (options: EventStoreContractOptions): void => {
  describe('against a model', () => {
    it(
      'random appends over three streams answer and end up as the model predicts',
      async () => {
        const property = fc.asyncProperty(fc.array(stepArbitrary, { minLength: 1, maxLength: 12 }), (steps) =>
          withStore(options, async (store) => {
            const names = Array.from({ length: streamCount }, () => freshStream('model'))
            const model: Model = { streams: new Map(names.map((name) => [name, []])), global: [] }

            for (const step of steps) {
              const stream = at(names, step.stream)
              const current = lastRevision(model, stream)
              const expected = resolveExpected(step.expected, current)
              const events = testEvents(step.size)

              const result = await store.appendToStream(stream, events, expected)

              if (accepts(expected, current)) {
                const next = (current ?? -1) + events.length
                expect(result).toMatchObject({ _tag: 'Right', right: { nextExpectedRevision: next } })
                model.streams.get(stream)?.push(...idsOf(events))
                model.global.push(...idsOf(events))
              } else {
                expect(result).toEqual({
                  _tag: 'Left',
                  left: { _tag: 'WrongExpectedRevision', stream, expected, actual: current },
                })
              }
            }

            for (const name of names) {
              expect(idsOf(await readStream(store, name))).toEqual(model.streams.get(name))
            }
            expect(idsOf(await readAllOf(store, names))).toEqual(model.global)
          }),
        )
        await fc.assert(property, { numRuns: 50 })
      },
      60_000,
    )
  })
}
