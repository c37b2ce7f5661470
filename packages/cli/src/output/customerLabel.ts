import type { CustomerId } from '@clientele/core'
import type { Clientele } from '@clientele/projections'

/** Name and first phone of a customer for a report line; a forgotten customer shows as such. @since 0.1.0 @category output */
export const customerLabel = (clientele: Clientele, customerId: CustomerId): { readonly name: string; readonly phone: string } => {
  const found = clientele.profile(customerId)
  return found._tag === 'Found' ? { name: found.profile.name, phone: found.profile.phones[0] ?? '' } : { name: '(forgotten)', phone: '' }
}
