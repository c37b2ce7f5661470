import type { CustomerEvent } from '../events/customerEvent.js'
import { prepend } from '../internal/list.js'
import type { Contact, CustomerState, Membership, RegisteredCustomer } from './customerState.js'

const changeContact = (contact: Contact, change: Extract<CustomerEvent, { type: 'ContactDetailsChanged' }>['data']): Contact => {
  const next: { -readonly [K in keyof Contact]: Contact[K] } = { ...contact }
  if (change.name !== undefined) next.name = change.name
  if (change.phones !== undefined) next.phones = change.phones
  if (change.address === null) delete next.address
  else if (change.address !== undefined) next.address = change.address
  if (change.wechat === null) delete next.wechat
  else if (change.wechat !== undefined) next.wechat = change.wechat
  if (change.contactPerson === null) delete next.contactPerson
  else if (change.contactPerson !== undefined) next.contactPerson = change.contactPerson
  return next
}

// One constructor for every registered state, keys always in the same order.
const registered = (
  status: RegisteredCustomer['status'],
  customerId: RegisteredCustomer['customerId'],
  registration: RegisteredCustomer['registration'],
  contact: Contact,
  lost: RegisteredCustomer['lost'],
  membership: RegisteredCustomer['membership'],
  pointsBalance: number,
  history: RegisteredCustomer['history'],
): RegisteredCustomer => ({ status, customerId, registration, contact, lost, membership, pointsBalance, history })

const registeredFrom = (event: Extract<CustomerEvent, { type: 'CustomerRegistered' }>): RegisteredCustomer => {
  const d = event.data
  const contact: { -readonly [K in keyof Contact]: Contact[K] } = { name: d.name, phones: d.phones ?? [] }
  if (d.address !== undefined) contact.address = d.address
  if (d.wechat !== undefined) contact.wechat = d.wechat
  if (d.contactPerson !== undefined) contact.contactPerson = d.contactPerson
  return registered('active', d.customerId, d, contact, undefined, undefined, 0, prepend(undefined, event))
}

const membershipAfter = (s: RegisteredCustomer, event: Extract<CustomerEvent, { type: 'MembershipJoined' | 'MembershipRenewed' }>): Membership => {
  if (event.type === 'MembershipJoined') {
    const d = event.data
    return { joinedOn: d.joinedOn, ...(d.expiresOn !== undefined && { expiresOn: d.expiresOn }), ...(d.level !== undefined && { level: d.level }) }
  }
  const d = event.data
  const level = d.level ?? s.membership?.level
  return { joinedOn: s.membership?.joinedOn ?? d.renewedOn, expiresOn: d.expiresOn, ...(level !== undefined && { level }) }
}

/**
 * Applies one event. Never fails: an event is a fact that already happened,
 * so one that makes no sense here (it cannot, if it was decided) is recorded
 * in the history and otherwise ignored.
 *
 * NOTE: a `switch` rather than ts-pattern because this is the hot path of
 * every fold (millions of events per second); it is still exhaustive.
 *
 * @since 0.1.0
 * @category customer
 */
export const evolveCustomer = (state: CustomerState, event: CustomerEvent): CustomerState => {
  if (state.status === 'forgotten') return state
  if (state.status === 'unregistered') return event.type === 'CustomerRegistered' ? registeredFrom(event) : state
  const s = state
  const history = prepend(s.history, event)
  switch (event.type) {
    case 'CustomerRegistered':
    case 'PreferenceRecorded':
    case 'PurchaseRefunded':
    case 'AnniversaryNoted':
    case 'AnniversaryRemoved':
    case 'ComplaintFiled':
    case 'ComplaintResolved':
    case 'FollowUpLogged':
    case 'EventAttended':
      return registered(s.status, s.customerId, s.registration, s.contact, s.lost, s.membership, s.pointsBalance, history)
    case 'ContactDetailsChanged':
      return registered(s.status, s.customerId, s.registration, changeContact(s.contact, event.data), s.lost, s.membership, s.pointsBalance, history)
    case 'PurchaseLogged':
      // A lost customer who buys again has come back.
      return registered('active', s.customerId, s.registration, s.contact, undefined, s.membership, s.pointsBalance, history)
    case 'MembershipJoined':
    case 'MembershipRenewed':
      return registered(s.status, s.customerId, s.registration, s.contact, s.lost, membershipAfter(s, event), s.pointsBalance, history)
    case 'PointsEarned':
      return registered(s.status, s.customerId, s.registration, s.contact, s.lost, s.membership, s.pointsBalance + event.data.points, history)
    case 'PointsRedeemed':
    case 'PointsExpired':
      return registered(s.status, s.customerId, s.registration, s.contact, s.lost, s.membership, Math.max(0, s.pointsBalance - event.data.points), history)
    case 'CustomerMarkedLost':
      return registered('lost', s.customerId, s.registration, s.contact, { reason: event.data.reason, markedOn: event.data.markedOn }, s.membership, s.pointsBalance, history)
    case 'CustomerForgotten':
      return { status: 'forgotten', customerId: s.customerId }
    default: {
      // Compile-time exhaustiveness: a new event type must be handled above.
      const unhandled: never = event
      return unhandled
    }
  }
}
