import type { CustomerCommandOf } from '../commands/customerCommand.js'
import { sameJson } from '../internal/sameJson.js'
import type { RegisteredCustomer } from './customerState.js'
import { type Decision, emit, nothing, refuse } from './decideCustomer.js'

type Change = CustomerCommandOf<'ChangeContactDetails'>['data']

/** Records only the details that really change, so a repeated change is nothing new. @internal */
export const decideContactChange = (s: RegisteredCustomer, c: CustomerCommandOf<'ChangeContactDetails'>): Decision => {
  const d = c.data
  if (d.name === undefined && d.phones === undefined && d.address === undefined && d.wechat === undefined && d.contactPerson === undefined)
    return refuse({ _tag: 'ContactDetailsEmpty' })
  const now = s.contact
  const changed: { -readonly [K in keyof Change]: Change[K] } = { customerId: d.customerId }
  let any = false
  if (d.name !== undefined && d.name !== now.name) (changed.name = d.name), (any = true)
  if (d.phones !== undefined && !sameJson(d.phones, now.phones)) (changed.phones = d.phones), (any = true)
  if (d.address !== undefined && d.address !== (now.address ?? null)) (changed.address = d.address), (any = true)
  if (d.wechat !== undefined && d.wechat !== (now.wechat ?? null)) (changed.wechat = d.wechat), (any = true)
  if (d.contactPerson !== undefined && d.contactPerson !== (now.contactPerson ?? null)) (changed.contactPerson = d.contactPerson), (any = true)
  return any ? emit({ type: 'ContactDetailsChanged', data: changed }) : nothing
}
