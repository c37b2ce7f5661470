// 2F1 against reference values (SciPy 1.17's hyp2f1) and closed forms.
import { fc, test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import { hyp2f1, logHyp2f1 } from './hypergeometric.js'

// [a, b, c, z, 2F1(a, b; c; z)]
const REFERENCE: ReadonlyArray<readonly [number, number, number, number, number]> = [
  [0.243, 2.426, 2.219, 0.3, 1.1005185330854723],
  [2.243, 4.426, 4.219, 0.5, 5.161693901383611],
  [10.24, 12.4, 11.2, 0.9, 250317787335.43646],
  [1.2, 2.3, 3.4, 0.99, 11.940584220949617],
  [0.5, 0.5, 1.5, -0.8, 0.8997031444420005],
  [1, -3, 2, 0.7, 0.35425000000000006],
  [2.5, 1.5, 0.7, -3.0, -0.06173446409456729],
]

const relativeError = (actual: number, expected: number): number => Math.abs(actual - expected) / Math.abs(expected)

describe('hyp2f1', () => {
  it.each(REFERENCE)('2F1(%d, %d; %d; %d) matches the reference value', (a, b, c, z, value) => {
    expect(relativeError(hyp2f1(a, b, c, z), value)).toBeLessThan(1e-12)
  })

  test.prop([fc.double({ min: 0, max: 0.999, noNaN: true })])('2F1(1, 1; 2; z) = -log(1 - z) / z', (z) => {
    const expected = z === 0 ? 1 : -Math.log1p(-z) / z
    expect(relativeError(hyp2f1(1, 1, 2, z), expected)).toBeLessThan(1e-12)
  })

  test.prop([fc.double({ min: 0.01, max: 300, noNaN: true }), fc.double({ min: 0.01, max: 50, noNaN: true }), fc.double({ min: 0, max: 0.99, noNaN: true })])(
    'log 2F1(a, b; b; z) = -a log(1 - z), even where 2F1 itself would overflow',
    (a, b, z) => {
      const expected = -a * Math.log1p(-z)
      expect(Math.abs(logHyp2f1(a, b, b, z) - expected)).toBeLessThan(1e-10 * Math.max(1, Math.abs(expected)))
    },
  )

  it('is NaN outside its domain rather than wrong', () => {
    expect(logHyp2f1(1, 1, 2, 1)).toBeNaN()
    expect(logHyp2f1(-1, 1, 2, 0.5)).toBeNaN()
    expect(hyp2f1(1, 1, 2, 1.5)).toBeNaN()
    expect(hyp2f1(1, 1, -2, 0.5)).toBeNaN()
  })
})
