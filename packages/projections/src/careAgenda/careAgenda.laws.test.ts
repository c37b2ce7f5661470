// Laws of the care agenda: it equals the brute force computed from the raw
// events; the care index is the same however its events are batched; the
// order is total and does not depend on how customers' events interleave.
import { addDays, type LocalDate } from '@clientele/core'
import { shopHistoryArb, simulateShop, type StreamEvent } from '@clientele/core/testing'
import { fc, test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import { builtInFestivalRules } from '../calendar/festivals.js'
import { dateIndex } from '../dateIndex/dateIndex.js'
import { projectedEventsOf } from '../internal/projectedEvents.test-support.js'
import { applyAll, type ProjectedEvent } from '../projection.js'
import { careAgenda } from './careAgenda.js'
import { createCareIndex } from './careIndex.js'
import { profiles } from '../profiles/index.js'
import { tiersAsOf } from '../segments/tiersAsOf.js'
import { type CareAgendaOptions, type CareItem, compareCareItems } from './careItems.js'
import { bruteAgenda, factsOf, type KeyRule } from './oracle.test-support.js'

// ── Arbitraries ─────────────────────────────────────────────────────────────

const rawShopArb = shopHistoryArb({ maxCustomers: 6, maxCommands: 40 })
const simulatedArb = fc
  .record({ seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }), customers: fc.integer({ min: 1, max: 30 }), days: fc.integer({ min: 1, max: 420 }) })
  .map((o) => simulateShop(o).events)
const historyArb = fc.oneof(rawShopArb, simulatedArb)

const keyRuleArb: fc.Arbitrary<KeyRule> = fc.record({
  keySpend: fc.oneof(fc.constant(100_000), fc.integer({ min: 0, max: 300_000 })),
  keyPurchases: fc.oneof(fc.constant(10), fc.integer({ min: 1, max: 6 })),
})

