// From purchase days to summaries: the README's recipe for CDNOW, by example
// and by law.
import { fc, test } from '@fast-check/vitest'
import type { LocalDate } from '@clientele/core'
import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { groupSummaries, summaryProblem } from './customerSummary.js'
import { epochDayOf, spendSummaryOfPurchases, summaryOfPurchaseDays } from './purchaseSummary.js'

describe('summaryOfPurchaseDays', () => {
  it('counts purchase days after the first, once per day, up to and including the as-of day', () => {
    expect(summaryOfPurchaseDays([10, 10, 17, 31, 60], 45, 'weeks')).toEqual(E.right({ x: 2, tx: 3, T: 5 }))
    expect(summaryOfPurchaseDays([10, 10, 17, 31, 60], 45, 'days')).toEqual(E.right({ x: 2, tx: 21, T: 35 }))
    expect(summaryOfPurchaseDays([45], 45, 'days')).toEqual(E.right({ x: 0, tx: 0, T: 0 }))
  })

  it('says why there is no summary', () => {
    expect(summaryOfPurchaseDays([], 45, 'days')).toEqual(E.left({ _tag: 'PurchasesAbsent' }))
    expect(summaryOfPurchaseDays([50], 45, 'days')).toEqual(E.left({ _tag: 'PurchasesAbsent' }))
    expect(summaryOfPurchaseDays([1, 2.5], 45, 'days')).toEqual(E.left({ _tag: 'PurchaseDayInvalid', index: 1 }))
    expect(summaryOfPurchaseDays([1], Number.NaN, 'days')).toEqual(E.left({ _tag: 'AsOfDayInvalid' }))
  })

  it('takes day numbers from shop-local dates', () => {
    expect(epochDayOf('1970-01-01' as LocalDate)).toBe(0)
    expect(epochDayOf('1997-09-30' as LocalDate) - epochDayOf('1997-01-01' as LocalDate)).toBe(272)
  })

  const daysArb = fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 1, maxLength: 40 })

  test.prop([daysArb, fc.integer({ min: -1000, max: 1200 }), fc.constantFrom('days' as const, 'weeks' as const)])(
    'gives a valid summary, whatever the order and repetition of the days',
    (days, asOf, unit) => {
      const summary = summaryOfPurchaseDays(days, asOf, unit)
      const shuffled = summaryOfPurchaseDays([...days, ...days].reverse(), asOf, unit)
      expect(shuffled).toEqual(summary)
      if (E.isLeft(summary)) {
        expect(days.every((d) => d > asOf)).toBe(true)
        return
      }
      expect(summaryProblem(summary.right)).toBeUndefined()
      // One purchase a day at most: x ≤ tx in days.
      expect(summary.right.x).toBeLessThanOrEqual(summary.right.tx * (unit === 'weeks' ? 7 : 1))
      expect(E.isRight(groupSummaries([summary.right]))).toBe(true)
    },
  )
})

describe('spendSummaryOfPurchases', () => {
  it('adds one day\'s amounts and averages the repeat days, leaving out the first', () => {
    const purchases = [
      { day: 1, amount: 100 },
      { day: 1, amount: 50 },
      { day: 8, amount: 20 },
      { day: 8, amount: 10 },
      { day: 15, amount: 10 },
      { day: 99, amount: 1000 },
    ]
    expect(spendSummaryOfPurchases(purchases, 30)).toEqual(E.right({ x: 2, zbar: 20 }))
    expect(spendSummaryOfPurchases(purchases, 1)).toEqual(E.right({ x: 0, zbar: 0 }))
    expect(spendSummaryOfPurchases([{ day: 1, amount: Number.NaN }], 30)).toEqual(E.left({ _tag: 'PurchaseAmountInvalid', index: 0 }))
  })

  test.prop([fc.array(fc.record({ day: fc.integer({ min: 0, max: 100 }), amount: fc.double({ min: 0.01, max: 1e4, noNaN: true }) }), { minLength: 1, maxLength: 30 }), fc.integer({ min: 0, max: 120 })])(
    'agrees with the purchase-day summary on x',
    (purchases, asOf) => {
      const spend = spendSummaryOfPurchases(purchases, asOf)
      const days = summaryOfPurchaseDays(purchases.map((p) => p.day), asOf, 'days')
      expect(E.isRight(spend)).toBe(E.isRight(days))
      if (E.isRight(spend) && E.isRight(days)) {
        expect(spend.right.x).toBe(days.right.x)
        expect(spend.right.zbar > 0).toBe(spend.right.x > 0)
      }
    },
  )
})
