// The care agenda on hand-written shops: one scenario per kind of item, the
// lost and forgotten rules, and the order.
import { describe, expect, it } from 'vitest'
import { applyAll } from '../projection.js'
import { careAgenda } from './careAgenda.js'
import { careIndex, createCareIndex } from './careIndex.js'
import { lastPurchaseFor } from './careIndexState.js'
import {
  A, agendaOf, B, build, C, complaint, d, followUp, forgotten, joined, markedLost, noted, projected, purchase, refund, registered, renewed, resolved,
} from './fixtures.test-support.js'

describe('the care index', () => {
  it('is named careIndex and its state survives structuredClone, shared purchases included', () => {
    const state = build(projected([registered(A), purchase(A, 'P1', '2026-06-01'), followUp(A, 'F1', '2026-06-02', { purchaseId: 'P1' })])).careIndex
    expect(careIndex.name).toBe('careIndex')
    const copy = structuredClone(state)
    expect(copy).toEqual(state)
    expect(copy.purchasesByDay.get(d('2026-06-01'))?.[0]).toBe(copy.customers.get(A)?.purchases.find((p) => p.purchaseId === 'P1'))
    expect(state.customers.get(A)?.followedUp).toContain('P1')
  })

  it('key customers by net spend or purchase count, thresholds fixed at creation', () => {
    const events = projected([purchase(A, 'P1', '2026-01-01', {}, 150_000), purchase(B, 'P2', '2026-01-01', {}, 100), purchase(B, 'P3', '2026-01-02', {}, 100)])
    expect([...applyAll(careIndex, careIndex.init(), events).keyCustomers]).toEqual([A])
    const strict = createCareIndex({ keySpend: 200_000, keyPurchases: 2 })
    expect([...applyAll(strict, strict.init(), events).keyCustomers]).toEqual([B])
    const refunded = applyAll(careIndex, careIndex.init(), projected([purchase(A, 'P1', '2026-01-01', {}, 150_000), refund(A, 'P1', '2026-01-03', 60_000)]))
    expect(refunded.keyCustomers.size).toBe(0)
    expect(refunded.customers.get(A)?.netSpend).toBe(90_000)
  })

  it('a purchase refunded in full is a return: it does not count towards the ten', () => {
    const ten = Array.from({ length: 10 }, (_, i) => purchase(A, `P${i}`, '2026-01-01', {}, 1_000))
    const key = (events: ReturnType<typeof purchase>[]) => applyAll(careIndex, careIndex.init(), projected(events)).keyCustomers.has(A)
    expect(key(ten)).toBe(true)
    expect(key([...ten, refund(A, 'P3', '2026-01-02', 400)])).toBe(true) // part of it back: still a purchase
    expect(key([...ten, refund(A, 'P3', '2026-01-02', 1_000)])).toBe(false)
    const zero = [...ten.slice(0, 9), purchase(A, 'P9', '2026-01-01', {}, 0)]
    expect(key(zero)).toBe(true) // a gift of nothing still counts as a visit
  })
})

