// Membership (会员): joining, renewing, points earned on purchases, redeemed
// now and then, expired after a long silence; shop events for members.
import type { CustomerCommandOf } from '../../commands/customerCommand.js'
import type { EntityId } from '../../values/entityId.js'
import { daysBetween } from '../../values/localDate.js'
import type { Profile, Sim } from './model.js'
import { membershipLevels, redeemReasons } from './phrases.js'

/** Points lapse after this many days without a purchase (积分有效期). @since 0.1.0 @category testing */
export const POINTS_LAPSE_DAYS = 180

/** The customer joins the membership on the day of a purchase; a renewal is planned before it expires. @since 0.1.0 @category testing */
export const joinMembership = (sim: Sim, day: number, p: Profile): void => {
  const rng = sim.rng
  const data: CustomerCommandOf<'JoinMembership'>['data'] = { customerId: p.id, joinedOn: sim.date(day) }
  if (rng.chance(0.8)) data.membershipNo = `M${String(p.index + 1).padStart(6, '0')}`
  data.level = rng.weighted([[80, membershipLevels[0] ?? '普通会员'], [15, membershipLevels[1] ?? '银卡会员'], [5, membershipLevels[2] ?? '金卡会员']])
  // A few shops sell memberships for life.
  const lifelong = rng.chance(0.08)
  if (!lifelong) data.expiresOn = sim.date(day + p.termDays)
  if (!sim.issue(day, p, { type: 'JoinMembership', data })) return
  if (!lifelong) sim.schedule(day + p.termDays - rng.int(11), { kind: 'renew', p })
}

const isMember = (p: Profile): boolean => (p.state.status === 'active' || p.state.status === 'lost') && p.state.membership !== undefined

const balanceOf = (p: Profile): number => (p.state.status === 'active' || p.state.status === 'lost' ? p.state.pointsBalance : 0)

/** One point per yuan spent, and now and then points redeemed at the counter. @since 0.1.0 @category testing */
export const pointsAfterPurchase = (sim: Sim, day: number, p: Profile, purchaseId: EntityId, amount: number): void => {
  if (!isMember(p)) return
  const rng = sim.rng
  const balance = balanceOf(p)
  if (balance >= 200 && rng.chance(0.12)) {
    const points = Math.min(balance, rng.pick([100, 200, 300, 500]))
    const data: CustomerCommandOf<'RedeemPoints'>['data'] = { customerId: p.id, entryId: sim.nextId('P', day), points, redeemedOn: sim.date(day) }
    if (rng.chance(0.8)) data.reason = rng.pick(redeemReasons)
    sim.issue(day, p, { type: 'RedeemPoints', data })
  }
  const earned = Math.floor(amount / 100)
  if (earned >= 1) {
    const data: CustomerCommandOf<'EarnPoints'>['data'] = {
      customerId: p.id,
      entryId: sim.nextId('P', day),
      points: earned,
      earnedOn: sim.date(day),
      purchaseId,
    }
    if (rng.chance(0.5)) data.reason = '消费积分'
    sim.issue(day, p, { type: 'EarnPoints', data })
  }
  if (p.pointsCheckDay < 0) {
    p.pointsCheckDay = day + POINTS_LAPSE_DAYS
    sim.schedule(p.pointsCheckDay, { kind: 'pointsCheck', p })
  }
}

/** Points lapse when the member has not bought anything for POINTS_LAPSE_DAYS. @since 0.1.0 @category testing */
export const checkPointsLapse = (sim: Sim, day: number, p: Profile): void => {
  p.pointsCheckDay = -1
  if (!isMember(p)) return
  const due = p.lastPurchaseDay + POINTS_LAPSE_DAYS
  if (due > day) {
    p.pointsCheckDay = due
    sim.schedule(due, { kind: 'pointsCheck', p })
    return
  }
  const points = balanceOf(p)
  if (points > 0)
    sim.issue(day, p, { type: 'ExpirePoints', data: { customerId: p.id, entryId: sim.nextId('P', day), points, expiredOn: sim.date(day) } })
}

/** Active members renew shortly before expiry; the others get a reminder call and let it lapse. @since 0.1.0 @category testing */
export const renewMembership = (sim: Sim, day: number, p: Profile): void => {
  const s = p.state
  if ((s.status !== 'active' && s.status !== 'lost') || s.membership?.expiresOn === undefined) return
  const rng = sim.rng
  const stillBuying = day < p.churnDay && day - p.lastPurchaseDay <= 120
  if (!stillBuying) {
    if (rng.chance(0.5)) sim.schedule(day, { kind: 'followUp', p, purpose: 'membership' })
    return
  }
  // The new term runs from the old expiry day; the day index is recovered from the date.
  const expiresDay = day + daysBetween(sim.date(day), s.membership.expiresOn)
  const data: CustomerCommandOf<'RenewMembership'>['data'] = { customerId: p.id, renewedOn: sim.date(day), expiresOn: sim.date(expiresDay + p.termDays) }
  if (rng.chance(0.1)) data.level = membershipLevels[Math.min(2, 1 + rng.int(2))] ?? '银卡会员'
  if (sim.issue(day, p, { type: 'RenewMembership', data })) sim.schedule(expiresDay + p.termDays - rng.int(11), { kind: 'renew', p })
}

/** A shop event (插花沙龙, 新品品鉴会, …): some active members come. @since 0.1.0 @category testing */
export const attendShopEvent = (sim: Sim, day: number, p: Profile, eventName: string): void => {
  if (p.state.status !== 'active' || p.state.membership === undefined || day >= p.churnDay || !sim.rng.chance(0.08)) return
  sim.issue(day, p, {
    type: 'RecordEventAttendance',
    data: { customerId: p.id, attendanceId: sim.nextId('E', day), eventName, attendedOn: sim.date(day) },
  })
}
