import type { CustomerEventType } from './customerEvent.js'

/**
 * How to bring an older version of an event's data to the next version.
 *
 * @since 0.1.0
 * @category events
 */
export type Upcaster = (data: unknown) => unknown

/**
 * The current schema version of each event, and the upcasters that lift older
 * stored versions: `upcasters[type][v]` turns version v into v + 1. A stored
 * event is never rewritten; its meaning is kept by upcasting on read.
 *
 * @since 0.1.0
 * @category events
 */
export interface SchemaVersions {
  readonly current: Readonly<Record<CustomerEventType, number>>
  readonly upcasters: Readonly<Partial<Record<CustomerEventType, Readonly<Record<number, Upcaster>>>>>
}

/** Every event is at version 1 so far. @since 0.1.0 @category events */
export const schemaVersions: SchemaVersions = {
  current: {
    CustomerRegistered: 1,
    ContactDetailsChanged: 1,
    PreferenceRecorded: 1,
    PurchaseLogged: 1,
    PurchaseRefunded: 1,
    AnniversaryNoted: 1,
    AnniversaryRemoved: 1,
    ComplaintFiled: 1,
    ComplaintResolved: 1,
    FollowUpLogged: 1,
    MembershipJoined: 1,
    MembershipRenewed: 1,
    PointsEarned: 1,
    PointsRedeemed: 1,
    PointsExpired: 1,
    EventAttended: 1,
    CustomerMarkedLost: 1,
    CustomerForgotten: 1,
  },
  upcasters: {},
}
