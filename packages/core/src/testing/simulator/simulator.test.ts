import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { decodeCommand } from '../../commands/customerCommand.js'
import { customerDecider } from '../../customer/customerDecider.js'
import type { CustomerState } from '../../customer/customerState.js'
import { type CustomerEvent, customerEventTypes } from '../../events/customerEvent.js'
import { decodeRecordedEvent } from '../../events/decodeEvent.js'
import { customerIdOfStream, customerStream, isUuid } from '../../values/customerId.js'
import type { LocalDate } from '../../values/localDate.js'
import { surnameOf } from '../../values/surname.js'
import { FESTIVAL_CODES } from './catalogues.js'
import { Prng, type SimulatedShop, simulateShop } from './index.js'

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

// One shop for the whole file: 200 customers over a year.
const shop = simulateShop({ seed: 7, customers: 200, days: 365 })
const ofType = <K extends CustomerEvent['type']>(s: SimulatedShop, type: K) =>
  s.events.map((e) => e.event).filter((e): e is Extract<CustomerEvent, { type: K }> => e.type === type)

describe('Prng', () => {
  it('is a pure function of its seed', () => {
    const a = new Prng(99)
    const b = new Prng(99)
    const xs = Array.from({ length: 50 }, () => a.u32())
    expect(Array.from({ length: 50 }, () => b.u32())).toEqual(xs)
    expect(new Set(xs).size).toBe(50)
  })

  it('makes version-4 uuids and stays within its ranges', () => {
    const rng = new Prng(1)
    for (let i = 0; i < 1000; i++) {
      expect(rng.uuid()).toMatch(UUID_V4)
      const n = rng.range(3, 5)
      expect(n >= 3 && n <= 5 && Number.isInteger(n)).toBe(true)
      const x = rng.next()
      expect(x >= 0 && x < 1).toBe(true)
    }
  })
})

describe('simulateShop: determinism', () => {
  it('the same seed and options give the same output, byte for byte', () => {
    const options = { seed: 3, customers: 60, days: 120 }
    const a = simulateShop(options)
    const b = simulateShop(options)
    expect(b).toEqual(a)
    expect(JSON.stringify(b)).toBe(JSON.stringify(a))
  })

  it('another seed gives another shop', () => {
    const a = simulateShop({ seed: 3, customers: 60, days: 120 })
    const b = simulateShop({ seed: 4, customers: 60, days: 120 })
    expect(JSON.stringify(b)).not.toBe(JSON.stringify(a))
    expect(b.customerIds).not.toEqual(a.customerIds)
  })

  it('starts on the given day (2024-01-01 by default)', () => {
    expect(shop.commands[0]?.day).toBe('2024-01-01')
    const later = simulateShop({ seed: 3, customers: 20, days: 30, startDate: '2025-06-01' as LocalDate })
    expect(later.commands[0]?.day).toBe('2025-06-01')
    expect(later.commands.every((c) => c.day >= '2025-06-01' && c.day <= '2025-06-30')).toBe(true)
  })
})

describe('simulateShop: a small shop (200 customers, a year)', () => {
  it('has every event type at least once', () => {
    const counts = new Map<string, number>()
    for (const { event } of shop.events) counts.set(event.type, (counts.get(event.type) ?? 0) + 1)
    for (const type of customerEventTypes) expect(counts.get(type) ?? 0, type).toBeGreaterThan(0)
  })

  it('rejects almost nothing', () => {
    // A refused command is a bug in the simulator or the decider; report it rather than hide it.
    expect(shop.rejected).toBeLessThanOrEqual(shop.commands.length / 1000)
  })

  it('gives every customer a distinct uuid, and every command a distinct v4 uuid', () => {
    expect(shop.customerIds).toHaveLength(200)
    expect(new Set(shop.customerIds).size).toBe(200)
    for (const id of shop.customerIds) expect(isUuid(id)).toBe(true)
    const commandIds = shop.commands.map((c) => c.commandId)
    expect(new Set(commandIds).size).toBe(commandIds.length)
    for (const id of commandIds) expect(id).toMatch(UUID_V4)
  })

  it('sends commands day by day', () => {
    for (let i = 1; i < shop.commands.length; i++) expect((shop.commands[i - 1]?.day ?? '') <= (shop.commands[i]?.day ?? '')).toBe(true)
  })

  it('every command and every event decodes unchanged', () => {
    for (const { command } of shop.commands) expect(decodeCommand(JSON.parse(JSON.stringify(command)))).toEqual(E.right(command))
    const revisions = new Map<string, number>()
    for (const { stream, event } of shop.events) {
      const revision = revisions.get(stream) ?? 0
      revisions.set(stream, revision + 1)
      const stored = { type: event.type, data: JSON.parse(JSON.stringify(event.data)) as unknown, metadata: { schemaVersion: 1 }, stream, revision }
      expect(decodeRecordedEvent(stored)).toEqual(E.right(event))
    }
  })

  it('its events are exactly what the decider decides for its commands, in the same order', () => {
    const states = new Map<string, CustomerState>()
    const decided: Array<{ stream: string; event: CustomerEvent }> = []
    let rejected = 0
    for (const { command } of shop.commands) {
      const stream = customerStream(command.data.customerId)
      const state = states.get(stream) ?? customerDecider.initialState
      const decision = customerDecider.decide(command, state)
      if (E.isLeft(decision)) {
        rejected += 1
        continue
      }
      let next = state
      for (const event of decision.right) {
        decided.push({ stream, event })
        next = customerDecider.evolve(next, event)
      }
      states.set(stream, next)
    }
    expect(decided).toEqual(shop.events)
    expect(rejected).toBe(shop.rejected)
  })

  it('opens each stream with the registration of its own customer', () => {
    const first = new Map<string, CustomerEvent>()
    for (const { stream, event } of shop.events) {
      if (!first.has(stream)) first.set(stream, event)
      expect(event.data.customerId).toBe(customerIdOfStream(stream))
    }
    for (const event of first.values()) expect(event.type).toBe('CustomerRegistered')
  })
})

