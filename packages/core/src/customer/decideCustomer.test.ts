import { describe, it } from 'vitest'
import { deciderSpecification } from '../testing/deciderSpecification.js'
import { customerDecider } from './customerDecider.js'
import {
  complaintData,
  customerId,
  day,
  id,
  joined,
  logPurchase,
  otherCustomerId,
  purchased,
  refundData,
  register,
  registered,
  registration,
  resolutionData,
} from './fixtures.test-support.js'
import type { Phone } from '../values/phone.js'

const spec = deciderSpecification(customerDecider)

describe('registering', () => {
  it('opens an archive for a new customer', () => spec.given([]).when(register).then([registered]))
  it('does nothing when the same registration is repeated', () => spec.given([registered]).when(register).thenNothingHappens())
  it('refuses the same id with other details', () =>
    spec.given([registered]).when({ type: 'RegisterCustomer', data: { ...registration, name: '王芳' } }).thenFails({ _tag: 'CustomerAlreadyRegistered' }))
  it('refuses a customer who refers themselves', () =>
    spec.given([]).when({ type: 'RegisterCustomer', data: { ...registration, referredBy: customerId } }).thenFails({ _tag: 'ReferrerIsSelf' }))
})

describe('contact details', () => {
  it('records only what changes', () =>
    spec
      .given([registered])
      .when({ type: 'ChangeContactDetails', data: { customerId, name: '李娜', address: '朝阳路 1 号' } })
      .then([{ type: 'ContactDetailsChanged', data: { customerId, address: '朝阳路 1 号' } }]))
  it('does nothing when nothing changes', () =>
    spec.given([registered]).when({ type: 'ChangeContactDetails', data: { customerId, phones: ['13812345678' as Phone] } }).thenNothingHappens())
  it('refuses a change that names no detail', () =>
    spec.given([registered]).when({ type: 'ChangeContactDetails', data: { customerId } }).thenFails({ _tag: 'ContactDetailsEmpty' }))
  it('clears an address with null', () =>
    spec
      .given([registered, { type: 'ContactDetailsChanged', data: { customerId, address: '朝阳路 1 号' } }])
      .when({ type: 'ChangeContactDetails', data: { customerId, address: null } })
      .then([{ type: 'ContactDetailsChanged', data: { customerId, address: null } }]))
})

describe('purchases', () => {
  it('logs a purchase', () => spec.given([registered]).when(logPurchase('p1', 19900)).then([purchased('p1', 19900)]))
  it('refuses a purchase for an unknown customer', () => spec.given([]).when(logPurchase('p1', 100)).thenFails({ _tag: 'CustomerNotFound' }))
  it('does nothing for the same purchase again', () => spec.given([registered, purchased('p1', 100)]).when(logPurchase('p1', 100)).thenNothingHappens())
  it('refuses a purchase id already used for another sale', () =>
    spec.given([registered, purchased('p1', 100)]).when(logPurchase('p1', 200)).thenFails({ _tag: 'IdAlreadyUsed', entity: 'purchase', id: 'p1' }))
  it('refuses items that do not add up to the amount', () => {
    const cmd = logPurchase('p2', 500)
    spec.given([registered]).when({ ...cmd, data: { ...cmd.data, amount: { amount: 600, currency: 'CNY' } } }).thenFails({ _tag: 'PurchaseItemsDoNotAddUp' })
  })
  it('does nothing when marked lost again for the same reason', () =>
    spec
      .given([registered, { type: 'CustomerMarkedLost', data: { customerId, markedOn: day('2024-05-01'), reason: 'price' } }])
      .when({ type: 'MarkCustomerLost', data: { customerId, markedOn: day('2024-05-01'), reason: 'price' } })
      .thenNothingHappens())
})

