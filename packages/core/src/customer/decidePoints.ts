import type { CustomerCommandOf } from '../commands/customerCommand.js'
import type { CustomerEvent } from '../events/customerEvent.js'
import { findFirst } from '../internal/list.js'
import type { RegisteredCustomer } from './customerState.js'
import { type Decision, recordOnce, refuse } from './decideCustomer.js'

type PointsCommand = CustomerCommandOf<'EarnPoints' | 'RedeemPoints' | 'ExpirePoints'>

const eventFor = (c: PointsCommand): CustomerEvent => {
  switch (c.type) {
    case 'EarnPoints':
      return { type: 'PointsEarned', data: c.data }
    case 'RedeemPoints':
      return { type: 'PointsRedeemed', data: c.data }
    case 'ExpirePoints':
      return { type: 'PointsExpired', data: c.data }
  }
}

/** Points belong to members, each entry is recorded once, and the balance never goes below zero. @internal */
export const decidePoints = (s: RegisteredCustomer, c: PointsCommand): Decision => {
  if (s.membership === undefined) return refuse({ _tag: 'MembershipNotFound' })
  const { entryId, points } = c.data
  const event = eventFor(c)
  // Entry ids are shared by earning, redeeming and expiring: one ledger of points.
  const existing = findFirst(
    s.history,
    (e) => (e.type === 'PointsEarned' || e.type === 'PointsRedeemed' || e.type === 'PointsExpired') && e.data.entryId === entryId,
  )
  if (existing !== undefined) return existing.type === event.type ? recordOnce(existing, event, 'points entry', entryId) : refuse({ _tag: 'IdAlreadyUsed', entity: 'points entry', id: entryId })
  if (c.type !== 'EarnPoints' && points > s.pointsBalance) return refuse({ _tag: 'PointsInsufficient', balance: s.pointsBalance, requested: points })
  return recordOnce(undefined, event, 'points entry', entryId)
}
