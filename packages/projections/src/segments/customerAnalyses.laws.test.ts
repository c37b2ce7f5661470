// Law of the combined walk: tiers, RFM and churn from one walk over the
// profiles equal the three reports made separately, for any options; a bad
// option gives the same typed error as the report it belongs to.
import fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { churnAsOf } from '../churn/churnAsOf.js'
import type { ChurnOptions } from '../churn/churnOptions.js'
import { type CustomerAnalysesOptions, customerAnalysesAsOf } from './customerAnalysesAsOf.js'
import { build, historyAndDay } from './rawHistory.test-support.js'
import { rfmAsOf } from './rfmAsOf.js'
import type { RfmOptions } from './rfmOptions.js'
import { tiersAsOf } from './tiersAsOf.js'
import type { TierRules } from './tierRules.js'

const tierRulesArb: fc.Arbitrary<TierRules | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.record({
    window: fc.oneof(fc.integer({ min: 1, max: 45 }).map((days) => ({ _tag: 'rolling' as const, days })), fc.constant({ _tag: 'calendarMonth' as const })),
    thresholds: fc.constantFrom({ A: 4, B: 3, C: 2, D: 1 }, {}),
    belowD: fc.constantFrom('occasional' as const, 'D' as const, 'E' as const),
  }),
)
const rfmOptionsArb: fc.Arbitrary<RfmOptions | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.record({ split: fc.constantFrom('median' as const, 'mean' as const), windowDays: fc.integer({ min: 1, max: 60 }), frequencyFrom: fc.constant([2, 3, 4, 6] as const) }),
)
// The cadence rule (too few buyers for the default) and a model fitted to tiny data.
const churnOptionsArb: fc.Arbitrary<ChurnOptions | undefined> = fc.constantFrom<ChurnOptions | undefined>(undefined, { modelFrom: 1 }, { modelFrom: 1, unit: 'days' })

const optionsArb: fc.Arbitrary<CustomerAnalysesOptions> = fc
  .record({ tiers: tierRulesArb, rfm: rfmOptionsArb, churn: churnOptionsArb })
  .map(({ tiers, rfm, churn }) => ({ ...(tiers === undefined ? {} : { tiers }), ...(rfm === undefined ? {} : { rfm }), ...(churn === undefined ? {} : { churn }) }))

describe('tiers, RFM and churn from one walk', () => {
  it('equal tiersAsOf, rfmAsOf and churnAsOf called separately', () => {
    fc.assert(
      fc.property(historyAndDay, optionsArb, ({ events, asOf }, options) => {
        const state = build(events)
        const all = customerAnalysesAsOf(state, asOf, options)
        const tiers = tiersAsOf(state, asOf, options.tiers)
        const rfm = rfmAsOf(state, asOf, options.rfm)
        const churn = churnAsOf(state, asOf, options.churn)
        if (E.isLeft(tiers) || E.isLeft(rfm) || E.isLeft(churn)) throw new Error('unexpected Left')
        expect(all).toEqual(E.right({ tiers: tiers.right, rfm: rfm.right, churn: churn.right }))
      }),
      { numRuns: 80 },
    )
  })

  it('returns the typed error of the report whose option is bad', () => {
    const state = build([])
    const day = '2026-01-01' as Parameters<typeof tiersAsOf>[1]
    expect(customerAnalysesAsOf(state, day, { tiers: { thresholds: { D: 0 } } })).toEqual(tiersAsOf(state, day, { thresholds: { D: 0 } }))
    expect(customerAnalysesAsOf(state, day, { rfm: { windowDays: 0 } })).toEqual(rfmAsOf(state, day, { windowDays: 0 }))
    expect(customerAnalysesAsOf(state, day, { churn: { aliveBelow: 2 } })).toEqual(churnAsOf(state, day, { aliveBelow: 2 }))
  })
})
