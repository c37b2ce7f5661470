// The law every "as of" analysis rests on: reading the full profiles as of a
// day equals replaying only the history up to that day.
import type { LocalDate } from '@clientele/core'
import { shopHistoryArb } from '@clientele/core/testing'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { projectedEventsOf } from '../internal/projectedEvents.test-support.js'
import { profiles } from '../profiles/index.js'
import { applyAll } from '../projection.js'
import { complaintsAsOf, followUpsAsOf, lostAsOf, purchasesAsOf, registeredBy } from './asOf.js'
import { daysOf, historyUpTo } from './historyUpTo.test-support.js'

const build = (events: Parameters<typeof projectedEventsOf>[0]) => applyAll(profiles, profiles.init(), projectedEventsOf(events))

describe('history as of a day', () => {
  it('equals the profiles replayed from the history up to that day', () => {
    fc.assert(
      fc.property(shopHistoryArb({ maxCustomers: 4, maxCommands: 25 }), fc.nat(), (events, at) => {
        const days = daysOf(events)
        const asOf = (days[at % Math.max(1, days.length)] ?? '2026-01-01') as LocalDate
        const full = build(events)
        const cut = build(historyUpTo(events, asOf))
        const registeredThen = [...full.profiles.values()].filter((p) => registeredBy(p, asOf))
        expect(registeredThen.map((p) => p.customerId).sort()).toEqual([...cut.profiles.keys()].sort())
        for (const p of registeredThen) {
          const then = cut.profiles.get(p.customerId)
          if (then === undefined) throw new Error('registered customer missing from the replay')
          expect(purchasesAsOf(p, asOf)).toEqual(purchasesAsOf(then, asOf))
          expect(purchasesAsOf(then, asOf).map((x) => x.purchase)).toEqual(then.purchases)
          expect(complaintsAsOf(p, asOf)).toEqual(then.complaints.map((c) => ({ filed: c.filed, resolution: c.resolution, followUps: c.followUps })))
          expect(followUpsAsOf(p, asOf)).toEqual(then.followUps)
          expect(lostAsOf(p, asOf)).toEqual(then.lost === undefined ? undefined : { markedOn: then.lost.markedOn, reason: then.lost.reason })
        }
      }),
      { numRuns: 200 },
    )
  })
})
