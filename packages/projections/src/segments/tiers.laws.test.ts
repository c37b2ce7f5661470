// Laws of the tiers: as of a day they equal the tiers of the history replayed
// up to that day, and a plain recount from the raw events; tier changes
// equal the difference of two such recounts.
import { addDays, type LocalDate } from '@clientele/core'
import type { StreamEvent } from '@clientele/core/testing'
import fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { daysOf, historyUpTo } from '../history/historyUpTo.test-support.js'
import { build, historyAndDay, kept, rawHistory } from './rawHistory.test-support.js'
import { tierChanges } from './tierChanges.js'
import type { TierRules } from './tierRules.js'
import { tiersAsOf } from './tiersAsOf.js'

// Small thresholds and short windows, so that random histories reach every tier.
const rulesArb: fc.Arbitrary<TierRules> = fc.oneof(
  fc.constant({}),
  fc
    .record({
      d: fc.integer({ min: 1, max: 2 }),
      steps: fc.tuple(fc.integer({ min: 1, max: 2 }), fc.integer({ min: 1, max: 2 }), fc.integer({ min: 1, max: 2 })),
      window: fc.oneof(fc.integer({ min: 1, max: 45 }).map((days) => ({ _tag: 'rolling' as const, days })), fc.constant({ _tag: 'calendarMonth' as const })),
      belowD: fc.constantFrom('occasional' as const, 'D' as const, 'E' as const),
    })
    .map(({ d, steps: [c, b, a], window, belowD }) => ({ thresholds: { D: d, C: d + c, B: d + c + b, A: d + c + b + a }, window, belowD })),
)

/** Each customer's tier, recounted from the raw events with the rules spelt out. */
const bruteTiers = (events: ReadonlyArray<StreamEvent>, asOf: LocalDate, rules: TierRules): Map<string, { tier: string; inWindow: number; toDate: number; last: string }> => {
  const t = { A: 15, B: 10, C: 5, D: 3, ...rules.thresholds }
  const window = rules.window ?? { _tag: 'rolling', days: 30 }
  const from = window._tag === 'calendarMonth' ? `${asOf.slice(0, 7)}-01` : addDays(asOf, -(window.days - 1))
  const out = new Map<string, { tier: string; inWindow: number; toDate: number; last: string }>()
  for (const c of rawHistory(events, asOf)) {
    const bought = kept(c)
    if (bought.length === 0) continue
    const n = bought.filter((p) => p.on >= from).length
    const tier = n >= t.A ? 'A' : n >= t.B ? 'B' : n >= t.C ? 'C' : n >= t.D ? 'D' : bought.length === 1 ? 'E' : (rules.belowD ?? 'occasional')
    out.set(c.id, { tier, inWindow: n, toDate: bought.length, last: bought.map((p) => p.on).sort().at(-1) ?? '' })
  }
  return out
}

const right = <A>(e: E.Either<unknown, A>): A => {
  if (E.isLeft(e)) throw new Error('unexpected Left')
  return e.right
}

describe('tier laws', () => {
  it('as of a day equal the tiers of the history replayed up to that day', () => {
    fc.assert(
      fc.property(historyAndDay, rulesArb, ({ events, asOf }, rules) => {
        expect(tiersAsOf(build(events), asOf, rules)).toEqual(tiersAsOf(build(historyUpTo(events, asOf)), asOf, rules))
      }),
      { numRuns: 80 },
    )
  })

  it('equal a plain recount from the raw events', () => {
    fc.assert(
      fc.property(historyAndDay, rulesArb, ({ events, asOf }, rules) => {
        const report = right(tiersAsOf(build(events), asOf, rules))
        const expected = bruteTiers(events, asOf, rules)
        expect(report.customers.map((c) => c.customerId).sort()).toEqual([...expected.keys()].sort())
        for (const c of report.customers)
          expect({ tier: c.tier, inWindow: c.purchasesInWindow, toDate: c.purchasesToDate, last: c.lastPurchaseOn }).toEqual(expected.get(c.customerId))
        expect(Object.values(report.counts).reduce((a, b) => a + b, 0)).toBe(expected.size)
      }),
      { numRuns: 80 },
    )
  })

  it('changes between two days equal the difference of the two recounts, and of the history replayed up to the later day', () => {
    const twoDays = historyAndDay.chain(({ events, asOf }) => {
      const days = daysOf(events).filter((x) => x <= asOf)
      return fc.record({ events: fc.constant(events), to: fc.constant(asOf), from: days.length === 0 ? fc.constant(asOf) : fc.constantFrom(...days) })
    })
    fc.assert(
      fc.property(twoDays, rulesArb, ({ events, from, to }, rules) => {
        const report = right(tierChanges(build(events), from, to, rules))
        expect(report).toEqual(right(tierChanges(build(historyUpTo(events, to)), from, to, rules)))
        const before = bruteTiers(events, from, rules)
        const after = bruteTiers(events, to, rules)
        const expected = [...new Set([...before.keys(), ...after.keys()])]
          .sort()
          .map((id) => ({ customerId: id, from: before.get(id)?.tier ?? 'none', to: after.get(id)?.tier ?? 'none' }))
          .filter((c) => c.from !== c.to)
        expect(report.changes.map(({ customerId, from: f, to: t }) => ({ customerId, from: f, to: t }))).toEqual(expected)
      }),
      { numRuns: 60 },
    )
  })
})
