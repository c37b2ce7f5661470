import type { CustomerEvent } from '../events/customerEvent.js'
import { prepend } from '../internal/list.js'
import type { Contact, CustomerState, RegisteredCustomer } from './customerState.js'

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

const registeredFrom = (event: Extract<CustomerEvent, { type: 'CustomerRegistered' }>): RegisteredCustomer => {
  const d = event.data
  const contact: { -readonly [K in keyof Contact]: Contact[K] } = { name: d.name, phones: d.phones ?? [] }
  if (d.address !== undefined) contact.address = d.address
  if (d.wechat !== undefined) contact.wechat = d.wechat
  if (d.contactPerson !== undefined) contact.contactPerson = d.contactPerson
  return { status: 'active', customerId: d.customerId, registration: d, contact, pointsBalance: 0, history: prepend(undefined, event) }
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
  const s: RegisteredCustomer = { ...state, history: prepend(state.history, event) }
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
      return s
    case 'ContactDetailsChanged':
      return { ...s, contact: changeContact(s.contact, event.data) }
    case 'PurchaseLogged':
      // A lost customer who buys again has come back.
      return s.status === 'lost' ? withoutLost(s) : s
    case 'MembershipJoined': {
      const d = event.data
      return { ...s, membership: { joinedOn: d.joinedOn, ...(d.expiresOn && { expiresOn: d.expiresOn }), ...(d.level && { level: d.level }) } }
    }
    case 'MembershipRenewed': {
      const d = event.data
      const joinedOn = s.membership?.joinedOn ?? d.renewedOn
      const level = d.level ?? s.membership?.level
      return { ...s, membership: { joinedOn, expiresOn: d.expiresOn, ...(level !== undefined && { level }) } }
    }
    case 'PointsEarned':
      return { ...s, pointsBalance: s.pointsBalance + event.data.points }
    case 'PointsRedeemed':
    case 'PointsExpired':
      return { ...s, pointsBalance: Math.max(0, s.pointsBalance - event.data.points) }
    case 'CustomerMarkedLost':
      return { ...s, status: 'lost', lost: { reason: event.data.reason, markedOn: event.data.markedOn } }
    case 'CustomerForgotten':
      return { status: 'forgotten', customerId: s.customerId }
    default: {
      // Compile-time exhaustiveness: a new event type must be handled above.
      const unhandled: never = event
      return unhandled
    }
  }
}

const withoutLost = (s: RegisteredCustomer): RegisteredCustomer => {
  const { lost: _lost, ...rest } = s
  return { ...rest, status: 'active' }
}