describe('important dates', () => {
  it('a birthday in 3 days, with what was bought for it last year', () => {
    const items = agendaOf(
      [
        registered(A),
        noted(A, 'b1', { calendar: 'gregorian', month: 6, day: 13 }, { relation: 'spouse', personName: '王芳' }),
        purchase(A, 'P1', '2025-06-12', { occasion: 'birthday', anniversaryId: 'b1' }, 29_900, ['玫瑰花束', '贺卡']),
      ],
      '2026-06-10',
    )
    expect(items).toEqual([
      {
        reason: 'anniversary',
        customerId: A,
        priority: 2,
        due: '2026-06-13',
        id: `anniversary ${A} b1 2026-06-13`,
        details: {
          anniversaryId: 'b1',
          kind: 'birthday',
          relation: 'spouse',
          personName: '王芳',
          occursOn: '2026-06-13',
          daysLeft: 3,
          lastPurchaseForIt: { purchaseId: 'P1', purchasedOn: '2025-06-12', amount: { amount: 29_900, currency: 'CNY' }, items: ['玫瑰花束', '贺卡'], matchedBy: 'anniversary' },
        },
      },
    ])
  })

  it('tomorrow is priority 1; without a purchase for the date, the last for its occasion', () => {
    const items = agendaOf(
      [noted(A, 'b1', { calendar: 'gregorian', month: 6, day: 11, year: 1990 }), purchase(A, 'P1', '2025-03-01', { occasion: 'birthday' })],
      '2026-06-10',
    )
    expect(items).toMatchObject([
      { reason: 'anniversary', priority: 1, due: '2026-06-11', details: { daysLeft: 1, yearsSince: 36, lastPurchaseForIt: { purchaseId: 'P1', matchedBy: 'occasion' } } },
    ])
    expect(agendaOf([noted(A, 'b1', { calendar: 'gregorian', month: 6, day: 17 })], '2026-06-10')).toEqual([]) // day 7: outside the default week
    expect(agendaOf([noted(A, 'b1', { calendar: 'gregorian', month: 6, day: 17 })], '2026-06-10', { anniversaryDays: 8 })).toHaveLength(1)
  })

  it('falls back on a purchase for the occasion only when it names no other date', () => {
    const events = [
      noted(A, 'own', { calendar: 'gregorian', month: 6, day: 13 }),
      noted(A, 'child', { calendar: 'gregorian', month: 3, day: 1 }, { relation: 'child' }),
      purchase(A, 'K1', '2026-02-28', { occasion: 'birthday', anniversaryId: 'child' }),
    ]
    expect(agendaOf(events, '2026-06-10')).toMatchObject([{ reason: 'anniversary', details: { anniversaryId: 'own' } }])
    expect((agendaOf(events, '2026-06-10')[0]?.details as { lastPurchaseForIt?: unknown }).lastPurchaseForIt).toBeUndefined()
    const untagged = agendaOf([...events, purchase(A, 'U1', '2025-12-01', { occasion: 'birthday' })], '2026-06-10')
    expect(untagged).toMatchObject([{ details: { anniversaryId: 'own', lastPurchaseForIt: { purchaseId: 'U1', matchedBy: 'occasion' } } }])
  })

  it('the last purchase for it is the latest by day, the later logged on the same day; an older import does not replace it', () => {
    const events = [
      noted(A, 'b1', { calendar: 'gregorian', month: 6, day: 13 }),
      purchase(A, 'P1', '2025-06-12', { occasion: 'birthday', anniversaryId: 'b1' }),
      purchase(A, 'P2', '2025-06-12', { occasion: 'birthday', anniversaryId: 'b1' }),
      purchase(A, 'P0', '2024-06-12', { occasion: 'birthday', anniversaryId: 'b1' }),
    ]
    expect(agendaOf(events, '2026-06-10')).toMatchObject([{ details: { lastPurchaseForIt: { purchaseId: 'P2' } } }])
  })

  it('a lunar birthday falls on its lunar day this year and counts lunar years', () => {
    // Lunar 8-15 of 2025 is 2025-10-06.
    const items = agendaOf([noted(A, 'lunar', { calendar: 'lunar', month: 8, day: 15, leap: false, year: 1990 })], '2025-10-04')
    expect(items).toMatchObject([{ reason: 'anniversary', priority: 2, due: '2025-10-06', details: { occursOn: '2025-10-06', daysLeft: 2, yearsSince: 35 } }])
  })
})

describe('festival greetings', () => {
  const history = [
    registered(A),
    registered(B),
    registered(C),
    purchase(B, 'M1', '2024-09-15', { occasion: 'festival', festival: 'mid_autumn' }, 38_800, ['月饼礼盒']),
    purchase(C, 'K1', '2025-05-01', {}, 120_000),
    purchase(A, 'V1', '2025-02-14', { occasion: 'festival', festival: 'valentines' }),
  ]

  it('to those who bought moon cakes for Mid-Autumn last year (2), and to key customers (3)', () => {
    // Mid-Autumn 2025 is 2025-10-06: within three days of 2025-10-03.
    const items = agendaOf(history, '2025-10-03')
    expect(items).toEqual([
      {
        reason: 'festival_greeting',
        customerId: B,
        priority: 2,
        due: '2025-10-06',
        id: `festival_greeting ${B} mid_autumn 2025-10-06`,
        details: {
          festival: 'mid_autumn',
          name: '中秋节',
          date: '2025-10-06',
          daysLeft: 3,
          why: 'bought_for_it_before',
          lastPurchaseForIt: { purchaseId: 'M1', purchasedOn: '2024-09-15', amount: { amount: 38_800, currency: 'CNY' }, items: ['月饼礼盒'], matchedBy: 'festival' },
        },
      },
      {
        reason: 'festival_greeting',
        customerId: C,
        priority: 3,
        due: '2025-10-06',
        id: `festival_greeting ${C} mid_autumn 2025-10-06`,
        details: { festival: 'mid_autumn', name: '中秋节', date: '2025-10-06', daysLeft: 3, why: 'key_customer' },
      },
    ])
  })

  it('not before the lead window; a shop can drop a festival or change the lead', () => {
    expect(agendaOf(history, '2025-10-02')).toEqual([])
    expect(agendaOf(history, '2025-10-02', { festivalLeadDays: 4 })).toHaveLength(2)
    expect(agendaOf(history, '2025-10-03', { festivals: { drop: ['mid_autumn'] } })).toEqual([])
  })
})

