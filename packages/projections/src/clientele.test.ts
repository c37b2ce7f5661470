import * as E from 'fp-ts/lib/Either.js'
import { createMemoryEventStore } from '@clientele/adapter-memory'
import type { CustomerId, LocalDate } from '@clientele/core'
import { describe, expect, it } from 'vitest'
import { createClientele } from './clientele.js'

const customerId = '5d0c8a3e-1b2f-4c6d-8e9f-0a1b2c3d4e5f' as CustomerId
const cmd = (n: number) => ({ commandId: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}` })

describe('the Clientele facade', () => {
  it('refuses an unknown time zone', async () => {
    expect(await createClientele({ store: createMemoryEventStore(), timeZone: 'Mars/Olympus' })).toEqual(E.left({ _tag: 'TimeZoneInvalid' }))
    // Left out by JavaScript code, or empty: not the machine's own zone in disguise.
    expect(await createClientele({ store: createMemoryEventStore() } as never)).toEqual(E.left({ _tag: 'TimeZoneInvalid' }))
    expect(await createClientele({ store: createMemoryEventStore(), timeZone: ' ' })).toEqual(E.left({ _tag: 'TimeZoneInvalid' }))
  })

  it('executes commands and shows them in every view at once', async () => {
    const started = await createClientele({ store: createMemoryEventStore(), timeZone: 'Asia/Shanghai' })
    if (E.isLeft(started)) throw new Error('did not start')
    const c = started.right
    await c.execute({ type: 'RegisterCustomer', data: { customerId, kind: 'person', name: '曾小贤', registeredOn: '2026-01-05', channel: 'walk_in', phones: ['139-0000-1234'] } }, cmd(1))
    await c.execute({ type: 'NoteAnniversary', data: { customerId, anniversaryId: 'bday', kind: 'birthday', relation: 'self', date: { calendar: 'lunar', month: 8, day: 15, leap: false } } }, cmd(2))
    const purchase = await c.execute({ type: 'LogPurchase', data: { customerId, purchaseId: 'R1', purchasedOn: '2026-01-05', amount: { amount: 16800 }, items: [], occasion: 'self' } }, cmd(3))
    expect(E.isRight(purchase)).toBe(true)
    expect(c.profile(customerId)).toMatchObject({ _tag: 'Found', profile: { name: '曾小贤', totals: { net: 16800, count: 1 } } })
    expect(c.search('zxx')).toMatchObject({ right: [{ customerId }] })
    expect(c.search('1234')).toMatchObject({ right: [{ customerId }] })
    // Mid-Autumn 2026 is on September 25: the lunar birthday lands there.
    expect(c.anniversariesOn('2026-09-25' as LocalDate)).toMatchObject([{ customerId, anniversaryId: 'bday', occursOn: '2026-09-25' }])
    expect(c.festivals(2027).find((f) => f.code === 'spring_festival')?.date).toBe('2027-02-06')
    expect(c.today(new Date('2026-11-22T17:30:00Z'))).toBe('2026-11-23')
    // Three days before the lunar birthday, it is on the morning agenda.
    expect(c.agenda('2026-09-22' as LocalDate).filter((i) => i.customerId === customerId && i.reason === 'anniversary')).toHaveLength(1)
    await c.close()
  })

  it('resumes from a checkpoint on a later start', async () => {
    const store = createMemoryEventStore()
    const first = await createClientele({ store, timeZone: 'Asia/Shanghai' })
    if (E.isLeft(first)) throw new Error('did not start')
    await first.right.execute({ type: 'RegisterCustomer', data: { customerId, kind: 'person', name: '单田芳', registeredOn: '2026-01-05', channel: 'phone' } }, cmd(1))
    const saved = first.right.checkpoint()
    await first.right.close()
    const second = await createClientele({ store, timeZone: 'Asia/Shanghai', from: saved })
    if (E.isLeft(second)) throw new Error('did not start')
    expect(second.right.search('单')).toMatchObject({ right: [{ customerId }] })
    await second.right.close()
  })

  it('answers the segments and reports as of a day, and puts tier follow-ups on the agenda by default', async () => {
    const started = await createClientele({ store: createMemoryEventStore(), timeZone: 'Asia/Shanghai' })
    if (E.isLeft(started)) throw new Error('did not start')
    const c = started.right
    await c.execute({ type: 'RegisterCustomer', data: { customerId, kind: 'person', name: '胡一菲', registeredOn: '2026-01-05', channel: 'walk_in' } }, cmd(1))
    for (let i = 0; i < 5; i++) {
      const day = `2026-03-${String(1 + i * 5).padStart(2, '0')}`
      await c.execute({ type: 'LogPurchase', data: { customerId, purchaseId: `R${i}`, purchasedOn: day, amount: { amount: 5000 }, items: [], occasion: 'self' } }, cmd(10 + i))
    }
    const asOf = '2026-03-25' as LocalDate
    expect(c.tiers(asOf)).toMatchObject({ right: { customers: [{ customerId, tier: 'C', purchasesInWindow: 5 }] } })
    expect(c.tierChanges('2026-02-28' as LocalDate, asOf)).toMatchObject({ right: { changes: [{ customerId, to: 'C' }] } })
    expect(c.sales(asOf)).toMatchObject({ right: {} })
    expect(c.complaints(asOf)).toMatchObject({ right: {} })
    expect(E.isRight(c.rfm(asOf))).toBe(true)
    expect(E.isRight(c.valueClasses(asOf))).toBe(true)
    // The tier is the tier of the agenda's day: by April 20 nothing was bought in the last
    // 30 days, so the customer has slipped to "occasional", called every 60 days after March 21.
    const tierCalls = (day: string) => c.agenda(day as LocalDate).filter((i) => i.reason === 'tier_follow_up')
    expect(tierCalls('2026-05-19')).toEqual([])
    expect(tierCalls('2026-05-20')).toMatchObject([{ customerId, details: { tier: 'occasional', cadenceDays: 60, daysSinceContact: 60 } }])
    expect(c.agenda('2026-05-20' as LocalDate, { tiers: [] }).filter((i) => i.reason === 'tier_follow_up')).toEqual([])
    await c.close()
  })

  it('refuses tier rules that make no sense before it starts', async () => {
    const started = await createClientele({ store: createMemoryEventStore(), timeZone: 'Asia/Shanghai', tierRules: { thresholds: { A: 0 } } })
    expect(started).toMatchObject({ left: { _tag: 'SegmentOptionInvalid', option: 'thresholds.A' } })
  })

  it('puts at-risk key customers on the agenda by default, and recomputes once the views change', async () => {
    const started = await createClientele({ store: createMemoryEventStore(), timeZone: 'Asia/Shanghai' })
    if (E.isLeft(started)) throw new Error('did not start')
    const c = started.right
    await c.execute({ type: 'RegisterCustomer', data: { customerId, kind: 'person', name: '吕子乔', registeredOn: '2026-01-01', channel: 'walk_in' } }, cmd(1))
    await c.execute({ type: 'LogPurchase', data: { customerId, purchaseId: 'R1', purchasedOn: '2026-01-01', amount: { amount: 150_000 }, items: [], occasion: 'self' } }, cmd(2))
    const winBack = () => c.agenda('2026-05-01' as LocalDate).filter((i) => i.reason === 'win_back')
    expect(winBack()).toMatchObject([{ customerId, details: { atRiskBecause: 'one_time_buyer_lapsed', daysSinceLastPurchase: 120 } }])
    expect(c.agenda('2026-05-01' as LocalDate, { winBack: [] }).filter((i) => i.reason === 'win_back')).toEqual([])
    await c.execute({ type: 'LogPurchase', data: { customerId, purchaseId: 'R2', purchasedOn: '2026-04-30', amount: { amount: 100 }, items: [], occasion: 'self' } }, cmd(3))
    expect(winBack()).toEqual([])
    await c.close()
  })
})
