import fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import * as t from 'io-ts'
import { describe, expect, it } from 'vitest'
import { customerCommandCodecs, customerCommandTypes, decodeCommand } from '../../commands/customerCommand.js'
import { customerDecider } from '../../customer/customerDecider.js'
import { customerEventCodecs, customerEventTypes } from '../../events/customerEvent.js'
import { decodeRecordedEvent } from '../../events/decodeEvent.js'
import { schemaVersions } from '../../events/schemaVersions.js'
import { AnniversaryDate } from '../../values/anniversaryDate.js'
import { CustomerId, customerIdOfStream } from '../../values/customerId.js'
import { CustomerName } from '../../values/customerName.js'
import { EntityId } from '../../values/entityId.js'
import { LocalDate } from '../../values/localDate.js'
import { Money } from '../../values/money.js'
import { MonthDay } from '../../values/monthDay.js'
import { Phone } from '../../values/phone.js'
import { parsePhone } from '../../values/phoneNumber.js'
import { surnameOf } from '../../values/surname.js'
import { Address, Label, Note, StaffId, WeChatId } from '../../values/text.js'
import {
  addressArb,
  anniversaryDateArb,
  commandForEvent,
  customerCommandArb,
  customerCommandOfTypeArb,
  customerEventArb,
  customerEventOfTypeArb,
  customerHistoryArb,
  customerIdArb,
  customerNameArb,
  entityIdArb,
  entityIdFromPool,
  labelArb,
  localDateArb,
  moneyArb,
  monthDayArb,
  noteArb,
  phoneArb,
  rawPhoneArb,
  shopHistoryArb,
  staffIdArb,
  wechatIdArb,
} from './index.js'

const RUNS = { numRuns: 300 }

// Decodes, equals the generated value, and encode → JSON → decode gives it back.
const roundTrips = <A, O>(codec: t.Type<A, O, unknown>, value: A): void => {
  const decoded = codec.decode(value)
  expect(E.isRight(decoded), `${codec.name} refused ${JSON.stringify(value)}`).toBe(true)
  if (E.isLeft(decoded)) return
  expect(decoded.right).toEqual(value)
  expect(codec.decode(JSON.parse(JSON.stringify(codec.encode(decoded.right))))).toEqual(E.right(value))
}

const sample = <A>(arb: fc.Arbitrary<A>, n: number): ReadonlyArray<A> => fc.sample(arb, { numRuns: n, seed: 42 })

