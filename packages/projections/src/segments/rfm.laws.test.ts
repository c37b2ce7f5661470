// Laws of RFM: as of a day it equals the RFM of the history replayed up to
// that day, and a plain recomputation from the raw events, with scores,
// segments and classes spelt out differently from the implementation.
import { addDays, daysBetween, type LocalDate } from '@clientele/core'
import type { StreamEvent } from '@clientele/core/testing'
import fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { historyUpTo } from '../history/historyUpTo.test-support.js'
import { build, historyAndDay, kept, rawHistory, worth } from './rawHistory.test-support.js'
import { rfmAsOf } from './rfmAsOf.js'
import type { RfmOptions } from './rfmOptions.js'

const optionsArb: fc.Arbitrary<RfmOptions> = fc.oneof(
  fc.constant({}),
  fc.record({ split: fc.constantFrom('median' as const, 'mean' as const), windowDays: fc.integer({ min: 1, max: 60 }), frequencyFrom: fc.constant([2, 3, 4, 6] as const) }),
)

const right = <A>(e: E.Either<unknown, A>): A => {
  if (E.isLeft(e)) throw new Error('unexpected Left')
  return e.right
}

// The usual segment map, written as conditions on R and F.
const segmentOf = (r: number, f: number): string => {
  if (r === 5 && f >= 4) return 'champions'
  if (r >= 3 && f >= 4) return 'loyal'
  if (r >= 4 && f >= 2) return 'potential_loyalist'
  if (r === 5) return 'new_customers'
  if (r === 4) return 'promising'
  if (r === 3 && f === 3) return 'need_attention'
  if (r === 3) return 'about_to_sleep'
  if (f === 5) return 'cant_lose_them'
  if (f >= 3) return 'at_risk'
  return r === 1 && f === 1 ? 'lost' : 'hibernating'
}

const CLASSES: Record<string, string> = {
  '111': 'important_value', '101': 'important_development', '011': 'important_retention', '001': 'important_win_back',
  '110': 'general_value', '100': 'general_development', '010': 'general_retention', '000': 'general_win_back',
}

const bruteRfm = (events: ReadonlyArray<StreamEvent>, asOf: LocalDate, options: RfmOptions) => {
  const from = options.windowDays === undefined ? undefined : addDays(asOf, -(options.windowDays - 1))
  const fFrom = options.frequencyFrom ?? [2, 3, 5, 10]
  const buyers = rawHistory(events, asOf)
    .map((c) => ({ id: c.id, bought: kept(c).filter((p) => from === undefined || p.on >= from) }))
    .filter((c) => c.bought.length > 0)
    .map((c) => ({
      id: c.id,
      recency: daysBetween(c.bought.map((p) => p.on).sort().at(-1) as LocalDate, asOf),
      frequency: c.bought.length,
      monetary: c.bought.map(worth).reduce((a, b) => a + b, 0),
    }))
    .sort((a, b) => (a.id < b.id ? -1 : 1))
  const n = buyers.length
  const centre = (xs: number[]): number => {
    const s = [...xs].sort((a, b) => a - b)
    if (options.split === 'mean') return s.reduce((a, b) => a + b, 0) / s.length
    return s.length % 2 === 1 ? (s[(s.length - 1) / 2] as number) : ((s[s.length / 2 - 1] as number) + (s[s.length / 2] as number)) / 2
  }
  const split = { recency: centre(buyers.map((b) => b.recency)), frequency: centre(buyers.map((b) => b.frequency)), monetary: centre(buyers.map((b) => b.monetary)) }
  return buyers.map((b) => {
    // Mid-rank quintiles: the buyers strictly worse, and half of those with the same value (itself included).
    const midRank = (worse: number, same: number) => 1 + Math.floor((5 * (worse + same / 2)) / n)
    const r = midRank(buyers.filter((o) => o.recency > b.recency).length, buyers.filter((o) => o.recency === b.recency).length)
    const m = midRank(buyers.filter((o) => o.monetary < b.monetary).length, buyers.filter((o) => o.monetary === b.monetary).length)
    const f = 1 + fFrom.filter((t) => b.frequency >= t).length
    const key = `${b.recency < split.recency ? 1 : 0}${b.frequency > split.frequency ? 1 : 0}${b.monetary > split.monetary ? 1 : 0}`
    return { customerId: b.id, recencyDays: b.recency, frequency: b.frequency, monetary: b.monetary, r, f, m, segment: segmentOf(r, f), rfmClass: CLASSES[key] }
  })
}

describe('RFM laws', () => {
  it('as of a day equals the RFM of the history replayed up to that day', () => {
    fc.assert(
      fc.property(historyAndDay, optionsArb, ({ events, asOf }, options) => {
        expect(rfmAsOf(build(events), asOf, options)).toEqual(rfmAsOf(build(historyUpTo(events, asOf)), asOf, options))
      }),
      { numRuns: 60 },
    )
  })

  it('equals a plain recomputation from the raw events', () => {
    fc.assert(
      fc.property(historyAndDay, optionsArb, ({ events, asOf }, options) => {
        const report = right(rfmAsOf(build(events), asOf, options))
        expect([...report.customers].sort((a, b) => (a.customerId < b.customerId ? -1 : 1)).map(({ customerId, recencyDays, frequency, monetary, r, f, m, segment, rfmClass }) => ({ customerId, recencyDays, frequency, monetary, r, f, m, segment, rfmClass }))).toEqual(
          bruteRfm(events, asOf, options),
        )
      }),
      { numRuns: 100 },
    )
  })
})
