import { parsePhone, phoneDigits, surnameOf } from '@clientele/core'
import { shopHistoryArb, simulateShop, type StreamEvent } from '@clientele/core/testing'
import fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { projectedEventsOf } from '../internal/projectedEvents.test-support.js'
import { applyAll } from '../projection.js'
import {
  type DirectoryState,
  directory,
  findByNamePart,
  findByPhone,
  findByPinyin,
  findBySurname,
  countBySurname,
  listCustomers,
  type ListSortBy,
  type PhoneMatch,
} from './index.js'
import { orderedToArray } from './ordered.js'
import { customersAfter, type Known, listScan, namePartScan, phoneScan, pinyinScan, surnameScan } from './oracle.test-support.js'

// Realistic shops from the simulator, and decided histories with any text for names.
const historyArb: fc.Arbitrary<ReadonlyArray<StreamEvent>> = fc.oneof(
  fc
    .record({ seed: fc.integer({ min: 0, max: 0x7fffffff }), customers: fc.integer({ min: 1, max: 40 }), days: fc.integer({ min: 5, max: 90 }) })
    .map((options) => simulateShop(options).events),
  shopHistoryArb({ maxCustomers: 8, maxCommands: 15 }),
)

// Picks that choose a customer, a position and a length inside whatever the history holds.
const picksArb = fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat()), { minLength: 1, maxLength: 12 })

const build = (events: ReadonlyArray<StreamEvent>): DirectoryState => applyAll(directory, directory.init(), projectedEventsOf(events))

const pick = <T>(xs: ReadonlyArray<T>, n: number): T | undefined => (xs.length === 0 ? undefined : xs[n % xs.length])

// A piece of `s` (by code points) chosen by two picks, at least `min` long when `s` is.
const pieceOf = (s: string, at: number, length: number, min = 1): string => {
  const chars = Array.from(s)
  const start = chars.length <= min ? 0 : at % (chars.length - min + 1)
  return chars.slice(start, start + min + (length % Math.max(1, chars.length - start - min + 1))).join('')
}

const cases = <T>(cs: Known[], picks: ReadonlyArray<[number, number, number]>, make: (c: Known, at: number, length: number) => T): T[] =>
  picks.flatMap(([who, at, length]) => {
    const c = pick(cs, who)
    return c === undefined ? [] : [make(c, at, length)]
  })

const right = <A>(r: E.Either<unknown, A>): A => {
  if (E.isLeft(r)) throw new Error(`expected a result, got ${JSON.stringify(r.left)}`)
  return r.right
}

const runs = { numRuns: 100 }

describe('directory laws: every query equals a scan of the final customer list', () => {
  it('surname', () => {
    fc.assert(
      fc.property(historyArb, picksArb, fc.nat({ max: 4 }), fc.integer({ min: 1, max: 3 }), (events, picks, offset, limit) => {
        const state = build(events)
        const cs = customersAfter(events)
        const queries = [...cases(cs, picks, (c, at) => (at % 2 === 0 ? (surnameOf(c.name) ?? c.name) : (surnameOf(c.name) ?? '').toUpperCase())), '欧', 'smith', 'Nobody']
        for (const q of queries) {
          const scan = surnameScan(cs, q)
          expect(findBySurname(state, q)).toEqual(scan)
          expect(countBySurname(state, q)).toBe(scan.length)
          // A page is the same window of the whole answer.
          expect(findBySurname(state, q, { offset, limit })).toEqual(scan.slice(offset, offset + limit))
        }
      }),
      runs,
    )
  })

  it('part of the name', () => {
    fc.assert(
      fc.property(historyArb, picksArb, (events, picks) => {
        const state = build(events)
        const cs = customersAfter(events)
        const queries = [...cases(cs, picks, (c, at, length) => pieceOf(c.name, at, length % 5)), '娜', 'MARY', 'ry s', ' ', 'qqq']
        for (const q of queries) expect(findByNamePart(state, q)).toEqual(namePartScan(cs, q))
      }),
      runs,
    )
  })

  it('pinyin prefix, full or initials, in any case and spacing', () => {
    fc.assert(
      fc.property(historyArb, picksArb, (events, picks) => {
        const state = build(events)
        const cs = customersAfter(events)
        const queries = cases(cs, picks, (c, at, length) => {
          const key = at % 2 === 0 ? c.full : c.initials
          const prefix = key.slice(0, 1 + (length % Math.max(1, key.length)))
          return at % 3 === 0 ? prefix.toUpperCase().split('').join(' ') : prefix
        })
        for (const q of [...queries, 'zengx', 'ceng', 'l', '']) expect(findByPinyin(state, q)).toEqual(pinyinScan(cs, q))
      }),
      runs,
    )
  })

  it('phone fragment, last digits and whole number', () => {
    fc.assert(
      fc.property(historyArb, picksArb, fc.constantFrom<PhoneMatch>('anywhere', 'end', 'whole'), (events, picks, match) => {
        const state = build(events)
        const cs = customersAfter(events)
        const fromPhones = cases(cs, picks, (c, at, length) => {
          const phone = pick(c.phones, at)
          return phone === undefined ? '5678' : pieceOf(phoneDigits(phone), at, length, 3)
        })
        const random = picks.map(([a, b]) => String(a * 7919 + b).slice(0, 3 + (b % 6)).padStart(3, '0'))
        for (const q of [...fromPhones, ...random]) {
          // A query that is a whole number in itself (0044…, 86138…) is read as that number.
          const whole = parsePhone(q)
          const digits = E.isRight(whole) ? phoneDigits(whole.right.normalised) : q
          expect(right(findByPhone(state, q, match))).toEqual(phoneScan(cs, digits, match))
        }
      }),
      runs,
    )
  })

  it('refuses every fragment of fewer than three digits', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{0,2}$/), (digits) => {
        expect(findByPhone(directory.init(), digits)).toEqual(E.left({ _tag: 'FragmentTooShort', minimum: 3 }))
      }),
    )
  })
})

