// What every example does with commands: send them one by one and stop at the
// first refusal, with the library's own one-line explanation.
import { pathToFileURL } from 'node:url'
import * as E from 'fp-ts/lib/Either.js'
import { renderCommandError, type AnniversaryDate, type CommandError, type CommandResult, type CustomerId } from '@clientele/core'
import { renderProjectionError, type Clientele, type ProjectionError } from '@clientele/projections'
import { idFrom } from './ids.js'

/** Whether the module at `url` is the script node was asked to run (and not imported by a test). */
export const isMain = (url: string): boolean => process.argv[1] !== undefined && url === pathToFileURL(process.argv[1]).href

/** One line for a failed `execute`: a refused command or a read model that stopped. */
export const renderExecuteError = (e: CommandError | ProjectionError): string =>
  e._tag.startsWith('Projection') ? renderProjectionError(e as ProjectionError) : renderCommandError(e as CommandError)

/**
 * Sends a command. The command id is derived from the command itself, so
 * sending the same command twice (a retry after a lost answer) records it once.
 */
export const send = async (shop: Clientele, command: unknown, actor = 'counter-1'): Promise<CommandResult> => {
  const result = await shop.execute(command, { commandId: idFrom(`command ${JSON.stringify(command)}`), actor })
  if (E.isLeft(result)) throw new Error(renderExecuteError(result.left))
  return result.right
}

/** Sends commands in order; stops at the first one refused. */
export const sendAll = async (shop: Clientele, commands: ReadonlyArray<unknown>, actor?: string): Promise<void> => {
  for (const command of commands) await send(shop, command, actor)
}

/** A report's Right, or an exception naming the option that was refused (the examples pass only valid options). */
export const orThrow = <A>(result: E.Either<{ readonly _tag: string }, A>): A => {
  if (E.isLeft(result)) throw new Error(`refused: ${JSON.stringify(result.left)}`)
  return result.right
}

/** The name on a customer's archive, for printing; forgotten customers have none left. */
export const nameOf =
  (shop: Clientele) =>
  (customerId: CustomerId): string => {
    const found = shop.profile(customerId)
    return found._tag === 'Found' ? found.profile.name : found._tag === 'Forgotten' ? '(forgotten)' : '(unknown)'
  }

/** An important date as the customer gave it, from their archive (for the agenda's lines). */
export const anniversaryDateOf =
  (shop: Clientele) =>
  (customerId: CustomerId, anniversaryId: string): AnniversaryDate | undefined => {
    const found = shop.profile(customerId)
    return found._tag === 'Found' ? found.profile.anniversaries.get(anniversaryId)?.date : undefined
  }
