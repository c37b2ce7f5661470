import { careIndex } from '../careAgenda/index.js'
import type { CareIndexState } from '../careAgenda/index.js'
import { dateIndex } from '../dateIndex/index.js'
import type { DateIndexState } from '../dateIndex/index.js'
import { directory } from '../directory/index.js'
import type { DirectoryState } from '../directory/index.js'
import { profiles } from '../profiles/index.js'
import type { ProfilesState } from '../profiles/index.js'
import type { Projection } from '../projection.js'

/** The states of the everyday read models, one field each. @since 0.1.0 @category running */
export interface ReadModels {
  profiles: ProfilesState
  directory: DirectoryState
  dateIndex: DateIndexState
  careIndex: CareIndexState
}

/**
 * The read models a shop's app uses every day, built in one pass: what
 * `combine({ profiles, directory, dateIndex, careIndex })` gives.
 *
 * NOTE: written out rather than built with `combine`, so that the state has
 * a declared type and each part's `apply` is called from a site of its own
 * (combine's loop calls all four from one site, with keyed stores).
 *
 * @since 0.1.0
 * @category running
 */
export const readModels: Projection<ReadModels> = {
  name: [profiles, directory, dateIndex, careIndex].map((p) => p.name).join('+'),
  init: () => ({ profiles: profiles.init(), directory: directory.init(), dateIndex: dateIndex.init(), careIndex: careIndex.init() }),
  apply: (state, event) => {
    state.profiles = profiles.apply(state.profiles, event)
    state.directory = directory.apply(state.directory, event)
    state.dateIndex = dateIndex.apply(state.dateIndex, event)
    state.careIndex = careIndex.apply(state.careIndex, event)
    return state
  },
}