describe('directory laws: building and listing', () => {
  it('building in batches, checkpointing between them, equals building in one pass', () => {
    fc.assert(
      fc.property(historyArb, fc.array(fc.nat(), { maxLength: 4 }), (events, cuts) => {
        const whole = build(events)
        const ends = [...new Set(cuts.map((c) => c % (events.length + 1))), events.length].sort((a, b) => a - b)
        const projected = projectedEventsOf(events)
        let state = directory.init()
        let start = 0
        for (const end of ends) {
          state = applyAll(directory, structuredClone(state), projected.slice(start, end))
          start = end
        }
        expect(state).toEqual(whole)
        // Indexes hold the entries themselves: a checkpoint must keep them the very objects of the customer map.
        for (const e of orderedToArray(state.byName)) expect(state.customers.get(e.customerId)).toBe(e)
        expect(whole.byName.size).toBe(whole.customers.size)
      }),
      runs,
    )
  })

  it('pages of listCustomers, concatenated, are the whole sorted list', () => {
    const orderArb = fc.record({
      sortBy: fc.constantFrom<ListSortBy>('name', 'lastPurchase', 'totalSpent'),
      direction: fc.constantFrom<'asc' | 'desc' | undefined>('asc', 'desc', undefined),
    })
    fc.assert(
      fc.property(historyArb, orderArb, fc.integer({ min: 1, max: 7 }), (events, order, limit) => {
        const state = build(events)
        const options = order.direction === undefined ? { sortBy: order.sortBy } : { sortBy: order.sortBy, direction: order.direction }
        const expected = listScan(customersAfter(events), options)
        const pages = []
        for (let offset = 0; offset < expected.length + limit; offset += limit) {
          const page = listCustomers(state, { ...options, offset, limit })
          expect(page.total).toBe(expected.length)
          pages.push(...page.items)
        }
        expect(pages).toEqual(expected)
      }),
      runs,
    )
  })

  // A seed once drew a customer named "constructor", and the oracle's table of
  // surname readings, then a plain object, handed back Object's own property.
  it('the oracle reads names that are also properties of every object', () => {
    const odd = ['constructor', 'toString', '__proto__', 'hasOwnProperty'].map((name, i) => ({
      stream: `customer-0000000${i}-0000-4000-8000-000000000000`,
      event: { type: 'CustomerRegistered', data: { customerId: `0000000${i}-0000-4000-8000-000000000000`, kind: 'person', name, registeredOn: '2024-03-01', channel: 'walk_in' } },
    })) as unknown as StreamEvent[]
    const known = customersAfter(odd)
    expect(known.map((c) => c.full).sort()).toEqual(['constructor', 'hasownproperty', 'proto', 'tostring'])
    const state = applyAll(directory, directory.init(), projectedEventsOf(odd))
    for (const q of ['constructor', 'toString', '__proto__']) expect(findBySurname(state, q)).toEqual(surnameScan(known, q))
  })
})
