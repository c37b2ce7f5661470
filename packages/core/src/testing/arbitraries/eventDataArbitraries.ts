// The data of every event (and so of every command), built from a context
// that says where ids, dates, amounts and the customer id come from: wide
// for events on their own, narrow pools for commands that must meet.
import fc from 'fast-check'
import type * as t from 'io-ts'
import type { CustomerEventOf, CustomerEventType } from '../../events/customerEvent.js'
import type { PurchaseItem } from '../../events/purchaseEvents.js'
import {
  AcquisitionChannel,
  AnniversaryKind,
  ComplaintCategory,
  ContactChannel,
  CustomerKind,
  ErasureRequester,
  FollowUpOutcome,
  FollowUpPurpose,
  LostReason,
  Occasion,
  PreferenceAspect,
  RefundReason,
  Relation,
  Resolution,
  SalesChannel,
} from '../../events/vocabulary.js'
import type { CustomerId } from '../../values/customerId.js'
import type { EntityId } from '../../values/entityId.js'
import type { LocalDate } from '../../values/localDate.js'
import type { Money } from '../../values/money.js'
import type { Phone } from '../../values/phone.js'
import { FESTIVAL_CODES } from '../simulator/catalogues.js'
import { addressArb, customerNameArb, labelArb, noteArb, positiveIntArb, staffIdArb, wechatIdArb } from './textArbitraries.js'
import { anniversaryDateArb, customerIdArb, phoneArb } from './valueArbitraries.js'

/** The things inside an archive that have ids of their own. @since 0.1.0 @category testing */
export type IdKind = 'purchase' | 'refund' | 'anniversary' | 'preference' | 'complaint' | 'followUp' | 'points' | 'attendance'

/** Where the parts of generated event data come from. @since 0.1.0 @category testing */
export interface DataContext {
  readonly customerId: fc.Arbitrary<CustomerId>
  readonly id: (kind: IdKind) => fc.Arbitrary<EntityId>
  readonly date: fc.Arbitrary<LocalDate>
  /** Totals of purchases without items, and refunds. */
  readonly money: fc.Arbitrary<Money>
  /** The currency of a purchase with items. */
  readonly currency: fc.Arbitrary<string>
  /** Fen per purchase line. */
  readonly lineAmount: fc.Arbitrary<number>
  readonly points: fc.Arbitrary<number>
  /** How often a purchase's items do not add up to its amount (0 to 1, in hundredths). */
  readonly mismatchedItems: number
}

/** Every event type's data arbitrary. @since 0.1.0 @category testing */
export type EventDataArbitraries = { readonly [K in CustomerEventType]: fc.Arbitrary<CustomerEventOf<K>['data']> }

// Arbitraries of a closed word list, straight from its io-ts codec.
const word = <D extends Record<string, unknown>>(codec: t.KeyofC<D>): fc.Arbitrary<keyof D & string> =>
  fc.constantFrom(...(Object.keys(codec.keys) as Array<keyof D & string>))

/** Required fields always, optional fields each present or absent (never `undefined`). */
const struct = <R extends object, O extends object>(
  required: { [K in keyof R]: fc.Arbitrary<R[K]> },
  optional: { [K in keyof O]: fc.Arbitrary<O[K]> },
): fc.Arbitrary<R & Partial<O>> =>
  fc
    .tuple(fc.record(required), fc.record(optional, { requiredKeys: [] }))
    .map(([r, o]) => ({ ...r, ...(o as Partial<O>) }))

/** An optional field present one time in three: for references that must name something that exists. */
const rarely = <K extends string, V>(key: K, arb: fc.Arbitrary<V>): fc.Arbitrary<Partial<Record<K, V>>> =>
  fc.oneof({ weight: 2, arbitrary: fc.constant({}) }, { weight: 1, arbitrary: arb.map((v) => ({ [key]: v }) as Partial<Record<K, V>>) })

const phonesArb = fc.array(phoneArb, { maxLength: 3 }).map((ps): ReadonlyArray<Phone> => ps)

const itemsAndAmount = (ctx: DataContext): fc.Arbitrary<{ amount: Money; items: ReadonlyArray<PurchaseItem> }> =>
  fc.oneof(
    { weight: 1, arbitrary: ctx.money.map((amount) => ({ amount, items: [] as ReadonlyArray<PurchaseItem> })) },
    {
      weight: 4,
      arbitrary: fc
        .tuple(
          ctx.currency,
          fc.array(fc.record({ name: labelArb, category: labelArb, quantity: positiveIntArb(20), amount: ctx.lineAmount }), { minLength: 1, maxLength: 4 }),
          // fc.oneof honours weights exactly, where numeric arbitraries lean towards their bounds.
          fc.oneof(
            { weight: Math.round((1 - ctx.mismatchedItems) * 100), arbitrary: fc.constant(0) },
            { weight: Math.round(ctx.mismatchedItems * 100), arbitrary: fc.integer({ min: 1, max: 500 }) },
          ),
        )
        .map(([currency, lines, off]) => {
          const items = lines.map((l): PurchaseItem => ({ ...l, amount: { amount: l.amount, currency } }))
          const sum = lines.reduce((acc, l) => acc + l.amount, 0)
          return { amount: { amount: sum + off, currency }, items }
        }),
    },
  )

