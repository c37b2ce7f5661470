import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { emptyOrdered, insertOrdered, type Ordered, orderedToArray, removeOrdered, sliceOrdered, takeFrom } from './ordered.js'

const byValue = (a: number, b: number): number => a - b

// Thousands of operations so that blocks (of up to 1024) split and empty out. Runs end
// on the first failure: shrinking thousands of operations would take minutes.
const opsArb = fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 2999 })), { minLength: 0, maxLength: 6000, size: 'max' })

const replay = (ops: ReadonlyArray<[boolean, number]>): { readonly o: Ordered<number>; readonly model: number[] } => {
  const o = emptyOrdered<number>()
  const model = new Set<number>()
  for (const [insert, x] of ops) {
    const present = model.has(x)
    if (insert && !present) {
      insertOrdered(o, x, byValue)
      model.add(x)
    } else if (!insert) {
      expect(removeOrdered(o, x, byValue)).toBe(present)
      model.delete(x)
    }
  }
  return { o, model: [...model].sort(byValue) }
}

describe('ordered (blocked sorted sequence)', () => {
  it('holds exactly the inserted, not removed, elements in order, in non-empty blocks', () => {
    fc.assert(
      fc.property(opsArb, (ops) => {
        const { o, model } = replay(ops)
        expect(orderedToArray(o)).toEqual(model)
        expect(o.size).toBe(model.length)
        expect(o.blocks.every((b) => b.length > 0 && b.length <= 1024)).toBe(true)
      }),
      { numRuns: 40, endOnFailure: true },
    )
  })

  it('slices at any offsets and scans from any lower bound like a sorted array', () => {
    fc.assert(
      fc.property(opsArb, fc.nat(3100), fc.nat(3100), fc.integer({ min: 0, max: 3000 }), (ops, a, b, from) => {
        const { o, model } = replay(ops)
        expect(sliceOrdered(o, a, a + b)).toEqual(model.slice(a, a + b))
        const upTo = from + 50
        expect(takeFrom(o, (e) => e - from, (e) => e < upTo)).toEqual(model.filter((e) => e >= from && e < upTo))
      }),
      { numRuns: 40, endOnFailure: true },
    )
  })
})
