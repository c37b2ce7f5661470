// Hand-made shops for the segment scenarios: customers of any kind, purchases
// on given days, and the profiles they project to. Tests only.
import { addDays, type CustomerEvent, customerEventCodecs, type CustomerId, type CustomerKind, type LocalDate } from '@clientele/core'
import * as E from 'fp-ts/lib/Either.js'
import { complaint, followUp, projected, purchase, refund } from '../careAgenda/fixtures.test-support.js'
import { profiles, type ProfilesState } from '../profiles/index.js'
import { applyAll } from '../projection.js'

export { complaint, followUp, purchase, refund }

export const d = (s: string): LocalDate => s as LocalDate

/** A customer id ending in the given number, readable in failures. */
export const id = (n: number): CustomerId => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}` as CustomerId

export const registered = (customerId: CustomerId, kind: CustomerKind = 'person', on = '2024-01-01'): CustomerEvent => {
  const decoded = customerEventCodecs.CustomerRegistered.decode({
    type: 'CustomerRegistered',
    data: { customerId, kind, name: kind === 'person' ? '王芳' : '星辰科技有限公司', registeredOn: on, channel: 'walk_in' },
  })
  if (E.isLeft(decoded)) throw new Error('fixture CustomerRegistered does not decode')
  return decoded.right
}

/** `count` purchases of `amount` fen, the last on `last`, every `gap` days before it. */
export const purchasesEvery = (customerId: CustomerId, last: string, gap: number, count: number, amount: number, tag = ''): CustomerEvent[] =>
  Array.from({ length: count }, (_, i) => purchase(customerId, `${tag}${customerId.slice(-4)}-${i}`, addDays(d(last), -gap * (count - 1 - i)), {}, amount))

export const stateOf = (events: ReadonlyArray<CustomerEvent>): ProfilesState => applyAll(profiles, profiles.init(), projected(events))

export const right = <A>(e: E.Either<{ readonly reason: string }, A>): A => {
  if (E.isLeft(e)) throw new Error(`unexpected Left: ${e.left.reason}`)
  return e.right
}
