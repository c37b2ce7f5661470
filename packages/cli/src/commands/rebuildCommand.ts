import { performance } from 'node:perf_hooks'
import * as E from 'fp-ts/lib/Either.js'
import { createProjectionRunner, readModels, type Projection, type ReadModels } from '@clientele/projections'
import type { CliError } from '../cli/cliError.js'
import { printLines, type CommandContext } from '../cli/commandContext.js'
import { toJson } from '../output/json.js'
import { progressBar, silentProgress } from '../output/progressBar.js'
import { withStore } from '../store/withStore.js'

/** What a replay found. @since 0.1.0 @category commands */
export interface RebuildCounts {
  readonly events: number
  readonly customers: number
  readonly forgotten: number
  readonly purchases: number
  readonly refunds: number
  readonly anniversaries: number
  readonly complaints: number
  readonly followUps: number
  readonly seconds: number
}

const countsOf = (views: ReadModels, events: number, seconds: number): RebuildCounts => {
  let purchases = 0, refunds = 0, anniversaries = 0, complaints = 0, followUps = 0
  for (const p of views.profiles.profiles.values()) {
    purchases += p.purchases.length
    refunds += p.refunds.length
    anniversaries += p.anniversaries.size
    complaints += p.complaints.length
    followUps += p.followUps.length
  }
  return { events, customers: views.profiles.profiles.size, forgotten: views.profiles.forgotten.size, purchases, refunds, anniversaries, complaints, followUps, seconds }
}

/**
 * `clientele rebuild`: replays every event of the store into fresh read
 * models and prints what it found — a check that the whole history still
 * decodes and folds, and how long a start-up takes.
 *
 * @since 0.1.0
 * @category commands
 */
export const rebuildCommand = async (ctx: CommandContext): Promise<E.Either<CliError, void>> => {
  if (ctx.line.positionals.length > 0) return E.left({ _tag: 'UsageInvalid', reason: 'usage: clientele rebuild' })
  return withStore(ctx, async (store) => {
    const progress = ctx.io.stderrIsTty ? progressBar('replaying', ctx.io.stderr) : silentProgress
    let events = 0
    // The read models, counting what goes through them for the progress line.
    const counted: Projection<ReadModels> = {
      name: readModels.name,
      init: readModels.init,
      apply: (state, event) => {
        progress.update(++events)
        return readModels.apply(state, event)
      },
    }
    const started = performance.now()
    const runner = createProjectionRunner({ store, projection: counted })
    const caughtUp = await runner.catchUp()
    progress.finish()
    if (E.isLeft(caughtUp)) return E.left({ _tag: 'ProjectionFailed', error: caughtUp.left })
    const counts = countsOf(runner.state(), events, (performance.now() - started) / 1000)
    if (ctx.line.json) ctx.io.stdout(toJson(counts))
    else
      printLines(ctx.io, [
        `replayed ${counts.events} events in ${counts.seconds.toFixed(1)} s`,
        `customers ${counts.customers} (forgotten ${counts.forgotten}), purchases ${counts.purchases}, refunds ${counts.refunds}, important dates ${counts.anniversaries}, complaints ${counts.complaints}, follow-ups ${counts.followUps}`,
      ])
    return E.right(undefined)
  }, 'read')
}