describe('value arbitraries', () => {
  const cases: ReadonlyArray<readonly [string, t.Mixed, fc.Arbitrary<unknown>]> = [
    ['customerIdArb', CustomerId, customerIdArb],
    ['entityIdArb', EntityId, entityIdArb],
    ['entityIdFromPool', EntityId, entityIdFromPool(4, 'pt')],
    ['moneyArb', Money, moneyArb],
    ['localDateArb', LocalDate, localDateArb()],
    ['localDateArb in a range', LocalDate, localDateArb({ min: '2024-02-27' as LocalDate, max: '2024-03-02' as LocalDate })],
    ['monthDayArb', MonthDay, monthDayArb],
    ['anniversaryDateArb', AnniversaryDate, anniversaryDateArb],
    ['phoneArb', Phone, phoneArb],
    ['customerNameArb', CustomerName, customerNameArb],
    ['labelArb', Label, labelArb],
    ['noteArb', Note, noteArb],
    ['addressArb', Address, addressArb],
    ['wechatIdArb', WeChatId, wechatIdArb],
    ['staffIdArb', StaffId, staffIdArb],
  ]
  it.each(cases)('%s: values decode unchanged and survive a round trip', (_, codec, arb) => {
    fc.assert(fc.property(arb, (v) => roundTrips(codec, v)), RUNS)
  })

  it('localDateArb stays within its range', () => {
    fc.assert(
      fc.property(localDateArb({ min: '2024-02-27' as LocalDate, max: '2024-03-02' as LocalDate }), (d) => {
        expect(d >= '2024-02-27' && d <= '2024-03-02').toBe(true)
      }),
    )
  })

  it('entityIdFromPool gives p1…pn', () => {
    expect(new Set(sample(entityIdFromPool(3), 200))).toEqual(new Set(['p1', 'p2', 'p3']))
  })

  it('rawPhoneArb: the noisy spelling decodes to the normal form', () => {
    fc.assert(
      fc.property(rawPhoneArb, ({ raw, phone }) => {
        expect(Phone.decode(raw)).toEqual(E.right(phone))
      }),
      { numRuns: 1000 },
    )
  })

  it('phoneArb covers mobiles, landlines and international numbers', () => {
    const kinds = new Set(sample(phoneArb, 500).map((p) => (E.isRight(parsePhone(p)) ? (parsePhone(p) as E.Right<{ kind: string }>).right.kind : '?')))
    expect(kinds).toEqual(new Set(['mobile', 'landline', 'international']))
  })

  it('anniversaryDateArb covers Feb 29 with and without a year, lunar leap months and lunar day 30', () => {
    const dates = sample(anniversaryDateArb, 3000)
    expect(dates.some((d) => d.calendar === 'gregorian' && d.month === 2 && d.day === 29 && d.year === undefined)).toBe(true)
    expect(dates.some((d) => d.calendar === 'gregorian' && d.month === 2 && d.day === 29 && d.year !== undefined)).toBe(true)
    expect(dates.some((d) => d.calendar === 'lunar' && d.leap)).toBe(true)
    expect(dates.some((d) => d.calendar === 'lunar' && d.day === 30)).toBe(true)
    expect(dates.some((d) => d.calendar === 'lunar' && d.year !== undefined)).toBe(true)
  })

  it('customerNameArb covers compound surnames, 曾/单/解, Western and organisation names', () => {
    const names = sample(customerNameArb, 3000)
    for (const surname of ['欧阳', '司马', '诸葛', '曾', '单', '解'])
      expect(names.some((n) => surnameOf(n) === surname && Array.from(n).length >= 2), surname).toBe(true)
    expect(names.some((n) => /^[A-Z][a-z]+ [A-Za-z' ]+$/.test(n))).toBe(true)
    expect(names.some((n) => n.endsWith('有限公司'))).toBe(true)
  })

  it('moneyArb is mostly CNY', () => {
    const cny = sample(moneyArb, 1000).filter((m) => m.currency === 'CNY').length
    expect(cny).toBeGreaterThan(800)
  })
})

// The optional fields of an event's data codec: the partial half of its intersection.
const optionalKeys = (type: (typeof customerEventTypes)[number]): ReadonlyArray<string> => {
  const data = customerEventCodecs[type].props.data as t.Any
  return data instanceof t.IntersectionType ? Object.keys((data.types as ReadonlyArray<t.Any>).find((c) => c instanceof t.PartialType)?.props ?? {}) : []
}

describe('event arbitraries', () => {
  it('every event decodes as a stored event, unchanged, and re-encodes to the same value', () => {
    fc.assert(
      fc.property(customerEventArb, (event) => {
        const codec = customerEventCodecs[event.type] as unknown as t.Type<unknown, { type: string; data: unknown }, unknown>
        const stored = (data: unknown) => ({ type: event.type, data, metadata: { schemaVersion: schemaVersions.current[event.type] }, stream: 's', revision: 0 })
        expect(decodeRecordedEvent(stored(event.data))).toEqual(E.right(event))
        const encoded = JSON.parse(JSON.stringify(codec.encode(event))) as { data: unknown }
        expect(decodeRecordedEvent(stored(encoded.data))).toEqual(E.right(event))
      }),
      { numRuns: 1000 },
    )
  })

  it('customerEventArb covers every event type', () => {
    expect(new Set(sample(customerEventArb, 2000).map((e) => e.type))).toEqual(new Set(customerEventTypes))
  })

  it.each(customerEventTypes)('%s: of the right type, each optional field both present and absent', (type) => {
    const events = sample(customerEventOfTypeArb(type), 300)
    expect(events.every((e) => e.type === type)).toBe(true)
    for (const key of optionalKeys(type)) {
      const present = events.filter((e) => key in e.data).length
      expect(present, `${type}.${key} present`).toBeGreaterThan(0)
      expect(present, `${type}.${key} absent`).toBeLessThan(events.length)
    }
  })

  it('no optional field is ever present as undefined', () => {
    fc.assert(
      fc.property(customerEventArb, (event) => {
        for (const [key, value] of Object.entries(event.data)) expect(value, key).not.toBeUndefined()
      }),
      RUNS,
    )
  })
})

describe('command arbitraries', () => {
  it('every command decodes unchanged and re-encodes to the same value', () => {
    fc.assert(
      fc.property(customerCommandArb(), (command) => {
        expect(decodeCommand(command)).toEqual(E.right(command))
        const codec = customerCommandCodecs[command.type] as unknown as t.Type<unknown, unknown, unknown>
        expect(decodeCommand(JSON.parse(JSON.stringify(codec.encode(command))))).toEqual(E.right(command))
      }),
      { numRuns: 1000 },
    )
  })

  it('customerCommandArb covers every command type, and keeps to the customer it is given', () => {
    const id = fc.sample(customerIdArb, { numRuns: 1, seed: 7 })[0] as CustomerId
    const commands = sample(customerCommandArb(id), 2000)
    expect(new Set(commands.map((c) => c.type))).toEqual(new Set(customerCommandTypes))
    expect(commands.every((c) => c.data.customerId === id)).toBe(true)
  })

  it.each(customerCommandTypes)('customerCommandOfTypeArb(%s) gives that command', (type) => {
    expect(sample(customerCommandOfTypeArb(type), 50).every((c) => c.type === type && E.isRight(decodeCommand(c)))).toBe(true)
  })
})

describe('history arbitraries', () => {
  it('every event of a history is what the decider decides, on the state before it, for its command', () => {
    fc.assert(
      fc.property(customerHistoryArb(), ({ customerId, events }) => {
        expect(events[0]?.type).toBe('CustomerRegistered')
        let state = customerDecider.initialState
        for (const event of events) {
          expect(event.data.customerId).toBe(customerId)
          expect(customerDecider.decide(commandForEvent(event), state)).toEqual(E.right([event]))
          state = customerDecider.evolve(state, event)
        }
      }),
      RUNS,
    )
  })

  it('replaying the commands of a history decides exactly its events', () => {
    fc.assert(
      fc.property(customerHistoryArb(), ({ commands, events }) => {
        let state = customerDecider.initialState
        const replayed = []
        for (const command of commands) {
          const decision = customerDecider.decide(command, state)
          expect(E.isRight(decision)).toBe(true)
          if (E.isLeft(decision)) return
          for (const e of decision.right) (replayed.push(e), (state = customerDecider.evolve(state, e)))
        }
        expect(replayed).toEqual(events)
      }),
      RUNS,
    )
  })

  it('commands meet: histories contain refunds, resolutions, redemptions and removals', () => {
    const seen = new Set(sample(customerHistoryArb(), 400).flatMap((h) => h.events.map((e) => e.type)))
    for (const type of ['PurchaseRefunded', 'ComplaintResolved', 'PointsRedeemed', 'PointsExpired', 'AnniversaryRemoved', 'MembershipRenewed', 'FollowUpLogged'] as const)
      expect(seen.has(type), type).toBe(true)
  })

  it('shopHistoryArb interleaves whole customer histories, each in its own order', () => {
    fc.assert(
      fc.property(shopHistoryArb({ maxCustomers: 4 }), (shop) => {
        const byStream = new Map<string, unknown[]>()
        for (const { stream, event } of shop) {
          const id = customerIdOfStream(stream)
          expect(id).toBeDefined()
          expect(event.data.customerId).toBe(id)
          byStream.set(stream, [...(byStream.get(stream) ?? []), event])
        }
        for (const events of byStream.values()) {
          let state = customerDecider.initialState
          for (const event of events as Parameters<typeof customerDecider.evolve>[1][]) {
            expect(customerDecider.decide(commandForEvent(event), state)).toEqual(E.right([event]))
            state = customerDecider.evolve(state, event)
          }
        }
      }),
      { numRuns: 100 },
    )
  })
})
