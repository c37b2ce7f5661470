import type { CustomerEventOf, CustomerId, LocalDate, Money } from '@clientele/core'

/** A purchase on the customer's bill: the logged event's data itself. @since 0.1.0 @category profiles */
export type BilledPurchase = CustomerEventOf<'PurchaseLogged'>['data']

/** @since 0.1.0 @category profiles */
export interface ComplaintRecord {
  readonly filed: CustomerEventOf<'ComplaintFiled'>['data']
  resolution: CustomerEventOf<'ComplaintResolved'>['data'] | undefined
  /** Days a follow-up about this complaint was logged. */
  followUps: LocalDate[]
}

/**
 * Totals of the ledger in the customer's currency (the currency of the first
 * purchase); purchases in any other currency are counted in
 * `otherCurrencyPurchases` and left out of the sums rather than mixed in.
 *
 * @since 0.1.0
 * @category profiles
 */
export interface PurchaseTotals {
  currency: string | undefined
  /** Sum of purchase amounts (minor units). */
  gross: number
  refunded: number
  /** gross − refunded. */
  net: number
  count: number
  /** net / count, rounded to the minor unit; 0 before the first purchase. */
  averageTicket: number
  firstPurchaseOn: LocalDate | undefined
  lastPurchaseOn: LocalDate | undefined
  otherCurrencyPurchases: number
}

/**
 * The whole customer at the counter: details, important dates, the bill,
 * totals, complaints, follow-ups, membership and points, referrals, status.
 * Fields are mutable only inside the projection; queries hand out the same
 * objects, which callers must treat as read-only.
 *
 * @since 0.1.0
 * @category profiles
 */
export interface CustomerProfile {
  readonly customerId: CustomerId
  status: 'active' | 'lost'
  registration: CustomerEventOf<'CustomerRegistered'>['data']
  name: string
  phones: ReadonlyArray<string>
  address: string | undefined
  wechat: string | undefined
  contactPerson: string | undefined
  lost: CustomerEventOf<'CustomerMarkedLost'>['data'] | undefined
  /**
   * Every time the customer was marked lost, with how many purchases were on
   * the bill then: a purchase logged after a mark brought them back, so this
   * tells whether they counted as lost on any past day (reports "as of" a day).
   */
  lostMarks: Array<{ readonly mark: CustomerEventOf<'CustomerMarkedLost'>['data']; readonly purchasesBefore: number }>
  preferences: Array<CustomerEventOf<'PreferenceRecorded'>['data']>
  anniversaries: Map<string, CustomerEventOf<'AnniversaryNoted'>['data']>
  /** The bill: every purchase in the order logged. */
  purchases: BilledPurchase[]
  /**
   * Beside `purchases`, in the same order: what has been refunded of each so
   * far (minor units of its own currency), each purchase's day (days since
   * 1970-01-01) and its amount. NOTE: columns rather than an object per
   * purchase: a rebuild logs hundreds of thousands of purchases, and a line
   * object each was the profiles' largest allocation; and the "as of"
   * analyses walk every purchase of every customer, where arrays of small
   * numbers read about five times faster than the purchase objects and their
   * date strings (1.4 M purchases: ~35 ms against ~180 ms per pass).
   */
  purchaseRefunded: number[]
  purchaseDays: number[]
  purchaseAmounts: number[]
  refunds: Array<CustomerEventOf<'PurchaseRefunded'>['data']>
  totals: PurchaseTotals
  complaints: ComplaintRecord[]
  followUps: Array<CustomerEventOf<'FollowUpLogged'>['data']>
  membership:
    | { joinedOn: LocalDate; expiresOn: LocalDate | undefined; level: string | undefined; membershipNo: string | undefined }
    | undefined
  points: { balance: number; earned: number; redeemed: number; expired: number }
  attendances: Array<CustomerEventOf<'EventAttended'>['data']>
  /** Customers this one brought (老顾客带新顾客), in registration order. */
  referralsMade: CustomerId[]
}

/** A money value of the customer's currency. @since 0.1.0 @category profiles */
export const totalOf = (totals: PurchaseTotals, amount: number): Money => ({ amount, currency: totals.currency ?? 'CNY' })