const optionsArb: fc.Arbitrary<CareAgendaOptions> = fc.record(
  {
    anniversaryDays: fc.integer({ min: -1, max: 40 }),
    followUpAfterDays: fc.array(fc.integer({ min: -1, max: 10 }), { maxLength: 3 }),
    festivalLeadDays: fc.integer({ min: -1, max: 40 }),
    festivals: fc.record(
      {
        drop: fc.subarray(builtInFestivalRules.map((r) => r.code)),
        add: fc.constant([{ code: 'mid_autumn', name: '中秋', nameEn: 'Mid-Autumn', rule: { kind: 'gregorian' as const, month: 9, day: 20 } }]),
      },
      { requiredKeys: [] },
    ),
    membershipExpiryDays: fc.integer({ min: -1, max: 60 }),
    includeYesterday: fc.boolean(),
    anniversaryRules: fc.record(
      {
        feb29: fc.constantFrom('feb28' as const, 'mar1' as const),
        lunarLeapMonth: fc.constantFrom('leapWhenPresent' as const, 'alwaysOrdinary' as const),
        lunarMissingDay30: fc.constantFrom('lastDayOfMonth' as const, 'skip' as const),
      },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: [] },
)

/** The days a history talks about (purchases, complaints, memberships, registrations, …). */
const daysIn = (events: ReadonlyArray<StreamEvent>): LocalDate[] =>
  events.flatMap(({ event }) => Object.values(event.data).filter((v): v is LocalDate => typeof v === 'string' && /^\d{4}-\d\d-\d\d$/.test(v)))

/** A day near something that happened, so that windows catch it. */
const nearDayArb = (events: ReadonlyArray<StreamEvent>): fc.Arbitrary<LocalDate> => {
  const days = daysIn(events).filter((d) => d > '1900-02-01' && d < '2199-11-30')
  return days.length === 0
    ? fc.constant('2025-06-10' as LocalDate)
    : fc.tuple(fc.constantFrom(...days), fc.integer({ min: -20, max: 20 })).map(([d, n]) => addDays(d, n))
}

const caseArb = historyArb.chain((events) => fc.tuple(fc.constant(events), nearDayArb(events), optionsArb, keyRuleArb))

// ── Building ────────────────────────────────────────────────────────────────

const buildWith = (events: ReadonlyArray<ProjectedEvent>, key: KeyRule) => {
  const care = createCareIndex(key)
  return { careIndex: applyAll(care, care.init(), events), dateIndex: applyAll(dateIndex, dateIndex.init(), events) }
}

/** The same customers' histories merged in another global order, each stream's own order kept. */
const reinterleave = (events: ReadonlyArray<StreamEvent>, picks: ReadonlyArray<number>): StreamEvent[] => {
  const streams = new Map<string, StreamEvent[]>()
  for (const e of events) streams.set(e.stream, [...(streams.get(e.stream) ?? []), e])
  const pending = [...streams.values()]
  const out: StreamEvent[] = []
  for (let k = 0; pending.length > 0; k++) {
    const i = (picks[k % Math.max(1, picks.length)] ?? 0) % pending.length
    const next = pending[i]?.shift()
    if (next !== undefined) out.push(next)
    if (pending[i]?.length === 0) pending.splice(i, 1)
  }
  return out
}

// ── Laws ────────────────────────────────────────────────────────────────────

// Generating and simulating shop histories dominates the run time; a slow machine needs more than vitest's 5 s.
describe('care agenda laws', { timeout: 120_000 }, () => {
  test.prop([caseArb], { numRuns: 300 })('the agenda equals the brute force computed from the raw events', ([raw, day, options, key]) => {
    const events = projectedEventsOf(raw)
    expect(careAgenda(buildWith(events, key), day, options)).toEqual(bruteAgenda(factsOf(events), day, options, key))
  })

  const cadenceArb = fc.record(
    { A: fc.integer({ min: -1, max: 40 }), B: fc.integer({ min: 0, max: 60 }), C: fc.integer({ min: 1, max: 90 }), E: fc.integer({ min: 1, max: 200 }) },
    { requiredKeys: [] },
  )
  test.prop([caseArb, fc.option(cadenceArb, { nil: undefined })], { numRuns: 200 })(
    'with the tiers of the day, tier follow-ups equal the brute force too',
    ([raw, day, options, key], cadence) => {
      const events = projectedEventsOf(raw)
      const report = tiersAsOf(applyAll(profiles, profiles.init(), events), day)
      if (report._tag === 'Left') throw new Error(report.left.reason)
      const withTiers: CareAgendaOptions = { ...options, tiers: report.right.customers, ...(cadence !== undefined && { followUpCadence: cadence }) }
      expect(careAgenda(buildWith(events, key), day, withTiers)).toEqual(bruteAgenda(factsOf(events), day, withTiers, key))
    },
  )

  test.prop([historyArb, fc.array(fc.nat(), { maxLength: 8 }), keyRuleArb], { numRuns: 150 })(
    'building the care index in one pass equals building it in any batch split, with checkpoints between',
    (raw, cuts, key) => {
      const events = projectedEventsOf(raw)
      const projection = createCareIndex(key)
      const points = [...new Set(cuts.map((c) => c % (events.length + 1)))].sort((a, b) => a - b)
      let state = projection.init()
      let start = 0
      for (const end of [...points, events.length]) {
        state = structuredClone(applyAll(projection, state, events.slice(start, end)))
        start = end
      }
      expect(state).toEqual(applyAll(projection, projection.init(), events))
    },
  )

  test.prop([caseArb, fc.array(fc.nat(), { minLength: 1, maxLength: 20 })], { numRuns: 150 })(
    'the order is deterministic: same input, same output; another interleaving or a shuffle changes nothing',
    ([raw, day, options, key], picks) => {
      const events = projectedEventsOf(raw)
      const agenda = careAgenda(buildWith(events, key), day, options)
      expect(careAgenda(buildWith(events, key), day, options)).toEqual(agenda)
      expect(careAgenda(buildWith(projectedEventsOf(reinterleave(raw, picks)), key), day, options)).toEqual(agenda)
      expect(new Set(agenda.map((i) => i.id)).size).toBe(agenda.length)
      const shuffled = agenda.map((item, i) => ({ item, k: picks[i % picks.length] ?? 0 })).sort((a, b) => a.k - b.k).map((x) => x.item)
      expect(shuffled.sort(compareCareItems)).toEqual(agenda)
    },
  )

  test.prop([caseArb], { numRuns: 150 })('forgotten customers never appear; lost ones get no after-sales calls', ([raw, day, options, key]) => {
    const events = projectedEventsOf(raw)
    const built = buildWith(events, key)
    const agenda = careAgenda(built, day, options)
    const forgotten = new Set(events.filter((e) => e.event.type === 'CustomerForgotten').map((e) => e.customerId))
    for (const item of agenda) {
      expect(forgotten.has(item.customerId)).toBe(false)
      if (item.reason === 'purchase_follow_up' || item.reason === 'yesterdays_customer') expect(built.careIndex.customers.get(item.customerId)?.lost).toBe(false)
    }
  })
})

describe('on a simulated shop', { timeout: 120_000 }, () => {
  it('every fifth day of a year equals the brute force, and every kind of item turns up', () => {
    const events = projectedEventsOf(simulateShop({ seed: 7, customers: 300, days: 420 }).events)
    const built = buildWith(events, { keySpend: 100_000, keyPurchases: 10 })
    const facts = factsOf(events)
    const profileState = applyAll(profiles, profiles.init(), events)
    const seen = new Set<string>()
    for (let i = 30; i < 420; i += 5) {
      const day = addDays('2024-01-01' as LocalDate, i)
      const report = tiersAsOf(profileState, day)
      if (report._tag === 'Left') throw new Error(report.left.reason)
      const options: CareAgendaOptions = i % 10 === 0 ? { tiers: report.right.customers } : {}
      const agenda: ReadonlyArray<CareItem> = careAgenda(built, day, options)
      expect(agenda).toEqual(bruteAgenda(facts, day, options))
      for (const item of agenda) seen.add(item.reason === 'festival_greeting' ? `${item.reason}/${item.details.why}` : item.reason)
    }
    expect([...seen].sort()).toEqual([
      'anniversary',
      'complaint_follow_up',
      'festival_greeting/bought_for_it_before',
      'festival_greeting/key_customer',
      'membership_expiring',
      'open_complaint',
      'purchase_follow_up',
      'tier_follow_up',
      'yesterdays_customer',
    ])
  })
})