describe('after-sales calls', () => {
  it('a purchase 3 days ago without a follow-up is due; one followed up is not', () => {
    const base = [registered(A), registered(B), purchase(A, 'P1', '2026-06-07'), purchase(B, 'P2', '2026-06-07')]
    const items = agendaOf([...base, followUp(B, 'F1', '2026-06-08', { purchaseId: 'P2' })], '2026-06-10')
    expect(items).toEqual([
      { reason: 'purchase_follow_up', customerId: A, priority: 2, due: '2026-06-10', id: `purchase_follow_up ${A} P1`, details: { purchaseId: 'P1', purchasedOn: '2026-06-07', daysSince: 3 } },
    ])
    // Any follow-up since the purchase counts; one before it does not.
    expect(agendaOf([...base, followUp(A, 'F1', '2026-06-09'), followUp(B, 'F2', '2026-06-01')], '2026-06-10').map((i) => i.customerId)).toEqual([B])
    expect(agendaOf(base, '2026-06-10', { followUpAfterDays: [2, 4] })).toEqual([])
  })

  it("yesterday's customers: one item per customer, their purchases not yet followed up", () => {
    const events = [purchase(A, 'P2', '2026-06-09'), purchase(A, 'P1', '2026-06-09'), purchase(B, 'P3', '2026-06-09'), followUp(B, 'F1', '2026-06-09', { purchaseId: 'P3' })]
    expect(agendaOf(events, '2026-06-10')).toEqual([
      { reason: 'yesterdays_customer', customerId: A, priority: 3, due: '2026-06-10', id: `yesterdays_customer ${A} 2026-06-09`, details: { purchaseIds: ['P1', 'P2'] } },
    ])
    expect(agendaOf(events, '2026-06-10', { includeYesterday: false })).toEqual([])
  })
})

describe('complaints', () => {
  it('an open complaint is priority 1 with the days it has been open', () => {
    const items = agendaOf([registered(A), purchase(A, 'P1', '2026-06-01'), complaint(A, 'C1', '2026-06-05')], '2026-06-10', { followUpAfterDays: [] })
    expect(items).toEqual([
      { reason: 'open_complaint', customerId: A, priority: 1, due: '2026-06-10', id: `open_complaint ${A} C1`, details: { complaintId: 'C1', filedOn: '2026-06-05', daysOpen: 5 } },
    ])
    expect(agendaOf([complaint(A, 'C1', '2026-06-11')], '2026-06-10')).toEqual([])
  })

  it('a resolved complaint awaits its follow-up, then is gone', () => {
    const filedAndResolved = [complaint(A, 'C1', '2026-06-05'), followUp(A, 'F0', '2026-06-06', { complaintId: 'C1' }), resolved(A, 'C1', '2026-06-08')]
    expect(agendaOf(filedAndResolved, '2026-06-10')).toEqual([
      { reason: 'complaint_follow_up', customerId: A, priority: 1, due: '2026-06-10', id: `complaint_follow_up ${A} C1`, details: { complaintId: 'C1', resolvedOn: '2026-06-08' } },
    ])
    expect(agendaOf(filedAndResolved, '2026-06-08')).toEqual([]) // from the day after the resolution
    expect(agendaOf([...filedAndResolved, followUp(A, 'F1', '2026-06-10', { complaintId: 'C1' })], '2026-06-10')).toEqual([])
  })

  it('goes by the days of the call and the resolution, not the order they were entered in', () => {
    const filed = complaint(A, 'C1', '2026-06-05')
    // A call about the day before the resolution, entered after it: still awaiting a follow-up.
    expect(agendaOf([filed, resolved(A, 'C1', '2026-06-08'), followUp(A, 'F1', '2026-06-06', { complaintId: 'C1' })], '2026-06-10')).toMatchObject([
      { reason: 'complaint_follow_up', details: { complaintId: 'C1', resolvedOn: '2026-06-08' } },
    ])
    // A call the day after the resolution, entered before it: already followed up.
    expect(agendaOf([filed, followUp(A, 'F1', '2026-06-09', { complaintId: 'C1' }), resolved(A, 'C1', '2026-06-08')], '2026-06-10')).toEqual([])
  })
})

