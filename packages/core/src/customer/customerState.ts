import type { CustomerRegistered } from '../events/archiveEvents.js'
import type { CustomerEvent } from '../events/customerEvent.js'
import type { LostReason } from '../events/vocabulary.js'
import type { List } from '../internal/list.js'
import type { CustomerId } from '../values/customerId.js'
import type { LocalDate } from '../values/localDate.js'
import type { Phone } from '../values/phone.js'

/**
 * Current contact details, after every change.
 *
 * @since 0.1.0
 * @category customer
 */
export interface Contact {
  readonly name: string
  readonly phones: ReadonlyArray<Phone>
  readonly address?: string
  readonly wechat?: string
  readonly contactPerson?: string
}

/** @since 0.1.0 @category customer */
export interface Membership {
  readonly joinedOn: LocalDate
  readonly expiresOn?: LocalDate
  readonly level?: string
}

/**
 * What the decider knows of a customer who has an archive.
 *
 * @since 0.1.0
 * @category customer
 */
export interface RegisteredCustomer {
  readonly status: 'active' | 'lost'
  readonly customerId: CustomerId
  readonly registration: CustomerRegistered['data']
  readonly contact: Contact
  // Always present (possibly undefined) so that every state has one shape: the
  // fold stays monomorphic and fast.
  readonly lost: { readonly reason: LostReason; readonly markedOn: LocalDate } | undefined
  readonly membership: Membership | undefined
  readonly pointsBalance: number
  /**
   * Every event, newest first. NOTE: decisions about purchases, complaints and
   * other entities scan this list; keeping it as a shared-tail list is what
   * makes `evolve` O(1).
   */
  readonly history: List<CustomerEvent>
}

/**
 * The decider's state: no archive yet, an archive, or an archive whose owner
 * asked to be forgotten.
 *
 * @since 0.1.0
 * @category customer
 */
export type CustomerState =
  | { readonly status: 'unregistered' }
  | RegisteredCustomer
  | { readonly status: 'forgotten'; readonly customerId: CustomerId }

/** @since 0.1.0 @category customer */
export const initialCustomerState: CustomerState = { status: 'unregistered' }
