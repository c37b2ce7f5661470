// The care index's state: what it keeps of each customer and the indexes
// the care agenda reads. Plain Maps, Sets and objects.
import type { CustomerId, EntityId, LocalDate, Money, Occasion, PurchaseLogged } from '@clientele/core'

/**
 * A purchase as the index keeps it: the logged event's data itself, shared
 * with the event (and with the profiles read model), never copied.
 *
 * NOTE: a copy per purchase was the index's largest allocation in a rebuild
 * (one object per purchase, hundreds of thousands), for fields the data
 * already has; the one thing the index adds, whether a follow-up named the
 * purchase, is kept per customer in `followedUp`.
 *
 * @since 0.1.0
 * @category care agenda
 */
export type IndexedPurchase = PurchaseLogged['data']

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
  /** Purchases not refunded in full (a zero-amount purchase counts). */
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
  /** The purchases a follow-up named (`purchaseId`) after they were logged, in the order first named. */
  readonly followedUp: EntityId[]
  /** What was refunded of each refunded purchase, in its currency; undefined until the first refund (most customers have none). */
  readonly refunded: Map<EntityId, number> | undefined
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
  /** The latest day of a call naming each complaint (same keys), whatever the order the call and the resolution were logged in. */
  readonly complaintCalls: Map<string, LocalDate>
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

/** Whether a purchase was made for a target. */
const isFor = (p: IndexedPurchase, target: PurchaseTarget): boolean =>
  'anniversaryId' in target
    ? p.anniversaryId === target.anniversaryId
    : 'occasion' in target
      ? p.occasion === target.occasion
      : p.occasion === 'festival' && p.festival === target.festival

/**
 * A customer's last purchase for a target: the latest purchase day, and on
 * the same day the one logged later.
 *
 * NOTE: looked up when the agenda asks, by reading the customer's purchases
 * from the latest, rather than kept per target on every purchase: keeping it
 * cost a map look-up and insert per target on each of a rebuild's hundreds of
 * thousands of purchases (about a quarter of the index's rebuild time), while
 * a day's agenda asks for a few hundred customers with tens of purchases each.
 *
 * @since 0.1.0
 * @category care agenda
 */
export const lastPurchaseOf = (c: CustomerCare, target: PurchaseTarget): IndexedPurchase | undefined => lastPurchaseWhere(c, (p) => isFor(p, target))

/** The customer's last purchase that `accept` takes, as `lastPurchaseOf` picks it. @internal */
export const lastPurchaseWhere = (c: CustomerCare, accept: (p: IndexedPurchase) => boolean): IndexedPurchase | undefined => {
  let last: IndexedPurchase | undefined
  for (let i = c.purchases.length - 1; i >= 0; i--) {
    const p = c.purchases[i] as IndexedPurchase
    if (accept(p) && (last === undefined || p.purchasedOn > last.purchasedOn)) last = p
  }
  return last
}

/** What the agenda recalls of an indexed purchase (a fresh object). */
export const recallPurchase = (p: IndexedPurchase): LastPurchase => ({
  purchaseId: p.purchaseId,
  purchasedOn: p.purchasedOn,
  amount: p.amount,
  items: p.items.map((i) => i.name),
})

/** The last purchase a customer made for a target, if any. @since 0.1.0 @category care agenda */
export const lastPurchaseFor = (state: CareIndexState, customerId: CustomerId, target: PurchaseTarget): LastPurchase | undefined => {
  const c = state.customers.get(customerId)
  const last = c === undefined ? undefined : lastPurchaseOf(c, target)
  return last === undefined ? undefined : recallPurchase(last)
}