describe('memberships', () => {
  it('expiring within 3 days is priority 2, within the fortnight 3; a renewal moves it', () => {
    expect(agendaOf([joined(A, '2025-06-12', '2026-06-12')], '2026-06-10')).toEqual([
      { reason: 'membership_expiring', customerId: A, priority: 2, due: '2026-06-12', id: `membership_expiring ${A} 2026-06-12`, details: { expiresOn: '2026-06-12', daysLeft: 2 } },
    ])
    expect(agendaOf([joined(A, '2025-06-12', '2026-06-20')], '2026-06-10')).toMatchObject([{ priority: 3, details: { daysLeft: 10 } }])
    expect(agendaOf([joined(A, '2025-06-12', '2026-06-12'), renewed(A, '2026-06-09', '2027-06-12')], '2026-06-10')).toEqual([])
    expect(agendaOf([joined(A, '2025-06-12', '2026-06-25')], '2026-06-10')).toEqual([])
  })
})

describe('lost and forgotten customers', () => {
  it('a forgotten customer never appears and leaves nothing in the index', () => {
    const events = [
      registered(A),
      noted(A, 'b1', { calendar: 'gregorian', month: 6, day: 11 }),
      purchase(A, 'P1', '2026-06-07', { occasion: 'festival', festival: 'dragon_boat' }, 500_000),
      purchase(A, 'P2', '2026-06-09'),
      complaint(A, 'C1', '2026-06-08'),
      joined(A, '2025-06-12', '2026-06-12'),
      forgotten(A, '2026-06-09'),
      purchase(A, 'P3', '2026-06-09'),
    ]
    expect(agendaOf(events, '2026-06-10')).toEqual([])
    const { careIndex: state } = build(projected(events))
    expect(state).toEqual({ ...careIndex.init(), forgotten: new Set([A]) })
  })

  it('a lost customer gets greetings but no after-sales calls, until buying again', () => {
    const events = [
      registered(A),
      noted(A, 'b1', { calendar: 'gregorian', month: 6, day: 12 }),
      purchase(A, 'P1', '2026-06-07'),
      purchase(A, 'P2', '2026-06-09'),
      markedLost(A, '2026-06-09'),
    ]
    expect(agendaOf(events, '2026-06-10').map((i) => i.reason)).toEqual(['anniversary'])
    const back = agendaOf([...events, purchase(A, 'P3', '2026-06-09')], '2026-06-10')
    expect(back.map((i) => i.reason)).toEqual(['purchase_follow_up', 'anniversary', 'yesterdays_customer'])
  })
})

describe('the order', () => {
  it('priority, due day, reason, customer, item id', () => {
    const events = [
      registered(A),
      registered(B),
      joined(B, '2025-06-01', '2026-06-11'),
      noted(B, 'b2', { calendar: 'gregorian', month: 6, day: 10 }),
      noted(A, 'b1', { calendar: 'gregorian', month: 6, day: 10 }),
      noted(A, 'w1', { calendar: 'gregorian', month: 6, day: 14 }, { kind: 'wedding' }),
      purchase(A, 'P1', '2026-06-07'),
      purchase(B, 'P0', '2026-06-07'),
      purchase(A, 'P9', '2026-06-09'),
      complaint(B, 'C2', '2026-06-09'),
      complaint(B, 'C1', '2026-06-01'),
    ]
    const items = agendaOf(events, '2026-06-10')
    expect(items.map((i) => [i.priority, i.due, i.reason, i.customerId, i.id.split(' ')[2]])).toEqual([
      [1, '2026-06-10', 'open_complaint', B, 'C1'],
      [1, '2026-06-10', 'open_complaint', B, 'C2'],
      [1, '2026-06-10', 'anniversary', A, 'b1'],
      [1, '2026-06-10', 'anniversary', B, 'b2'],
      [2, '2026-06-10', 'purchase_follow_up', A, 'P1'],
      [2, '2026-06-10', 'purchase_follow_up', B, 'P0'],
      [2, '2026-06-11', 'membership_expiring', B, '2026-06-11'],
      [2, '2026-06-14', 'anniversary', A, 'w1'],
      [3, '2026-06-10', 'yesterdays_customer', A, '2026-06-09'],
    ])
    expect(careAgenda(build(projected(events)), d('2026-06-10'))).toEqual(items)
    expect(lastPurchaseFor(build(projected(events)).careIndex, A, { occasion: 'self' })?.purchaseId).toBe('P9')
  })
})

