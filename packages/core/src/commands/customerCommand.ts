import * as E from 'fp-ts/lib/Either.js'
import * as t from 'io-ts'
import { type Problem, problemsOf } from '../internal/problems.js'
import { unknownFields } from './unknownFields.js'
import { unsafeText } from './unsafeText.js'
import { ContactDetailsChangedData, CustomerRegisteredData, PreferenceRecordedData } from '../events/archiveEvents.js'
import { AnniversaryNotedData, AnniversaryRemovedData } from '../events/anniversaryEvents.js'
import { ComplaintFiledData, ComplaintResolvedData } from '../events/complaintEvents.js'
import { FollowUpLoggedData } from '../events/followUpEvents.js'
import {
  EventAttendedData,
  MembershipJoinedData,
  MembershipRenewedData,
  PointsEarnedData,
  PointsExpiredData,
  PointsRedeemedData,
} from '../events/membershipEvents.js'
import { PurchaseLoggedData, PurchaseRefundedData } from '../events/purchaseEvents.js'
import { CustomerForgottenData, CustomerMarkedLostData } from '../events/statusEvents.js'

const command = <T extends string, D extends t.Mixed>(type: T, data: D) => t.type({ type: t.literal(type), data }, type)

// A command carries exactly the data of the event it asks for: the shop's app
// states the fact, the decider decides whether it may be recorded.
/**
 * The codec of every command, keyed by its name.
 *
 * @since 0.1.0
 * @category commands
 */
export const customerCommandCodecs = {
  RegisterCustomer: command('RegisterCustomer', CustomerRegisteredData),
  ChangeContactDetails: command('ChangeContactDetails', ContactDetailsChangedData),
  RecordPreference: command('RecordPreference', PreferenceRecordedData),
  LogPurchase: command('LogPurchase', PurchaseLoggedData),
  RefundPurchase: command('RefundPurchase', PurchaseRefundedData),
  NoteAnniversary: command('NoteAnniversary', AnniversaryNotedData),
  RemoveAnniversary: command('RemoveAnniversary', AnniversaryRemovedData),
  FileComplaint: command('FileComplaint', ComplaintFiledData),
  ResolveComplaint: command('ResolveComplaint', ComplaintResolvedData),
  LogFollowUp: command('LogFollowUp', FollowUpLoggedData),
  JoinMembership: command('JoinMembership', MembershipJoinedData),
  RenewMembership: command('RenewMembership', MembershipRenewedData),
  EarnPoints: command('EarnPoints', PointsEarnedData),
  RedeemPoints: command('RedeemPoints', PointsRedeemedData),
  ExpirePoints: command('ExpirePoints', PointsExpiredData),
  RecordEventAttendance: command('RecordEventAttendance', EventAttendedData),
  MarkCustomerLost: command('MarkCustomerLost', CustomerMarkedLostData),
  ForgetCustomer: command('ForgetCustomer', CustomerForgottenData),
} as const

/** @since 0.1.0 @category commands */
export type CustomerCommandType = keyof typeof customerCommandCodecs

/**
 * Anything the shop's app can ask of a customer's archive.
 *
 * @since 0.1.0
 * @category commands
 */
export type CustomerCommand = {
  [K in CustomerCommandType]: t.TypeOf<(typeof customerCommandCodecs)[K]>
}[CustomerCommandType]

/** The command of one type. @since 0.1.0 @category commands */
export type CustomerCommandOf<K extends CustomerCommandType> = Extract<CustomerCommand, { readonly type: K }>

/** The names of all commands. @since 0.1.0 @category commands */
export const customerCommandTypes = Object.keys(customerCommandCodecs) as ReadonlyArray<CustomerCommandType>

/**
 * A command from outside that does not decode: every problem with its field
 * path and reason, never the offending value.
 *
 * @since 0.1.0
 * @category commands
 */
export interface CommandInvalid {
  readonly _tag: 'CommandInvalid'
  readonly commandType: string | undefined
  readonly problems: ReadonlyArray<Problem>
}

const invalid = (commandType: string | undefined, problems: ReadonlyArray<Problem>): E.Either<CommandInvalid, never> =>
  E.left({ _tag: 'CommandInvalid', commandType, problems })

/**
 * Decodes a raw command (unknown JSON from the shop's app). Dispatches on
 * `type` first so that the problems speak of the command that was meant. A
 * field the command does not know, at any depth, is refused ("is not a known
 * field"): it would otherwise be recorded with the event as it is. So is
 * text with control characters, direction overrides, broken UTF-16 or
 * nothing visible in it.
 *
 * @since 0.1.0
 * @category commands
 */
export const decodeCommand = (raw: unknown): E.Either<CommandInvalid, CustomerCommand> => {
  if (typeof raw !== 'object' || raw === null) return invalid(undefined, [{ path: '', reason: 'must be an object { type, data }' }])
  const type = (raw as { type?: unknown }).type
  if (typeof type !== 'string') return invalid(undefined, [{ path: 'type', reason: 'must be a command name' }])
  if (!Object.prototype.hasOwnProperty.call(customerCommandCodecs, type))
    return invalid(undefined, [{ path: 'type', reason: 'is not a known command' }])
  const codec = customerCommandCodecs[type as CustomerCommandType] as unknown as t.Decoder<unknown, CustomerCommand>
  const decoded = codec.decode(raw)
  if (E.isLeft(decoded)) return invalid(type, problemsOf(decoded.left))
  const unknown = [...unknownFields(codec as unknown as t.Any, raw), ...unsafeText(decoded.right)]
  return unknown.length === 0 ? decoded : invalid(type, unknown)
}