describe('simulateShop: realism', () => {
  const registered = ofType(shop, 'CustomerRegistered').map((e) => e.data)
  const purchases = ofType(shop, 'PurchaseLogged').map((e) => e.data)

  it('registers mostly persons, some organisations and partners, through every channel, referrals naming earlier customers', () => {
    const kinds = new Set(registered.map((r) => r.kind))
    expect(kinds).toEqual(new Set(['person', 'organisation', 'partner']))
    expect(registered.filter((r) => r.kind === 'person').length).toBeGreaterThan(140)
    const earlier = new Set<string>()
    for (const r of registered) {
      if (r.referredBy !== undefined) expect(earlier.has(r.referredBy)).toBe(true)
      earlier.add(r.customerId)
    }
    expect(registered.some((r) => r.channel === 'referral')).toBe(true)
    expect(registered.some((r) => r.kind === 'organisation' && r.contactPerson !== undefined)).toBe(true)
  })

  it('uses realistic names: compound surnames and 曾/单/解 over a big shop, about 10% Western', () => {
    const big = simulateShop({ seed: 11, customers: 3000, days: 30 })
    const names = ofType(big, 'CustomerRegistered').filter((e) => e.data.kind === 'person').map((e) => e.data.name)
    const western = names.filter((n) => /^[A-Z]/.test(n)).length / names.length
    expect(western).toBeGreaterThan(0.05)
    expect(western).toBeLessThan(0.16)
    const surnames = new Set(names.map((n) => surnameOf(n)))
    expect(['欧阳', '司马', '诸葛', '曾', '单', '解'].filter((s) => surnames.has(s)).length).toBeGreaterThanOrEqual(4)
  })

  it('notes birthdays, about 40% of them lunar, with leap months, and dates of relatives', () => {
    const notes = ofType(simulateShop({ seed: 12, customers: 3000, days: 30 }), 'AnniversaryNoted').map((e) => e.data)
    const own = notes.filter((n) => n.kind === 'birthday' && n.relation === 'self')
    const lunar = own.filter((n) => n.date.calendar === 'lunar').length / own.length
    expect(lunar).toBeGreaterThan(0.3)
    expect(lunar).toBeLessThan(0.5)
    expect(own.some((n) => n.date.calendar === 'lunar' && n.date.leap)).toBe(true)
    expect(own.some((n) => n.date.calendar === 'lunar' && n.date.day === 30)).toBe(true)
    expect(notes.some((n) => n.kind === 'wedding')).toBe(true)
    expect(notes.some((n) => n.relation !== 'self' && n.personName !== undefined)).toBe(true)
  })

  it('logs purchases whose items add up, for festivals with their codes, some delivered', () => {
    for (const p of purchases) {
      expect(p.amount.currency).toBe('CNY')
      if (p.items.length > 0) expect(p.items.reduce((n, i) => n + i.amount.amount, 0)).toBe(p.amount.amount)
      if (p.festival !== undefined) expect(FESTIVAL_CODES).toContain(p.festival)
    }
    expect(purchases.some((p) => p.recipient !== undefined)).toBe(true)
    expect(purchases.some((p) => p.occasion === 'birthday' && p.anniversaryId !== undefined)).toBe(true)
    expect(new Set(purchases.flatMap((p) => (p.festival === undefined ? [] : [p.festival]))).size).toBeGreaterThanOrEqual(5)
  })

  it('refunds a few purchases, never more than was paid, and complaints are mostly resolved', () => {
    const refunds = ofType(shop, 'PurchaseRefunded').length
    expect(refunds / purchases.length).toBeGreaterThan(0.01)
    expect(refunds / purchases.length).toBeLessThan(0.08)
    const filed = ofType(shop, 'ComplaintFiled').length
    const resolved = ofType(shop, 'ComplaintResolved')
    expect(resolved.length / filed).toBeGreaterThan(0.7)
    expect(resolved.some((r) => !r.data.satisfied)).toBe(true)
  })

  it('about 30% join the membership', () => {
    const big = simulateShop({ seed: 13, customers: 2000, days: 365 })
    const share = ofType(big, 'MembershipJoined').length / big.customerIds.length
    expect(share).toBeGreaterThan(0.2)
    expect(share).toBeLessThan(0.4)
  })

  it.each(['snack', 'building'] as const)('simulates a %s shop too, all decoding, with its own articles', (kind) => {
    const other = simulateShop({ seed: 5, customers: 100, days: 200, shop: kind })
    expect(other.rejected).toBe(0)
    for (const { event, stream } of other.events)
      expect(decodeRecordedEvent({ type: event.type, data: event.data, metadata: { schemaVersion: 1 }, stream, revision: 0 })).toEqual(E.right(event))
    const names = new Set(ofType(other, 'PurchaseLogged').flatMap((p) => p.data.items.map((i) => i.name)))
    expect(names.has(kind === 'snack' ? '珍珠奶茶' : '瓷砖')).toBe(true)
  })
})

// The full-size run (20,000 customers × 730 days, over 1,000,000 events) is
// exercised by `pnpm bench`, which prints its event count; it takes ~15 s.
