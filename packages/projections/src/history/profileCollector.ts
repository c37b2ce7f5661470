// An analysis as of a day in two steps, so that one walk over the profiles
// can feed several analyses (see customerAnalysesAsOf).
import type { LocalDate } from '@clientele/core'
import type { CustomerProfile, ProfilesState } from '../profiles/index.js'
import { registeredBy } from './asOf.js'

/**
 * Takes every customer registered by the day, in the archive's order, then
 * makes the report. `refunded` is the customer's refunds by purchase index
 * as of the day, when the caller has already worked them out. @internal
 */
export interface ProfileCollector<R> {
  readonly add: (p: CustomerProfile, refunded?: Float64Array) => void
  readonly report: () => R
}

/** Feeds a collector every customer registered by `asOf` and returns its report. @internal */
export const collectAsOf = <R>(state: ProfilesState, asOf: LocalDate, collector: ProfileCollector<R>): R => {
  for (const p of state.profiles.values()) if (registeredBy(p, asOf)) collector.add(p)
  return collector.report()
}