/** The data arbitraries of every event type for one context. @since 0.1.0 @category testing */
export const eventDataArbitraries = (ctx: DataContext): EventDataArbitraries => {
  const { customerId, date } = ctx
  const nullable = <A>(a: fc.Arbitrary<A>): fc.Arbitrary<A | null> => fc.oneof({ weight: 4, arbitrary: a }, { weight: 1, arbitrary: fc.constant(null) })
  return {
    CustomerRegistered: struct(
      { customerId, kind: word(CustomerKind), name: customerNameArb, registeredOn: date, channel: word(AcquisitionChannel) },
      { phones: phonesArb, address: addressArb, wechat: wechatIdArb, contactPerson: customerNameArb, referredBy: customerIdArb, archiveNo: labelArb },
    ),
    ContactDetailsChanged: struct(
      { customerId },
      { name: customerNameArb, phones: phonesArb, address: nullable(addressArb), wechat: nullable(wechatIdArb), contactPerson: nullable(customerNameArb) },
    ),
    PreferenceRecorded: fc.record({ customerId, preferenceId: ctx.id('preference'), aspect: word(PreferenceAspect), text: noteArb, recordedOn: date }),
    PurchaseLogged: fc
      .tuple(
        struct(
          { customerId, purchaseId: ctx.id('purchase'), purchasedOn: date, occasion: word(Occasion) },
          {
            festival: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...FESTIVAL_CODES) }, { weight: 1, arbitrary: labelArb }),
            anniversaryId: ctx.id('anniversary'),
            channel: word(SalesChannel),
            recipient: struct({ name: customerNameArb }, { phone: phoneArb, address: addressArb }),
            servedBy: staffIdArb,
            note: noteArb,
          },
        ),
        itemsAndAmount(ctx),
      )
      .map(([d, money]) => ({ ...d, ...money })),
    PurchaseRefunded: fc
      .tuple(
        struct(
          { customerId, purchaseId: ctx.id('purchase'), refundId: ctx.id('refund'), refundedOn: date, amount: ctx.money, reason: word(RefundReason) },
          { note: noteArb },
        ),
        rarely('complaintId', ctx.id('complaint')),
      )
      .map(([d, ref]) => ({ ...d, ...ref })),
    AnniversaryNoted: struct(
      { customerId, anniversaryId: ctx.id('anniversary'), kind: word(AnniversaryKind), relation: word(Relation), date: anniversaryDateArb },
      { personName: customerNameArb, note: noteArb },
    ),
    AnniversaryRemoved: fc.record({ customerId, anniversaryId: ctx.id('anniversary') }),
    ComplaintFiled: struct(
      { customerId, complaintId: ctx.id('complaint'), filedOn: date, category: word(ComplaintCategory), description: noteArb },
      { purchaseId: ctx.id('purchase'), product: labelArb, servedBy: staffIdArb, wants: word(Resolution) },
    ),
    ComplaintResolved: struct(
      { customerId, complaintId: ctx.id('complaint'), resolvedOn: date, resolution: word(Resolution), satisfied: fc.boolean() },
      { rootCause: labelArb, prevention: labelArb, note: noteArb },
    ),
    FollowUpLogged: fc
      .tuple(
        struct(
          {
            customerId,
            followUpId: ctx.id('followUp'),
            contactedOn: date,
            channel: word(ContactChannel),
            purpose: word(FollowUpPurpose),
            outcome: word(FollowUpOutcome),
          },
          { staff: staffIdArb, note: noteArb },
        ),
        rarely('purchaseId', ctx.id('purchase')),
        rarely('complaintId', ctx.id('complaint')),
      )
      .map(([d, purchase, complaint]) => ({ ...d, ...purchase, ...complaint })),
    MembershipJoined: struct({ customerId, joinedOn: date }, { membershipNo: labelArb, level: labelArb, expiresOn: date }),
    MembershipRenewed: struct({ customerId, renewedOn: date, expiresOn: date }, { level: labelArb }),
    PointsEarned: struct(
      { customerId, entryId: ctx.id('points'), points: ctx.points, earnedOn: date },
      { purchaseId: ctx.id('purchase'), reason: labelArb },
    ),
    PointsRedeemed: struct({ customerId, entryId: ctx.id('points'), points: ctx.points, redeemedOn: date }, { reason: labelArb }),
    PointsExpired: fc.record({ customerId, entryId: ctx.id('points'), points: ctx.points, expiredOn: date }),
    EventAttended: fc.record({ customerId, attendanceId: ctx.id('attendance'), eventName: labelArb, attendedOn: date }),
    CustomerMarkedLost: struct({ customerId, markedOn: date, reason: word(LostReason) }, { competitor: labelArb, note: noteArb }),
    CustomerForgotten: fc.record({ customerId, forgottenOn: date, requestedBy: word(ErasureRequester) }),
  }
}
