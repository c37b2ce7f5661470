import type { CustomerEventOf, CustomerId } from '@clientele/core'
import { epochDayOf } from '../internal/epochDay.js'
import type { Projection } from '../projection.js'
import type { BilledPurchase, CustomerProfile } from './customerProfile.js'

/**
 * The profiles read model: every customer by id, and referrals waiting for
 * the referrer's registration (imports do not always come in order).
 *
 * @since 0.1.0
 * @category profiles
 */
export interface ProfilesState {
  readonly profiles: Map<CustomerId, CustomerProfile>
  /** Customers who asked to be forgotten: only the id is kept. */
  readonly forgotten: Set<CustomerId>
  readonly pendingReferrals: Map<CustomerId, CustomerId[]>
}

const newProfile = (d: CustomerEventOf<'CustomerRegistered'>['data']): CustomerProfile => ({
  customerId: d.customerId,
  status: 'active',
  registration: d,
  name: d.name,
  phones: d.phones ?? [],
  address: d.address,
  wechat: d.wechat,
  contactPerson: d.contactPerson,
  lost: undefined,
  lostMarks: [],
  preferences: [],
  anniversaries: new Map(),
  purchases: [],
  purchaseRefunded: [],
  purchaseDays: [],
  purchaseAmounts: [],
  refunds: [],
  totals: {
    currency: undefined,
    gross: 0,
    refunded: 0,
    net: 0,
    count: 0,
    averageTicket: 0,
    firstPurchaseOn: undefined,
    lastPurchaseOn: undefined,
    otherCurrencyPurchases: 0,
  },
  complaints: [],
  followUps: [],
  membership: undefined,
  points: { balance: 0, earned: 0, redeemed: 0, expired: 0 },
  attendances: [],
  referralsMade: [],
})

const recomputeAverage = (p: CustomerProfile): void => {
  const t = p.totals
  t.net = t.gross - t.refunded
  t.averageTicket = t.count === 0 ? 0 : Math.round(t.net / t.count)
}

const logPurchase = (p: CustomerProfile, d: CustomerEventOf<'PurchaseLogged'>['data']): void => {
  p.purchases.push(d)
  p.purchaseRefunded.push(0)
  p.purchaseDays.push(epochDayOf(d.purchasedOn))
  p.purchaseAmounts.push(d.amount.amount)
  // A lost customer who buys again has come back (as in the decider).
  if (p.status === 'lost') (p.status = 'active'), (p.lost = undefined)
  const t = p.totals
  t.currency ??= d.amount.currency
  if (d.amount.currency !== t.currency) {
    t.otherCurrencyPurchases++
    return
  }
  t.gross += d.amount.amount
  t.count++
  if (t.firstPurchaseOn === undefined || d.purchasedOn < t.firstPurchaseOn) t.firstPurchaseOn = d.purchasedOn
  if (t.lastPurchaseOn === undefined || d.purchasedOn > t.lastPurchaseOn) t.lastPurchaseOn = d.purchasedOn
  recomputeAverage(p)
}

const refund = (p: CustomerProfile, d: CustomerEventOf<'PurchaseRefunded'>['data']): void => {
  p.refunds.push(d)
  // NOTE: searched from the latest: a refund is nearly always of a recent sale,
  // and reading every line from the first (each a separate object and its
  // purchase) took about 0.2 s of a 1M-event rebuild in a CPU profile. A purchase id is
  // logged once per customer (the decider refuses a repeat), so the line
  // found is the same either way.
  for (let i = p.purchases.length - 1; i >= 0; i--) {
    if ((p.purchases[i] as BilledPurchase).purchaseId === d.purchaseId) {
      p.purchaseRefunded[i] = (p.purchaseRefunded[i] as number) + d.amount.amount
      break
    }
  }
  if (d.amount.currency === p.totals.currency) {
    p.totals.refunded += d.amount.amount
    recomputeAverage(p)
  }
}

const register = (state: ProfilesState, d: CustomerEventOf<'CustomerRegistered'>['data']): void => {
  if (state.profiles.has(d.customerId) || state.forgotten.has(d.customerId)) return
  const profile = newProfile(d)
  state.profiles.set(d.customerId, profile)
  const waiting = state.pendingReferrals.get(d.customerId)
  if (waiting !== undefined) {
    profile.referralsMade.push(...waiting)
    state.pendingReferrals.delete(d.customerId)
  }
  if (d.referredBy !== undefined) {
    const referrer = state.profiles.get(d.referredBy)
    if (referrer !== undefined) referrer.referralsMade.push(d.customerId)
    else if (!state.forgotten.has(d.referredBy)) {
      const list = state.pendingReferrals.get(d.referredBy)
      if (list === undefined) state.pendingReferrals.set(d.referredBy, [d.customerId])
      else list.push(d.customerId)
    }
  }
}