describe('win-back calls from the churn analysis', () => {
  const events = [registered(A), registered(B), purchase(A, 'P1', '2026-01-01', {}, 150_000), purchase(B, 'P2', '2026-01-01', {}, 100)]
  const candidates = [
    { customerId: A, atRiskBecause: 'one_time_buyer_lapsed' as const, daysSinceLastPurchase: 120, netSpend: 150_000 },
    { customerId: B, atRiskBecause: 'one_time_buyer_lapsed' as const, daysSinceLastPurchase: 120, netSpend: 100 },
  ]

  it('lists the key customers among the at-risk ones, and nobody when none are given', () => {
    expect(agendaOf(events, '2026-05-01', { winBack: candidates, includeYesterday: false }).filter((i) => i.reason === 'win_back')).toEqual([
      { reason: 'win_back', customerId: A, priority: 2, due: '2026-05-01', id: `win_back ${A} 2026-05-01`, details: { atRiskBecause: 'one_time_buyer_lapsed', daysSinceLastPurchase: 120, netSpend: 150_000 } },
    ])
    expect(agendaOf(events, '2026-05-01').filter((i) => i.reason === 'win_back')).toEqual([])
  })

  it('leaves out customers marked lost', () => {
    expect(agendaOf([...events, markedLost(A, '2026-04-01')], '2026-05-01', { winBack: candidates }).filter((i) => i.reason === 'win_back')).toEqual([])
  })
})


describe('follow-ups at the cadence of each tier', () => {
  const events = [registered(A), registered(B), purchase(A, 'P1', '2026-04-01'), purchase(B, 'P2', '2026-04-20'), followUp(B, 'F1', '2026-04-25')]
  const tiers = [
    { customerId: A, tier: 'A' as const, lastPurchaseOn: d('2026-04-01') },
    { customerId: B, tier: 'C' as const, lastPurchaseOn: d('2026-04-20') },
  ]
  const tierItems = (evts: typeof events, day: string, options = {}) =>
    agendaOf(evts, day, { tiers, includeYesterday: false, followUpAfterDays: [], ...options }).filter((i) => i.reason === 'tier_follow_up')

  it('calls a tier-A customer once a week since the last contact, and a tier-C one after 30 days since the last follow-up', () => {
    expect(tierItems(events, '2026-04-07')).toEqual([])
    expect(tierItems(events, '2026-04-08')).toEqual([
      { reason: 'tier_follow_up', customerId: A, priority: 2, due: '2026-04-08', id: `tier_follow_up ${A} 2026-04-08`, details: { tier: 'A', cadenceDays: 7, lastContactOn: '2026-04-01', daysSinceContact: 7 } },
    ])
    expect(tierItems(events, '2026-05-24').map((i) => [i.customerId, i.priority, i.details])).toEqual([
      [A, 2, { tier: 'A', cadenceDays: 7, lastContactOn: '2026-04-01', daysSinceContact: 53 }],
    ])
    expect(tierItems(events, '2026-05-25').map((i) => [i.customerId, i.priority, i.details.daysSinceContact])).toEqual([
      [A, 2, 54],
      [B, 3, 30],
    ])
  })

  it("follows the shop's cadence, and leaves out lost customers", () => {
    expect(tierItems(events, '2026-04-08', { followUpCadence: { A: 14 } })).toEqual([])
    expect(tierItems([...events, markedLost(A, '2026-04-05')], '2026-05-25').map((i) => i.customerId)).toEqual([B])
  })
})