describe('refunds', () => {
  const refund = (refundId: string, amount: number, on?: string) => ({ type: 'RefundPurchase' as const, data: refundData(refundId, 'p1', amount, on) })
  it('refunds part of a purchase', () =>
    spec.given([registered, purchased('p1', 1000)]).when(refund('r1', 400)).then([{ type: 'PurchaseRefunded', data: refundData('r1', 'p1', 400) }]))
  it('refuses a refund above what remains', () =>
    spec
      .given([registered, purchased('p1', 1000), { type: 'PurchaseRefunded', data: refundData('r1', 'p1', 700) }])
      .when(refund('r2', 400))
      .thenFails({ _tag: 'RefundExceedsPurchase', refundable: { amount: 300, currency: 'CNY' } }))
  it('refuses a refund of an unknown purchase', () =>
    spec.given([registered]).when(refund('r1', 1)).thenFails({ _tag: 'PurchaseNotFound', purchaseId: 'p1' }))
  it('refuses a refund dated before the purchase', () =>
    spec.given([registered, purchased('p1', 1000)]).when(refund('r1', 1, '2024-03-01')).thenFails({ _tag: 'RefundBeforePurchase' }))
  it('refuses a refund of nothing', () => spec.given([registered, purchased('p1', 1000)]).when(refund('r1', 0)).thenFails({ _tag: 'RefundAmountNotPositive' }))
  it('refuses a refund in another currency', () =>
    spec
      .given([registered, purchased('p1', 1000)])
      .when({ type: 'RefundPurchase', data: { ...refundData('r1', 'p1', 10), amount: { amount: 10, currency: 'USD' } } })
      .thenFails({ _tag: 'RefundCurrencyMismatch' }))
  it('does nothing for the same refund again', () =>
    spec.given([registered, purchased('p1', 1000), { type: 'PurchaseRefunded', data: refundData('r1', 'p1', 1000) }]).when(refund('r1', 1000)).thenNothingHappens())
})

describe('anniversaries', () => {
  const noted = {
    type: 'AnniversaryNoted' as const,
    data: { customerId, anniversaryId: id('a1'), kind: 'birthday' as const, relation: 'self' as const, date: { calendar: 'lunar' as const, month: 8, day: 15, leap: false } },
  }
  it('notes a lunar birthday', () => spec.given([registered]).when({ type: 'NoteAnniversary', data: noted.data }).then([noted]))
  it('does nothing when noted again unchanged', () => spec.given([registered, noted]).when({ type: 'NoteAnniversary', data: noted.data }).thenNothingHappens())
  it('replaces the date when the same id is noted with another date', () => {
    const corrected = { ...noted.data, date: { calendar: 'lunar' as const, month: 8, day: 16, leap: false } }
    spec.given([registered, noted]).when({ type: 'NoteAnniversary', data: corrected }).then([{ type: 'AnniversaryNoted', data: corrected }])
  })
  it('removes it once', () =>
    spec
      .given([registered, noted, { type: 'AnniversaryRemoved', data: { customerId, anniversaryId: id('a1') } }])
      .when({ type: 'RemoveAnniversary', data: { customerId, anniversaryId: id('a1') } })
      .thenNothingHappens())
  it('refuses to remove one never noted', () =>
    spec.given([registered]).when({ type: 'RemoveAnniversary', data: { customerId, anniversaryId: id('a9') } }).thenFails({ _tag: 'AnniversaryNotFound' }))
})

describe('complaints', () => {
  const filed = { type: 'ComplaintFiled' as const, data: complaintData('c1') }
  it('files a complaint', () => spec.given([registered]).when({ type: 'FileComplaint', data: complaintData('c1') }).then([filed]))
  it('refuses a complaint about a purchase not on the ledger', () =>
    spec.given([registered]).when({ type: 'FileComplaint', data: { ...complaintData('c1'), purchaseId: id('p9') } }).thenFails({ _tag: 'PurchaseNotFound' }))
  it('resolves a filed complaint', () =>
    spec.given([registered, filed]).when({ type: 'ResolveComplaint', data: resolutionData('c1') }).then([{ type: 'ComplaintResolved', data: resolutionData('c1') }]))
  it('refuses to resolve a complaint never filed', () =>
    spec.given([registered]).when({ type: 'ResolveComplaint', data: resolutionData('c1') }).thenFails({ _tag: 'ComplaintNotFound', complaintId: 'c1' }))
  it('refuses to resolve a complaint twice differently', () =>
    spec
      .given([registered, filed, { type: 'ComplaintResolved', data: resolutionData('c1') }])
      .when({ type: 'ResolveComplaint', data: resolutionData('c1', '2024-03-07', false) })
      .thenFails({ _tag: 'ComplaintAlreadyResolved' }))
  it('does nothing when the same resolution is repeated', () =>
    spec.given([registered, filed, { type: 'ComplaintResolved', data: resolutionData('c1') }]).when({ type: 'ResolveComplaint', data: resolutionData('c1') }).thenNothingHappens())
  it('refuses a resolution dated before the complaint', () =>
    spec.given([registered, filed]).when({ type: 'ResolveComplaint', data: resolutionData('c1', '2024-03-01') }).thenFails({ _tag: 'ComplaintResolvedBeforeFiled' }))
})

