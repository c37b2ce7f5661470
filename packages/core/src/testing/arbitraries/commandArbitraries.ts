// Commands for one customer (or any), drawn from small id pools and a narrow
// range of days so that they meet: a refund names a purchase that exists, a
// resolution a complaint that was filed, points a member's entry.
import fc from 'fast-check'
import {
  type CustomerCommand,
  type CustomerCommandOf,
  type CustomerCommandType,
  customerCommandTypes,
} from '../../commands/customerCommand.js'
import type { CustomerEvent, CustomerEventType } from '../../events/customerEvent.js'
import type { CustomerId } from '../../values/customerId.js'
import type { LocalDate } from '../../values/localDate.js'
import { type DataContext, type EventDataArbitraries, eventDataArbitraries, type IdKind } from './eventDataArbitraries.js'
import { currencyArb, customerIdArb, entityIdFromPool, localDateArb } from './valueArbitraries.js'

/** The event each command asks for. @since 0.1.0 @category testing */
export const eventTypeOfCommand: Readonly<Record<CustomerCommandType, CustomerEventType>> = {
  RegisterCustomer: 'CustomerRegistered',
  ChangeContactDetails: 'ContactDetailsChanged',
  RecordPreference: 'PreferenceRecorded',
  LogPurchase: 'PurchaseLogged',
  RefundPurchase: 'PurchaseRefunded',
  NoteAnniversary: 'AnniversaryNoted',
  RemoveAnniversary: 'AnniversaryRemoved',
  FileComplaint: 'ComplaintFiled',
  ResolveComplaint: 'ComplaintResolved',
  LogFollowUp: 'FollowUpLogged',
  JoinMembership: 'MembershipJoined',
  RenewMembership: 'MembershipRenewed',
  EarnPoints: 'PointsEarned',
  RedeemPoints: 'PointsRedeemed',
  ExpirePoints: 'PointsExpired',
  RecordEventAttendance: 'EventAttended',
  MarkCustomerLost: 'CustomerMarkedLost',
  ForgetCustomer: 'CustomerForgotten',
}

const commandTypeOfEvent = Object.fromEntries(
  Object.entries(eventTypeOfCommand).map(([command, event]) => [event, command]),
) as Readonly<Record<CustomerEventType, CustomerCommandType>>

/** The command that asks for exactly this event (same data). @since 0.1.0 @category testing */
export const commandForEvent = (event: CustomerEvent): CustomerCommand =>
  // A command carries exactly the data of its event, so the pairing is total.
  ({ type: commandTypeOfEvent[event.type], data: event.data }) as CustomerCommand

const POOL_PREFIX: Readonly<Record<IdKind, string>> = {
  purchase: 'p',
  refund: 'r',
  anniversary: 'a',
  preference: 'pf',
  complaint: 'c',
  followUp: 'f',
  points: 'pt',
  attendance: 'e',
}

/** The days commands are dated in: two weeks, so that "after" and "before" both happen. @since 0.1.0 @category testing */
export const COMMAND_DAYS = { min: '2024-03-01' as LocalDate, max: '2024-03-14' as LocalDate } as const

/** The narrow context of commands: pools of 4 ids per kind, two weeks of days, CNY amounts that refunds can match. @since 0.1.0 @category testing */
export const commandContext = (customerId?: CustomerId): DataContext => ({
  customerId: customerId === undefined ? customerIdArb : fc.constant(customerId),
  id: (kind) => entityIdFromPool(4, POOL_PREFIX[kind]),
  date: localDateArb(COMMAND_DAYS),
  money: fc.record({
    amount: fc.oneof({ weight: 1, arbitrary: fc.constant(0) }, { weight: 9, arbitrary: fc.integer({ min: 1, max: 30_000 }) }),
    currency: fc.oneof({ weight: 19, arbitrary: fc.constant('CNY') }, { weight: 1, arbitrary: currencyArb }),
  }),
  currency: fc.oneof({ weight: 19, arbitrary: fc.constant('CNY') }, { weight: 1, arbitrary: currencyArb }),
  lineAmount: fc.integer({ min: 100, max: 20_000 }),
  points: fc.integer({ min: 1, max: 500 }),
  mismatchedItems: 0.1,
})

// How often each command is drawn: purchases and what refers to them most.
const WEIGHTS: Readonly<Record<CustomerCommandType, number>> = {
  RegisterCustomer: 2,
  ChangeContactDetails: 5,
  RecordPreference: 5,
  LogPurchase: 24,
  RefundPurchase: 14,
  NoteAnniversary: 6,
  RemoveAnniversary: 5,
  FileComplaint: 10,
  ResolveComplaint: 14,
  LogFollowUp: 8,
  JoinMembership: 10,
  RenewMembership: 6,
  EarnPoints: 12,
  RedeemPoints: 10,
  ExpirePoints: 8,
  RecordEventAttendance: 4,
  MarkCustomerLost: 4,
  // Rare: nothing is accepted after it, which would cut histories short.
  ForgetCustomer: 1,
}

const commandOfTypeIn = <K extends CustomerCommandType>(data: EventDataArbitraries, type: K): fc.Arbitrary<CustomerCommandOf<K>> =>
  // The data arbitrary of the command's event has exactly the command's data.
  (data[eventTypeOfCommand[type]] as unknown as fc.Arbitrary<CustomerCommandOf<K>['data']>).map((d) => ({ type, data: d }) as CustomerCommandOf<K>)

/** A command of one type for the customer (or any customer), drawn from the narrow command context. @since 0.1.0 @category testing */
export const customerCommandOfTypeArb = <K extends CustomerCommandType>(type: K, customerId?: CustomerId): fc.Arbitrary<CustomerCommandOf<K>> =>
  commandOfTypeIn(eventDataArbitraries(commandContext(customerId)), type)

/** Any command for the customer (or any customer); purchases and what refers to them are the most frequent. @since 0.1.0 @category testing */
export const customerCommandArb = (customerId?: CustomerId): fc.Arbitrary<CustomerCommand> => {
  const data = eventDataArbitraries(commandContext(customerId))
  return fc.oneof(
    ...customerCommandTypes.map((type) => ({ weight: WEIGHTS[type], arbitrary: commandOfTypeIn(data, type) as fc.Arbitrary<CustomerCommand> })),
  )
}
