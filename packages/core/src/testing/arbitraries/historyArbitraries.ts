// Histories the decider itself produced: commands for one customer run
// through decide/evolve, refused ones dropped. Shops interleave several.
import * as E from 'fp-ts/lib/Either.js'
import fc from 'fast-check'
import type { CustomerCommand } from '../../commands/customerCommand.js'
import { customerDecider } from '../../customer/customerDecider.js'
import type { CustomerEvent } from '../../events/customerEvent.js'
import { type CustomerId, customerStream } from '../../values/customerId.js'
import { customerCommandArb, customerCommandOfTypeArb } from './commandArbitraries.js'
import { customerIdArb } from './valueArbitraries.js'

/** One customer's decided history. @since 0.1.0 @category testing */
export interface CustomerHistory {
  readonly customerId: CustomerId
  /** The accepted commands, in order (refused ones are dropped; some decided nothing new). */
  readonly commands: ReadonlyArray<CustomerCommand>
  /** What the decider decided for them: a valid history, oldest first. */
  readonly events: ReadonlyArray<CustomerEvent>
}

/** Options of `customerHistoryArb`. @since 0.1.0 @category testing */
export interface CustomerHistoryOptions {
  /** At most this many commands after the registration (default 30). */
  readonly maxCommands?: number
  /** The customer; a random one unless given. */
  readonly customerId?: CustomerId
}

/** Runs commands through the decider from the initial state, keeping the accepted ones and their events. @since 0.1.0 @category testing */
export const decideAll = (customerId: CustomerId, commands: ReadonlyArray<CustomerCommand>): CustomerHistory => {
  let state = customerDecider.initialState
  const accepted: CustomerCommand[] = []
  const events: CustomerEvent[] = []
  for (const command of commands) {
    const decision = customerDecider.decide(command, state)
    if (E.isLeft(decision)) continue
    accepted.push(command)
    for (const event of decision.right) {
      events.push(event)
      state = customerDecider.evolve(state, event)
    }
  }
  return { customerId, commands: accepted, events }
}

/**
 * A customer's history as the decider produced it: a registration, then
 * commands for the same customer applied in order, refused ones dropped.
 *
 * @example
 * fc.assert(fc.property(customerHistoryArb(), ({ events }) => events[0]?.type === 'CustomerRegistered'))
 *
 * @since 0.1.0
 * @category testing
 */
export const customerHistoryArb = (options: CustomerHistoryOptions = {}): fc.Arbitrary<CustomerHistory> => {
  const maxCommands = Math.max(0, options.maxCommands ?? 30)
  return (options.customerId === undefined ? customerIdArb : fc.constant(options.customerId)).chain((customerId) =>
    fc
      .tuple(
        customerCommandOfTypeArb('RegisterCustomer', customerId).filter((c) => c.data.referredBy !== customerId),
        // Long enough for commands to meet (a refund after its purchase); 'max' so fast-check's default size does not cut it short.
        fc.array(customerCommandArb(customerId), { minLength: Math.min(5, maxCommands), maxLength: maxCommands, size: 'max' }),
      )
      .map(([register, rest]) => decideAll(customerId, [register, ...rest])),
  )
}

/** One event of a shop's global order, with the stream it belongs to. @since 0.1.0 @category testing */
export interface StreamEvent {
  readonly stream: string
  readonly event: CustomerEvent
}

/** Merges histories into one order, taking the next event of the stream each pick names; every stream keeps its own order. @since 0.1.0 @category testing */
export const interleave = (histories: ReadonlyArray<CustomerHistory>, picks: ReadonlyArray<number>): ReadonlyArray<StreamEvent> => {
  const pending = histories.filter((h) => h.events.length > 0).map((h) => ({ stream: customerStream(h.customerId), events: h.events, next: 0 }))
  const out: StreamEvent[] = []
  for (let k = 0; pending.length > 0; k++) {
    const i = (picks[k] ?? 0) % pending.length
    const p = pending[i]
    if (p === undefined) break
    const event = p.events[p.next]
    if (event !== undefined) out.push({ stream: p.stream, event })
    p.next += 1
    if (p.next >= p.events.length) pending.splice(i, 1)
  }
  return out
}

/** Several customers' histories interleaved at random into one global order, each customer's order kept. @since 0.1.0 @category testing */
export const shopHistoryArb = (options: { readonly maxCustomers?: number; readonly maxCommands?: number } = {}): fc.Arbitrary<ReadonlyArray<StreamEvent>> =>
  fc
    .uniqueArray(customerHistoryArb(options.maxCommands === undefined ? {} : { maxCommands: options.maxCommands }), {
      minLength: 1,
      maxLength: Math.max(1, options.maxCustomers ?? 5),
      selector: (h) => h.customerId,
    })
    .chain((histories) => {
      const total = histories.reduce((n, h) => n + h.events.length, 0)
      return fc.array(fc.nat(), { minLength: total, maxLength: total }).map((picks) => interleave(histories, picks))
    })
