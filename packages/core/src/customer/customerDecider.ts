import type { CustomerCommand } from '../commands/customerCommand.js'
import type { CustomerEvent } from '../events/customerEvent.js'
import { type CustomerState, initialCustomerState } from './customerState.js'
import type { Decider } from './decider.js'
import { decideCustomer } from './decideCustomer.js'
import type { DomainError } from './domainError.js'
import { evolveCustomer } from './evolveCustomer.js'

/**
 * The customer aggregate as a decider record.
 *
 * @example
 * const state = foldEvents(customerDecider, customerDecider.initialState, events)
 * const decision = customerDecider.decide(command, state)
 *
 * @since 0.1.0
 * @category customer
 */
export const customerDecider: Decider<CustomerCommand, CustomerEvent, CustomerState, DomainError> = {
  initialState: initialCustomerState,
  evolve: evolveCustomer,
  decide: decideCustomer,
}
