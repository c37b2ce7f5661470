import * as t from 'io-ts'
import { ContactDetailsChanged, CustomerRegistered, PreferenceRecorded } from './archiveEvents.js'
import { AnniversaryNoted, AnniversaryRemoved } from './anniversaryEvents.js'
import { ComplaintFiled, ComplaintResolved } from './complaintEvents.js'
import { FollowUpLogged } from './followUpEvents.js'
import {
  EventAttended,
  MembershipJoined,
  MembershipRenewed,
  PointsEarned,
  PointsExpired,
  PointsRedeemed,
} from './membershipEvents.js'
import { PurchaseLogged, PurchaseRefunded } from './purchaseEvents.js'
import { CustomerForgotten, CustomerMarkedLost } from './statusEvents.js'

/**
 * The codec of every event of a customer's stream, keyed by its storage name.
 *
 * @since 0.1.0
 * @category events
 */
export const customerEventCodecs = {
  CustomerRegistered,
  ContactDetailsChanged,
  PreferenceRecorded,
  PurchaseLogged,
  PurchaseRefunded,
  AnniversaryNoted,
  AnniversaryRemoved,
  ComplaintFiled,
  ComplaintResolved,
  FollowUpLogged,
  MembershipJoined,
  MembershipRenewed,
  PointsEarned,
  PointsRedeemed,
  PointsExpired,
  EventAttended,
  CustomerMarkedLost,
  CustomerForgotten,
} as const

/** @since 0.1.0 @category events */
export type CustomerEventType = keyof typeof customerEventCodecs

/**
 * Any fact about a customer.
 *
 * @since 0.1.0
 * @category events
 */
export type CustomerEvent = { [K in CustomerEventType]: t.TypeOf<(typeof customerEventCodecs)[K]> }[CustomerEventType]

/** The event of one type. @since 0.1.0 @category events */
export type CustomerEventOf<K extends CustomerEventType> = Extract<CustomerEvent, { readonly type: K }>

/** The names of all event types, in catalogue order. @since 0.1.0 @category events */
export const customerEventTypes = Object.keys(customerEventCodecs) as ReadonlyArray<CustomerEventType>

/** Whether a stored type name is one of ours. @since 0.1.0 @category events */
export const isCustomerEventType = (type: string): type is CustomerEventType =>
  Object.prototype.hasOwnProperty.call(customerEventCodecs, type)
