import * as E from 'fp-ts/lib/Either.js'
import type { EventStore } from '@clientele/core'
import { createClientele, type Clientele } from '@clientele/projections'
import type { CliError } from '../cli/cliError.js'
import type { CommandContext } from '../cli/commandContext.js'
import { timeZoneOption } from '../cli/dayOption.js'
import { type StoreTarget, storeTargetOf, type WriteMode } from './openStore.js'

/** Opens the store `--store` names, runs `use`, and closes the store whatever happened. @since 0.1.0 @category store */
export const withStore = async <A>(
  ctx: CommandContext,
  use: (store: EventStore) => Promise<E.Either<CliError, A>>,
  mode: WriteMode = 'durable',
  /** Another store than the one `--store` names (an import's dry run against a store not created yet). */
  instead?: StoreTarget,
): Promise<E.Either<CliError, A>> => {
  const target = instead === undefined ? storeTargetOf(ctx.line.store, ctx.io.cwd) : E.right(instead)
  if (E.isLeft(target)) return target
  const opened = await ctx.openStore(target.right, mode)
  if (E.isLeft(opened)) return opened
  try {
    return await use(opened.right)
  } finally {
    await opened.right.close()
  }
}

/**
 * Replays the store into the read models (the facade) and runs `use` on
 * them. Every read command starts here: the CLI keeps no views between runs.
 *
 * @since 0.1.0
 * @category store
 */
export const withClientele = <A>(ctx: CommandContext, use: (clientele: Clientele, timeZone: string) => Promise<E.Either<CliError, A>> | E.Either<CliError, A>): Promise<E.Either<CliError, A>> => {
  const timeZone = timeZoneOption(ctx.line.tz)
  if (E.isLeft(timeZone)) return Promise.resolve(timeZone)
  return withStore(ctx, async (store) => {
    const started = await createClientele({ store, timeZone: timeZone.right })
    if (E.isLeft(started)) {
      const error = started.left
      switch (error._tag) {
        case 'TimeZoneInvalid':
          return E.left({ _tag: 'OptionInvalid', option: '--tz', reason: 'is not an IANA time zone' })
        case 'SegmentOptionInvalid':
          return E.left({ _tag: 'OptionInvalid', option: `tier rules ${error.option}`, reason: error.reason })
        default:
          return E.left({ _tag: 'ProjectionFailed', error })
      }
    }
    try {
      return await use(started.right, timeZone.right)
    } finally {
      await started.right.close()
    }
  }, 'read')
}