/**
 * Customer profiles: the whole customer at the counter.
 *
 * @since 0.1.0
 * @category profiles
 */
export const profiles: Projection<ProfilesState> = {
  name: 'profiles',
  init: () => ({ profiles: new Map(), forgotten: new Set(), pendingReferrals: new Map() }),
  apply: (state, { event }) => {
    if (event.type === 'CustomerRegistered') {
      register(state, event.data)
      return state
    }
    const p = state.profiles.get(event.data.customerId)
    if (p === undefined) return state
    switch (event.type) {
      case 'ContactDetailsChanged': {
        const d = event.data
        if (d.name !== undefined) p.name = d.name
        if (d.phones !== undefined) p.phones = d.phones
        if (d.address !== undefined) p.address = d.address ?? undefined
        if (d.wechat !== undefined) p.wechat = d.wechat ?? undefined
        if (d.contactPerson !== undefined) p.contactPerson = d.contactPerson ?? undefined
        break
      }
      case 'PreferenceRecorded':
        p.preferences.push(event.data)
        break
      case 'PurchaseLogged':
        logPurchase(p, event.data)
        break
      case 'PurchaseRefunded':
        refund(p, event.data)
        break
      case 'AnniversaryNoted':
        p.anniversaries.set(event.data.anniversaryId, event.data)
        break
      case 'AnniversaryRemoved':
        p.anniversaries.delete(event.data.anniversaryId)
        break
      case 'ComplaintFiled':
        p.complaints.push({ filed: event.data, resolution: undefined, followUps: [] })
        break
      case 'ComplaintResolved': {
        const c = p.complaints.find((x) => x.filed.complaintId === event.data.complaintId)
        if (c !== undefined) c.resolution = event.data
        break
      }
      case 'FollowUpLogged': {
        p.followUps.push(event.data)
        const id = event.data.complaintId
        if (id !== undefined) p.complaints.find((x) => x.filed.complaintId === id)?.followUps.push(event.data.contactedOn)
        break
      }
      case 'MembershipJoined': {
        const d = event.data
        p.membership = { joinedOn: d.joinedOn, expiresOn: d.expiresOn, level: d.level, membershipNo: d.membershipNo }
        break
      }
      case 'MembershipRenewed': {
        const d = event.data
        const m = p.membership
        p.membership = { joinedOn: m?.joinedOn ?? d.renewedOn, expiresOn: d.expiresOn, level: d.level ?? m?.level, membershipNo: m?.membershipNo }
        break
      }
      case 'PointsEarned':
        p.points.earned += event.data.points
        p.points.balance += event.data.points
        break
      case 'PointsRedeemed':
        p.points.redeemed += event.data.points
        p.points.balance -= event.data.points
        break
      case 'PointsExpired':
        p.points.expired += event.data.points
        p.points.balance -= event.data.points
        break
      case 'EventAttended':
        p.attendances.push(event.data)
        break
      case 'CustomerMarkedLost':
        p.status = 'lost'
        p.lost = event.data
        p.lostMarks.push({ mark: event.data, purchasesBefore: p.purchases.length })
        break
      case 'CustomerForgotten':
        // The read model keeps no personal data of a forgotten customer.
        state.profiles.delete(p.customerId)
        state.forgotten.add(p.customerId)
        {
          const referredBy = p.registration.referredBy
          const referrer = referredBy === undefined ? undefined : state.profiles.get(referredBy)
          const i = referrer === undefined ? -1 : referrer.referralsMade.indexOf(p.customerId)
          if (i >= 0) referrer?.referralsMade.splice(i, 1)
          // A referrer not registered yet holds the referral in waiting: it goes too.
          const waiting = referredBy === undefined ? undefined : state.pendingReferrals.get(referredBy)
          const j = waiting === undefined ? -1 : waiting.indexOf(p.customerId)
          if (j >= 0) waiting?.splice(j, 1)
          if (waiting?.length === 0 && referredBy !== undefined) state.pendingReferrals.delete(referredBy)
        }
        break
      default: {
        const unhandled: never = event
        return unhandled
      }
    }
    return state
  },
}
