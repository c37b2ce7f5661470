// What the care agenda says: whom to contact, why, how urgently, by when.
import type { CustomerId, EntityId, LocalDate } from '@clientele/core'
import type { AnniversaryRules } from '../calendar/anniversaryRules.js'
import type { FestivalOptions } from '../calendar/festivals.js'
import type { IndexedAnniversary } from '../dateIndex/dateIndex.js'
import { defaultFollowUpCadence, type Tier } from '../segments/tierRules.js'
import type { LastPurchase } from './careIndexState.js'

/** 1 = most urgent. @since 0.1.0 @category care agenda */
export type CarePriority = 1 | 2 | 3

/** A last purchase recalled for a greeting, and how it was found: by the important date it named, by its occasion only, or by the festival it named. @since 0.1.0 @category care agenda */
export interface RecalledPurchase extends LastPurchase {
  readonly matchedBy: 'anniversary' | 'occasion' | 'festival'
}

/** The details of each kind of care item, by reason. @since 0.1.0 @category care agenda */
export interface CareDetails {
  readonly anniversary: {
    readonly anniversaryId: EntityId
    readonly kind: IndexedAnniversary['kind']
    readonly relation: IndexedAnniversary['relation']
    readonly personName?: string
    readonly occursOn: LocalDate
    readonly daysLeft: number
    readonly yearsSince?: number
    /** The last purchase for this date; failing that, the last for the matching occasion (birthday, anniversary, business gift). */
    readonly lastPurchaseForIt?: RecalledPurchase
  }
  readonly festival_greeting: {
    /** The festival's code. */
    readonly festival: string
    readonly name: string
    readonly date: LocalDate
    readonly daysLeft: number
    readonly why: 'bought_for_it_before' | 'key_customer'
    /** For those who bought for it before: the last such purchase. */
    readonly lastPurchaseForIt?: RecalledPurchase
  }
  readonly purchase_follow_up: { readonly purchaseId: EntityId; readonly purchasedOn: LocalDate; readonly daysSince: number }
  readonly yesterdays_customer: { readonly purchaseIds: ReadonlyArray<EntityId> }
  readonly open_complaint: { readonly complaintId: EntityId; readonly filedOn: LocalDate; readonly daysOpen: number }
  readonly complaint_follow_up: { readonly complaintId: EntityId; readonly resolvedOn: LocalDate }
  readonly membership_expiring: { readonly expiresOn: LocalDate; readonly daysLeft: number }
  readonly win_back: {
    readonly atRiskBecause: WinBackCandidate['atRiskBecause']
    readonly daysSinceLastPurchase: number
    readonly netSpend: number
  }
  readonly tier_follow_up: {
    readonly tier: Tier
    /** The tier's cadence: call at least this often. */
    readonly cadenceDays: number
    /** The later of the last purchase and the last follow-up logged. */
    readonly lastContactOn: LocalDate
    readonly daysSinceContact: number
  }
}

/**
 * A key customer the churn analysis finds slipping away: the fields the
 * agenda reads of a churn line, so `churnAsOf(…).winBack` can be passed as it is.
 *
 * @since 0.1.0
 * @category care agenda
 */
export interface WinBackCandidate {
  readonly customerId: CustomerId
  readonly atRiskBecause?: 'unlikely_alive' | 'overdue_for_cadence' | 'one_time_buyer_lapsed'
  readonly daysSinceLastPurchase: number
  readonly netSpend: number
}

/**
 * A customer's tier as the agenda reads it: the fields of a tier line, so
 * `tiersAsOf(…).customers` can be passed as it is.
 *
 * @since 0.1.0
 * @category care agenda
 */
export interface TieredCustomer {
  readonly customerId: CustomerId
  readonly tier: Tier
  readonly lastPurchaseOn: LocalDate
}

/** Why a customer is on the agenda. @since 0.1.0 @category care agenda */
export type CareReason = keyof CareDetails

