// The nearest-rank percentile the complaint report documents, on the cases
// where definitions differ (even counts, ranks between values).
import { describe, expect, it } from 'vitest'
import { nearestRank } from './figures.js'

const upTo = (n: number): number[] => Array.from({ length: n }, (_, i) => i + 1)

describe('nearest-rank percentile', () => {
  it('is undefined without values', () => expect(nearestRank([], 50)).toBeUndefined())
  it('the median of an even count is the lower middle value', () => expect(nearestRank([0, 1, 3, 7], 50)).toBe(1))
  it('the median of an odd count is the middle value', () => expect(nearestRank([2, 5, 9], 50)).toBe(5))
  it('the 90th percentile is the value at rank ⌈0.9·n⌉', () => {
    expect(nearestRank(upTo(6), 90)).toBe(6)
    expect(nearestRank(upTo(10), 90)).toBe(9)
    expect(nearestRank(upTo(11), 90)).toBe(10)
    expect(nearestRank(upTo(19), 90)).toBe(18)
  })
  it('one value is every percentile', () => expect([1, 50, 90, 100].map((p) => nearestRank([4], p))).toEqual([4, 4, 4, 4]))
})
