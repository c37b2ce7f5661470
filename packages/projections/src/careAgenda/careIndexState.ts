// The care index's state: what it keeps of each customer and the indexes
// the care agenda reads. Plain Maps, Sets and objects.
import type { CustomerId, EntityId, LocalDate, Money, Occasion, PurchaseItem } from '@clientele/core'

/** A purchase as the index keeps it, under its day and under its customer. @since 0.1.0 @category care agenda */
export interface IndexedPurchase {
  readonly customerId: CustomerId
  readonly purchaseId: EntityId
  readonly purchasedOn: LocalDate
  readonly occasion: Occasion
  readonly festival?: string
  readonly anniversaryId?: EntityId
  readonly amount: Money
  /** The sale's items as logged (shared with the event, not copied). */
  readonly items: ReadonlyArray<PurchaseItem>
  /** Whether a follow-up naming this purchase (`purchaseId`) was logged. */
  readonly followedUp: boolean
}

/** The last purchase made for an important date, an occasion or a festival ("last year they bought …"). @since 0.1.0 @category care agenda */
export interface LastPurchase {
  readonly purchaseId: EntityId
  readonly purchasedOn: LocalDate
  readonly amount: Money
  /** The names of the items, in the order of the sale (empty when the shop noted only a total). */
  readonly items: ReadonlyArray<string>
}

/** What the index remembers of one customer. @since 0.1.0 @category care agenda */
export interface CustomerCare {
  /** Marked lost and not bought since (a purchase brings a lost customer back, as in the core). */
  readonly lost: boolean
  /** The latest `contactedOn` of any follow-up. */
  readonly lastFollowUpOn: LocalDate | undefined
  /** Purchases less refunds in the shop's currency, in minor units (fen). */
  readonly netSpend: number
  readonly purchaseCount: number
  /** Whether the customer is in `keyCustomers` (kept beside it so a purchase tests a flag, not the set). */
  readonly key: boolean
  readonly membershipExpiresOn: LocalDate | undefined
  /**
   * Every purchase, in the order logged. NOTE: a list, not a map by id: the
   * decider logs a purchase id once per customer, and only a follow-up naming
   * a purchase looks one up (searching from the latest), while a map cost a
   * lookup and an insert on every purchase of a rebuild.
   */
  readonly purchases: IndexedPurchase[]
  /** The last purchase for each target, keyed by `lastPurchaseKey`. */
  readonly lastFor: Map<string, IndexedPurchase>
}

/** A complaint filed and not resolved. @since 0.1.0 @category care agenda */
export interface OpenComplaint {
  readonly customerId: CustomerId
  readonly complaintId: EntityId
  readonly filedOn: LocalDate
}

/** A complaint resolved but not yet followed up. @since 0.1.0 @category care agenda */
export interface UnfollowedResolution extends OpenComplaint {
  readonly resolvedOn: LocalDate
}

/** When a customer counts as a key customer, fixed when the projection is created. @since 0.1.0 @category care agenda */
export interface KeyCustomerRule {
  /** Net spend (minor units of `currency`) from which a customer is key. */
  readonly keySpend: number
  /** Number of purchases from which a customer is key. */
  readonly keyPurchases: number
  /** The shop's currency: net spend adds up only amounts in it. */
  readonly currency: string
}

/**
 * The index's state. Complaints are keyed `customerId complaintId`. Plain
 * Maps, Sets and objects, so `structuredClone` takes a checkpoint (a purchase
 * object is shared by its day bucket and its customer, and a clone keeps that).
 *
 * @since 0.1.0
 * @category care agenda
 */
export interface CareIndexState {
  readonly keyRule: KeyCustomerRule
  readonly customers: Map<CustomerId, CustomerCare>
  readonly purchasesByDay: Map<LocalDate, IndexedPurchase[]>
  readonly openComplaints: Map<string, OpenComplaint>
  readonly unfollowedResolutions: Map<string, UnfollowedResolution>
  readonly membershipExpiry: Map<LocalDate, Set<CustomerId>>
  /** Festival code → customers who bought with `occasion: 'festival'` and that code. */
  readonly festivalBuyers: Map<string, Set<CustomerId>>
  readonly keyCustomers: Set<CustomerId>
  /** Forgotten customers: nothing of theirs is indexed again, even if a late event names them. */
  readonly forgotten: Set<CustomerId>
}

/** What a last purchase was made for: an important date, an occasion, or a festival code. @since 0.1.0 @category care agenda */
export type PurchaseTarget =
  | { readonly anniversaryId: EntityId }
  | { readonly occasion: Occasion }
  | { readonly festival: string }

// Built by concatenation on the hot paths, without a target object.
/** The `lastFor` key of an important date (internal; see `lastPurchaseKey`). @since 0.1.0 @category care agenda */
export const anniversaryKey = (anniversaryId: EntityId): string => 'a:' + anniversaryId

// NOTE: one constant string per occasion: every purchase looks its occasion up,
// and a key built afresh each time had to be allocated and hashed each time.
const OCCASION_KEYS: Readonly<Record<Occasion, string>> = {
  birthday: 'o:birthday',
  anniversary: 'o:anniversary',
  festival: 'o:festival',
  business_gift: 'o:business_gift',
  gift: 'o:gift',
  self: 'o:self',
  other: 'o:other',
}
/** The `lastFor` key of an occasion (internal; see `lastPurchaseKey`). @since 0.1.0 @category care agenda */
export const occasionKey = (occasion: Occasion): string => OCCASION_KEYS[occasion]
/** The `lastFor` key of a festival code (internal; see `lastPurchaseKey`). @since 0.1.0 @category care agenda */
export const festivalKey = (festival: string): string => 'f:' + festival

/** The key of a target in `CustomerCare.lastFor`. @since 0.1.0 @category care agenda */
export const lastPurchaseKey = (target: PurchaseTarget): string =>
  'anniversaryId' in target ? anniversaryKey(target.anniversaryId) : 'occasion' in target ? occasionKey(target.occasion) : festivalKey(target.festival)

/** What the agenda recalls of an indexed purchase (a fresh object). */
export const recallPurchase = (p: IndexedPurchase): LastPurchase => ({
  purchaseId: p.purchaseId,
  purchasedOn: p.purchasedOn,
  amount: p.amount,
  items: p.items.map((i) => i.name),
})

/** The last purchase a customer made for a target, if any. @since 0.1.0 @category care agenda */
export const lastPurchaseFor = (state: CareIndexState, customerId: CustomerId, target: PurchaseTarget): LastPurchase | undefined => {
  const last = state.customers.get(customerId)?.lastFor.get(lastPurchaseKey(target))
  return last === undefined ? undefined : recallPurchase(last)
}
