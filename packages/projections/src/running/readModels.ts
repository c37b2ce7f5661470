import { careIndex } from '../careAgenda/careIndex.js'
import { dateIndex } from '../dateIndex/dateIndex.js'
import { directory } from '../directory/directory.js'
import { profiles } from '../profiles/profiles.js'
import { combine } from './combine.js'

/**
 * The read models a shop's app uses every day, built in one pass.
 *
 * @since 0.1.0
 * @category running
 */
export const readModels = combine({ profiles, directory, dateIndex, careIndex })

/** @since 0.1.0 @category running */
export type ReadModels = ReturnType<typeof readModels.init>