describe('membership and points', () => {
  const earn = (entryId: string, points: number) => ({ type: 'EarnPoints' as const, data: { customerId, entryId: id(entryId), points, earnedOn: day('2024-03-02') } })
  const redeem = (entryId: string, points: number) => ({ type: 'RedeemPoints' as const, data: { customerId, entryId: id(entryId), points, redeemedOn: day('2024-03-03') } })
  it('refuses points for a non-member', () => spec.given([registered]).when(earn('e1', 10)).thenFails({ _tag: 'MembershipNotFound' }))
  it('earns points as a member', () => spec.given([registered, joined]).when(earn('e1', 10)).then([{ type: 'PointsEarned', data: earn('e1', 10).data }]))
  it('never lets the balance go below zero', () =>
    spec.given([registered, joined, { type: 'PointsEarned', data: earn('e1', 10).data }]).when(redeem('e2', 11)).thenFails({ _tag: 'PointsInsufficient', balance: 10, requested: 11 }))
  it('does nothing for the same redemption again', () =>
    spec
      .given([registered, joined, { type: 'PointsEarned', data: earn('e1', 10).data }, { type: 'PointsRedeemed', data: redeem('e2', 10).data }])
      .when(redeem('e2', 10))
      .thenNothingHappens())
  it('refuses an entry id reused for another kind of entry', () =>
    spec.given([registered, joined, { type: 'PointsEarned', data: earn('e1', 10).data }]).when(redeem('e1', 5)).thenFails({ _tag: 'IdAlreadyUsed', entity: 'points entry' }))
  it('refuses a second joining with other terms', () =>
    spec.given([registered, joined]).when({ type: 'JoinMembership', data: { customerId, joinedOn: day('2024-04-01') } }).thenFails({ _tag: 'MembershipAlreadyJoined' }))
  it('refuses a renewal that does not move the expiry later', () =>
    spec
      .given([registered, joined])
      .when({ type: 'RenewMembership', data: { customerId, renewedOn: day('2024-06-01'), expiresOn: day('2025-01-01') } })
      .thenFails({ _tag: 'MembershipRenewalNotLater' }))
  it('refuses a membership that expires before it starts', () =>
    spec
      .given([registered])
      .when({ type: 'JoinMembership', data: { customerId, joinedOn: day('2024-03-01'), expiresOn: day('2024-03-01') } })
      .thenFails({ _tag: 'MembershipExpiryNotAfterStart' }))
})

describe('forgetting', () => {
  const forgotten = { type: 'CustomerForgotten' as const, data: { customerId, forgottenOn: day('2024-06-01'), requestedBy: 'customer' as const } }
  it('forgets a customer', () => spec.given([registered]).when({ type: 'ForgetCustomer', data: forgotten.data }).then([forgotten]))
  it('accepts nothing more for a forgotten customer', () => spec.given([registered, forgotten]).when(logPurchase('p1', 100)).thenFails({ _tag: 'CustomerForgotten' }))
  it('refuses to register a forgotten customer again', () => spec.given([registered, forgotten]).when(register).thenFails({ _tag: 'CustomerForgotten' }))
  it('does nothing when asked to forget again', () => spec.given([registered, forgotten]).when({ type: 'ForgetCustomer', data: forgotten.data }).thenNothingHappens())
})

describe('guards', () => {
  it('refuses a command for another customer than the history', () =>
    spec.given([registered]).when({ ...logPurchase('p1', 100), data: { ...logPurchase('p1', 100).data, customerId: otherCustomerId } }).thenFails({ _tag: 'CustomerMismatch' }))
  it('refuses a follow-up dated before the purchase it follows', () =>
    spec
      .given([registered, purchased('p1', 100, '2024-03-10')])
      .when({ type: 'LogFollowUp', data: { customerId, followUpId: id('f1'), contactedOn: day('2024-03-09'), channel: 'phone', purpose: 'after_purchase', outcome: 'satisfied', purchaseId: id('p1') } })
      .thenFails({ _tag: 'FollowUpBeforePurchase' }))
})
