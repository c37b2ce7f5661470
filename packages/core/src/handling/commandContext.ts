import * as E from 'fp-ts/lib/Either.js'
import * as t from 'io-ts'
import { problemsOf, type Problem } from '../internal/problems.js'
import { struct } from '../internal/struct.js'
import { isUuid } from '../values/customerId.js'
import { refined } from '../internal/refined.js'
import { StaffId } from '../values/text.js'

const Uuid = refined<string>('Uuid', (u) => (typeof u === 'string' && isUuid(u) ? undefined : 'must be a lower-case uuid'))

/**
 * Who sends a command and as part of what. The command id is chosen by the
 * caller (a uuid); sending the same command again with the same id is safe.
 *
 * @since 0.1.0
 * @category command handling
 */
export const CommandContext = struct({ commandId: Uuid }, { actor: StaffId, correlationId: Uuid, causationId: Uuid })
/** @since 0.1.0 @category command handling */
export type CommandContext = t.TypeOf<typeof CommandContext>

/** @since 0.1.0 @category command handling */
export interface ContextInvalid {
  readonly _tag: 'ContextInvalid'
  readonly problems: ReadonlyArray<Problem>
}

/** @internal */
export const decodeContext = (raw: unknown): E.Either<ContextInvalid, CommandContext> => {
  const decoded = CommandContext.decode(raw)
  return E.isRight(decoded) ? decoded : E.left({ _tag: 'ContextInvalid', problems: problemsOf(decoded.left) })
}
