import { careIndex } from '../careAgenda/index.js'
import { dateIndex } from '../dateIndex/index.js'
import { directory } from '../directory/index.js'
import { profiles } from '../profiles/index.js'
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