/**
 * One line of the agenda, tagged by `reason`. `due` is the last day to act:
 * the day of the important date, of the festival or of the membership's
 * expiry; the agenda's day for everything else. `id` is unique within an
 * agenda (`reason customerId ref`) and stable from day to day.
 *
 * @since 0.1.0
 * @category care agenda
 */
export type CareItem = {
  readonly [R in CareReason]: {
    readonly reason: R
    readonly customerId: CustomerId
    readonly priority: CarePriority
    readonly due: LocalDate
    readonly id: string
    readonly details: CareDetails[R]
  }
}[CareReason]

/**
 * The fixed order of reasons among items of the same priority and due day:
 * complaints first, then greetings for dates, after-sales calls, festivals,
 * memberships, yesterday's customers.
 *
 * @since 0.1.0
 * @category care agenda
 */
export const careReasonOrder: ReadonlyArray<CareReason> = [
  'open_complaint',
  'complaint_follow_up',
  'anniversary',
  'purchase_follow_up',
  'festival_greeting',
  'membership_expiring',
  'win_back',
  'tier_follow_up',
  'yesterdays_customer',
]

/** Options of `careAgenda`; every one has a default. @since 0.1.0 @category care agenda */
export interface CareAgendaOptions {
  /** Important dates in the next N days, today included; default 7. */
  readonly anniversaryDays?: number
  /** Call back after purchases made exactly k days ago and not followed up since; default [3]. */
  readonly followUpAfterDays?: ReadonlyArray<number>
  /** Greet this many days before a festival (festivals from today to today + lead); default 3. */
  readonly festivalLeadDays?: number
  /** The shop's festivals added to or dropped from the built-in calendar; default none. */
  readonly festivals?: FestivalOptions
  /** Memberships expiring from today to today + N days; default 14. */
  readonly membershipExpiryDays?: number
  /** List yesterday's customers (one item per customer); default true. */
  readonly includeYesterday?: boolean
  /** How important dates fall in years missing their day; default the calendar's defaults. */
  readonly anniversaryRules?: Partial<AnniversaryRules>
  /**
   * At-risk customers from the churn analysis of the same day (pass
   * `churnAsOf(profiles, day).winBack`); the key customers among them get a
   * `win_back` item. Default none: the agenda itself fits no model.
   */
  readonly winBack?: ReadonlyArray<WinBackCandidate>
  /**
   * Customers' tiers as of the same day (pass `tiersAsOf(profiles, day).customers`);
   * each gets a `tier_follow_up` item once the days since the last contact
   * reach the tier's cadence. Default none: the agenda itself computes no tiers.
   */
  readonly tiers?: ReadonlyArray<TieredCustomer>
  /** Days between calls for each tier; default `defaultFollowUpCadence` (A 7, B 14, C 30, D 30, occasional 60, E 90). */
  readonly followUpCadence?: Partial<Readonly<Record<Tier, number>>>
}

/** The defaults of `CareAgendaOptions`. @since 0.1.0 @category care agenda */
export const defaultCareAgendaOptions = {
  anniversaryDays: 7,
  followUpAfterDays: [3],
  festivalLeadDays: 3,
  festivals: {},
  membershipExpiryDays: 14,
  includeYesterday: true,
  anniversaryRules: {},
  winBack: [],
  tiers: [],
  followUpCadence: defaultFollowUpCadence,
} as const satisfies Required<CareAgendaOptions>

const REASON_RANK: Readonly<Record<CareReason, number>> = Object.fromEntries(careReasonOrder.map((r, i) => [r, i])) as Record<CareReason, number>

// Code units, never the locale: the same order on every machine.
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/** The agenda's order: priority, due day, reason (in `careReasonOrder`), customer id, item id. @since 0.1.0 @category care agenda */
export const compareCareItems = (a: CareItem, b: CareItem): number =>
  a.priority - b.priority ||
  cmp(a.due, b.due) ||
  (REASON_RANK[a.reason] ?? 0) - (REASON_RANK[b.reason] ?? 0) ||
  cmp(a.customerId, b.customerId) ||
  cmp(a.id, b.id)
