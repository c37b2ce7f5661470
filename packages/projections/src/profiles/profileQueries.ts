import type { CustomerId } from '@clientele/core'
import type { CustomerProfile } from './customerProfile.js'
import type { ProfilesState } from './profiles.js'

/**
 * What the counter sees for a customer id: the profile, the fact that the
 * customer was forgotten (nothing else is kept), or nothing.
 *
 * @since 0.1.0
 * @category profiles
 */
export type ProfileLookup =
  | { readonly _tag: 'Found'; readonly profile: CustomerProfile }
  | { readonly _tag: 'Forgotten'; readonly customerId: CustomerId }
  | { readonly _tag: 'NotFound'; readonly customerId: CustomerId }

/** @since 0.1.0 @category profiles */
export const profileOf = (state: ProfilesState, customerId: CustomerId): ProfileLookup => {
  const profile = state.profiles.get(customerId)
  if (profile !== undefined) return { _tag: 'Found', profile }
  return state.forgotten.has(customerId) ? { _tag: 'Forgotten', customerId } : { _tag: 'NotFound', customerId }
}

/** Complaints not resolved yet, oldest first. @since 0.1.0 @category profiles */
export const openComplaints = (profile: CustomerProfile) =>
  profile.complaints.filter((c) => c.resolution === undefined).sort((a, b) => (a.filed.filedOn < b.filed.filedOn ? -1 : a.filed.filedOn > b.filed.filedOn ? 1 : 0))
