import * as t from 'io-ts'
import { struct } from '../internal/struct.js'
import { CustomerId } from '../values/customerId.js'
import { EntityId } from '../values/entityId.js'
import { LocalDate } from '../values/localDate.js'
import { Label, PositiveInt } from '../values/text.js'
import { eventCodec } from './eventCodec.js'

/** The customer became a member (会员). @since 0.1.0 @category events */
export const MembershipJoinedData = struct(
  { customerId: CustomerId, joinedOn: LocalDate },
  { membershipNo: Label, level: Label, expiresOn: LocalDate },
)
/** @since 0.1.0 @category events */
export const MembershipJoined = eventCodec('MembershipJoined', MembershipJoinedData)
/** @since 0.1.0 @category events */
export type MembershipJoined = t.TypeOf<typeof MembershipJoined>

/** The membership now runs until a later day. @since 0.1.0 @category events */
export const MembershipRenewedData = struct(
  { customerId: CustomerId, renewedOn: LocalDate, expiresOn: LocalDate },
  { level: Label },
)
/** @since 0.1.0 @category events */
export const MembershipRenewed = eventCodec('MembershipRenewed', MembershipRenewedData)
/** @since 0.1.0 @category events */
export type MembershipRenewed = t.TypeOf<typeof MembershipRenewed>

/** @since 0.1.0 @category events */
export const PointsEarnedData = struct(
  { customerId: CustomerId, entryId: EntityId, points: PositiveInt, earnedOn: LocalDate },
  { purchaseId: EntityId, reason: Label },
)
/** @since 0.1.0 @category events */
export const PointsEarned = eventCodec('PointsEarned', PointsEarnedData)
/** @since 0.1.0 @category events */
export type PointsEarned = t.TypeOf<typeof PointsEarned>

/** @since 0.1.0 @category events */
export const PointsRedeemedData = struct(
  { customerId: CustomerId, entryId: EntityId, points: PositiveInt, redeemedOn: LocalDate },
  { reason: Label },
)
/** @since 0.1.0 @category events */
export const PointsRedeemed = eventCodec('PointsRedeemed', PointsRedeemedData)
/** @since 0.1.0 @category events */
export type PointsRedeemed = t.TypeOf<typeof PointsRedeemed>

/** @since 0.1.0 @category events */
export const PointsExpiredData = struct({ customerId: CustomerId, entryId: EntityId, points: PositiveInt, expiredOn: LocalDate })
/** @since 0.1.0 @category events */
export const PointsExpired = eventCodec('PointsExpired', PointsExpiredData)
/** @since 0.1.0 @category events */
export type PointsExpired = t.TypeOf<typeof PointsExpired>

/** The customer took part in a shop event (活动记录). @since 0.1.0 @category events */
export const EventAttendedData = struct({ customerId: CustomerId, attendanceId: EntityId, eventName: Label, attendedOn: LocalDate })
/** @since 0.1.0 @category events */
export const EventAttended = eventCodec('EventAttended', EventAttendedData)
/** @since 0.1.0 @category events */
export type EventAttended = t.TypeOf<typeof EventAttended>
