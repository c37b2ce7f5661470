// A customer's history as it stood at the end of a day, read from the
// profile: the basis of every analysis "as of" a day (tiers, RFM, churn,
// reports). History up to day D means the events whose own business day
// (purchasedOn, refundedOn, filedOn, resolvedOn, contactedOn, markedOn,
// registeredOn) is on or before D, in the order they were logged; replaying
// only those into fresh projections gives the same answers as reading the
// full profiles with these functions.
import type { CustomerEventOf, LocalDate, LostReason } from '@clientele/core'
import type { BilledPurchase, ComplaintRecord, CustomerProfile } from '../profiles/index.js'

type PurchaseData = CustomerEventOf<'PurchaseLogged'>['data']

/** A purchase as it stood at the end of the day: refunds dated later are not yet made. @since 0.1.0 @category history */
export interface PurchaseAsOf {
  readonly purchase: PurchaseData
  /** Refunded by the end of the day, in the purchase's currency (minor units). */
  readonly refunded: number
  /** Amount less `refunded`. */
  readonly net: number
}

/** Whether the customer had registered by the end of `asOf`. @since 0.1.0 @category history */
export const registeredBy = (p: CustomerProfile, asOf: LocalDate): boolean => p.registration.registeredOn <= asOf

/** The purchases made on or before `asOf`, in the order logged, each net of the refunds made on or before `asOf`. @since 0.1.0 @category history */
export const purchasesAsOf = (p: CustomerProfile, asOf: LocalDate): PurchaseAsOf[] => {
  // NOTE: most customers have no refund; only then is a map of refunds built.
  let refunded: Map<string, number> | undefined
  for (const r of p.refunds) {
    if (r.refundedOn > asOf) continue
    refunded ??= new Map()
    refunded.set(r.purchaseId, (refunded.get(r.purchaseId) ?? 0) + r.amount.amount)
  }
  const out: PurchaseAsOf[] = []
  for (const d of p.purchases) {
    if (d.purchasedOn > asOf) continue
    const back = refunded?.get(d.purchaseId) ?? 0
    out.push({ purchase: d, refunded: back, net: d.amount.amount - back })
  }
  return out
}

/** A complaint as it stood at the end of the day: resolved only if resolved by then, with the follow-ups made by then. @since 0.1.0 @category history */
export interface ComplaintAsOf {
  readonly filed: ComplaintRecord['filed']
  readonly resolution: ComplaintRecord['resolution']
  readonly followUps: ReadonlyArray<LocalDate>
}

/** The complaints filed on or before `asOf`, as they stood then. @since 0.1.0 @category history */
export const complaintsAsOf = (p: CustomerProfile, asOf: LocalDate): ComplaintAsOf[] => {
  const out: ComplaintAsOf[] = []
  for (const c of p.complaints) {
    if (c.filed.filedOn > asOf) continue
    const resolution = c.resolution !== undefined && c.resolution.resolvedOn <= asOf ? c.resolution : undefined
    out.push({ filed: c.filed, resolution, followUps: c.followUps.filter((d) => d <= asOf) })
  }
  return out
}

/** The follow-ups logged for a day on or before `asOf`. @since 0.1.0 @category history */
export const followUpsAsOf = (p: CustomerProfile, asOf: LocalDate): Array<CustomerEventOf<'FollowUpLogged'>['data']> =>
  p.followUps.filter((f) => f.contactedOn <= asOf)

/** Why and since when a customer counted as lost at the end of a day. @since 0.1.0 @category history */
export interface LostAsOf {
  readonly markedOn: LocalDate
  readonly reason: LostReason
}

/**
 * Whether the customer counted as lost at the end of `asOf`: the latest mark
 * dated on or before it, unless a purchase dated on or before it was logged
 * after that mark (buying again brings a customer back, as in the decider).
 */
export const lostAsOf = (p: CustomerProfile, asOf: LocalDate): LostAsOf | undefined => {
  for (let i = p.lostMarks.length - 1; i >= 0; i--) {
    const { mark, purchasesBefore } = p.lostMarks[i] as CustomerProfile['lostMarks'][number]
    if (mark.markedOn > asOf) continue
    for (let j = purchasesBefore; j < p.purchases.length; j++)
      if ((p.purchases[j] as BilledPurchase).purchasedOn <= asOf) return undefined
    return { markedOn: mark.markedOn, reason: mark.reason }
  }
  return undefined
}
