// The BG/NBD's predictions against reference values computed from the
// paper's equations (9), (10) and (13) in 50-digit arithmetic (mpmath).
import { describe, expect, it } from 'vitest'
import type { BgNbdParams } from './bgnbdLikelihood.js'
import { expectedPurchases, expectedPurchasesOfNewCustomer, probabilityAlive } from './bgnbdPredictions.js'

// The CDNOW estimates at full precision.
const CDNOW: BgNbdParams = { r: 0.24259452640117932, alpha: 4.413602339742031, a: 0.7929219614207517, b: 2.4259065613415483 }

const relativeError = (actual: number, expected: number): number => Math.abs(actual - expected) / Math.abs(expected)

describe('BG/NBD predictions', () => {
  it.each([
    [2, 30.43, 38.86, 39, 1.2259068382877171],
    [0, 0, 38.86, 39, 0.19478203818463997],
    [10, 37, 38.86, 52, 8.2406006971027188],
    [1, 2, 40, 100, 0.43953020607334337],
  ])('x = %d, tx = %d, T = %d: expects the reference number of purchases in the next %d weeks', (x, tx, T, t, value) => {
    expect(relativeError(expectedPurchases(CDNOW, { x, tx, T }, t), value)).toBeLessThan(1e-12)
  })

  it('gives a new customer E[X(t)] (eq. 9), which starts at the mean rate r / alpha', () => {
    expect(relativeError(expectedPurchasesOfNewCustomer(CDNOW, 39), 1.1950100042865231)).toBeLessThan(1e-12)
    expect(relativeError(expectedPurchasesOfNewCustomer(CDNOW, 1e-6) / 1e-6, CDNOW.r / CDNOW.alpha)).toBeLessThan(1e-4)
  })

  it('is continuous through a = 1, where eq. 10 is 0/0', () => {
    const s = { x: 3, tx: 100, T: 300 }
    const near = { r: 0.5, alpha: 30, a: 1.0000001, b: 3 }
    expect(relativeError(expectedPurchases(near, s, 365), 0.47297336981819838)).toBeLessThan(1e-12)
    expect(relativeError(expectedPurchases({ ...near, a: 1 }, s, 365), 0.47297342034288112)).toBeLessThan(1e-12)
    expect(relativeError(expectedPurchases({ ...near, a: 1.5 }, s, 365), 0.29987404841173375)).toBeLessThan(1e-12)
  })

  it.each([
    [{ r: 1.3, alpha: 2, a: 0.3, b: 0.4 }, 0, 1.590815323475358],
    [{ r: 1.3, alpha: 2, a: 0.3, b: 0.4 }, 1, 0.9840879502960574],
    [{ r: 1.3, alpha: 2, a: 0.3, b: 0.1 }, 1, 0.3002228785664135],
    [{ r: 0.7, alpha: 2, a: 0.6, b: 0.4 }, 0, 0.7834872539488292],
    [{ r: 0.7, alpha: 2, a: 0.6, b: 0.45 }, 0, 0.8028767284687857],
  ])('%o, x = %d: stays accurate where a + b + x - 1 is near or below 0', (params, x, value) => {
    expect(relativeError(expectedPurchases(params, { x, tx: x, T: 3 }, 10), value)).toBeLessThan(1e-12)
  })

  it.each([
    [5, 2, 38, 0.0004050298738383458],
    [5, 37, 38, 0.8773187955096483],
    [2, 30.43, 38.86, 0.72660916475354],
  ])('x = %d, tx = %d, T = %d: P(alive) is the reference value', (x, tx, T, value) => {
    expect(relativeError(probabilityAlive(CDNOW, { x, tx, T }), value)).toBeLessThan(1e-10)
  })

  it('P(alive) stays a probability far beyond the exponential function\'s range', () => {
    expect(probabilityAlive(CDNOW, { x: 5000, tx: 1, T: 1e6 })).toBe(0)
  })

  it('returns NaN, not an exception, for a negative horizon', () => {
    expect(expectedPurchases(CDNOW, { x: 0, tx: 0, T: 1 }, -1)).toBeNaN()
    expect(expectedPurchases(CDNOW, { x: 0, tx: 0, T: 1 }, 0)).toBe(0)
  })
})
