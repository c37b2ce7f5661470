import type { Money } from '../values/money.js'

/** The things inside an archive that have ids of their own. @since 0.1.0 @category customer */
export type EntityKind = 'purchase' | 'refund' | 'preference' | 'complaint' | 'follow-up' | 'points entry' | 'attendance'

/**
 * Why the decider refused a command. Data, not exceptions; ids only, never
 * personal data.
 *
 * @since 0.1.0
 * @category customer
 */
export type DomainError =
  | { readonly _tag: 'CustomerNotFound' }
  | { readonly _tag: 'CustomerAlreadyRegistered' }
  | { readonly _tag: 'CustomerForgotten' }
  /** The command names another customer than the history it was decided on. */
  | { readonly _tag: 'CustomerMismatch' }
  | { readonly _tag: 'ReferrerIsSelf' }
  | { readonly _tag: 'ContactDetailsEmpty' }
  /** The id names something already recorded with other content. */
  | { readonly _tag: 'IdAlreadyUsed'; readonly entity: EntityKind; readonly id: string }
  | { readonly _tag: 'PurchaseNotFound'; readonly purchaseId: string }
  | { readonly _tag: 'FollowUpBeforePurchase'; readonly purchaseId: string }
  | { readonly _tag: 'PurchaseItemsDoNotAddUp'; readonly purchaseId: string }
  | { readonly _tag: 'RefundAmountNotPositive'; readonly refundId: string }
  | { readonly _tag: 'RefundCurrencyMismatch'; readonly purchaseId: string }
  | { readonly _tag: 'RefundBeforePurchase'; readonly purchaseId: string }
  | { readonly _tag: 'RefundExceedsPurchase'; readonly purchaseId: string; readonly refundable: Money }
  | { readonly _tag: 'AnniversaryNotFound'; readonly anniversaryId: string }
  | { readonly _tag: 'ComplaintNotFound'; readonly complaintId: string }
  | { readonly _tag: 'ComplaintAlreadyResolved'; readonly complaintId: string }
  | { readonly _tag: 'ComplaintResolvedBeforeFiled'; readonly complaintId: string }
  | { readonly _tag: 'MembershipNotFound' }
  | { readonly _tag: 'MembershipAlreadyJoined' }
  | { readonly _tag: 'MembershipExpiryNotAfterStart' }
  | { readonly _tag: 'MembershipRenewalNotLater' }
  | { readonly _tag: 'PointsInsufficient'; readonly balance: number; readonly requested: number }

/**
 * A short English sentence for the shop's staff or logs.
 *
 * @since 0.1.0
 * @category customer
 */
export const renderDomainError = (e: DomainError): string => {
  switch (e._tag) {
    case 'CustomerNotFound':
      return 'no customer has this id'
    case 'CustomerAlreadyRegistered':
      return 'a customer with this id is already registered with other details'
    case 'CustomerForgotten':
      return 'this customer asked to be forgotten; nothing more can be recorded'
    case 'CustomerMismatch':
      return 'the command names another customer than the history it was decided on'
    case 'FollowUpBeforePurchase':
      return `the follow-up is dated before purchase ${e.purchaseId}`
    case 'ReferrerIsSelf':
      return 'a customer cannot refer themselves'
    case 'ContactDetailsEmpty':
      return 'the change names no contact detail'
    case 'IdAlreadyUsed':
      return `${e.entity} id ${e.id} is already used for something else`
    case 'PurchaseNotFound':
      return `purchase ${e.purchaseId} is not on this customer's ledger`
    case 'PurchaseItemsDoNotAddUp':
      return `the items of purchase ${e.purchaseId} do not add up to its amount`
    case 'RefundAmountNotPositive':
      return `refund ${e.refundId} must be of at least one minor unit`
    case 'RefundCurrencyMismatch':
      return `the refund's currency differs from purchase ${e.purchaseId}'s`
    case 'RefundBeforePurchase':
      return `the refund is dated before purchase ${e.purchaseId}`
    case 'RefundExceedsPurchase':
      return `the refund exceeds what remains refundable of purchase ${e.purchaseId} (${e.refundable.amount} ${e.refundable.currency} minor units)`
    case 'AnniversaryNotFound':
      return `no anniversary ${e.anniversaryId} is on record`
    case 'ComplaintNotFound':
      return `no complaint ${e.complaintId} was filed`
    case 'ComplaintAlreadyResolved':
      return `complaint ${e.complaintId} is already resolved`
    case 'ComplaintResolvedBeforeFiled':
      return `the resolution of complaint ${e.complaintId} is dated before the complaint`
    case 'MembershipNotFound':
      return 'the customer is not a member'
    case 'MembershipAlreadyJoined':
      return 'the customer is already a member'
    case 'MembershipExpiryNotAfterStart':
      return 'a membership must expire after it starts'
    case 'MembershipRenewalNotLater':
      return 'a renewal must move the expiry date later'
    case 'PointsInsufficient':
      return `the balance is ${e.balance} points, ${e.requested} were asked for`
  }
}
