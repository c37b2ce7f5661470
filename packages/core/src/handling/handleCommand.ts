import * as E from 'fp-ts/lib/Either.js'
import { decodeCommand } from '../commands/customerCommand.js'
import { customerDecider } from '../customer/customerDecider.js'
import type { CustomerEvent } from '../events/customerEvent.js'
import { schemaVersions } from '../events/schemaVersions.js'
import type { EventStore } from '../eventStore/eventStore.js'
import { atRevision, noStream } from '../eventStore/expectedRevision.js'
import type { EventToAppend } from '../eventStore/recordedEvent.js'
import { type CustomerId, customerStream } from '../values/customerId.js'
import { type CommandContext, decodeContext } from './commandContext.js'
import type { CommandError } from './commandError.js'
import { eventIdFor } from './eventIds.js'
import { emptyStream, extendWithAppended, extendWithRecorded, type LoadedStream } from './loadedStream.js'
import { StreamCache } from './streamCache.js'

/**
 * What a handled command did.
 *
 * @since 0.1.0
 * @category command handling
 */
export interface CommandResult {
  readonly customerId: CustomerId
  readonly stream: string
  /** The events the command recorded; empty when there was nothing to do. */
  readonly events: ReadonlyArray<CustomerEvent>
  /** The stream's last revision afterwards (undefined: the stream does not exist). */
  readonly revision: number | undefined
  /** Global position of the command's last event, to wait for projections; undefined when nothing was appended. */
  readonly position: bigint | undefined
  /** True when this command id had been handled before and its first result is returned. */
  readonly repeated: boolean
}

/** @since 0.1.0 @category command handling */
export interface CommandHandlerOptions {
  readonly store: EventStore
  /** How many times to re-read and re-decide after losing a race. Default 5. */
  readonly maxAttempts?: number
  /**
   * How many customers' folded streams to keep between commands (least
   * recently used first out), so a command reads only the events since.
   * Default 10,000; 0 re-reads every stream in full.
   */
  readonly cachedStreams?: number
}

/** @since 0.1.0 @category command handling */
export type CommandHandler = (raw: unknown, context: unknown) => Promise<E.Either<CommandError, CommandResult>>

const toAppend = (events: ReadonlyArray<CustomerEvent>, context: CommandContext): ReadonlyArray<EventToAppend> =>
  events.map((event, index) => ({
    id: eventIdFor(context.commandId, index),
    type: event.type,
    data: event.data,
    metadata: {
      schemaVersion: schemaVersions.current[event.type],
      commandId: context.commandId,
      correlationId: context.correlationId ?? context.commandId,
      causationId: context.causationId ?? context.commandId,
      ...(context.actor !== undefined && { actor: context.actor }),
    },
  }))

/**
 * Builds the command handler: decode the raw command and its context, load
 * the customer's stream, fold, decide, append with the expected revision;
 * on a lost race re-read and retry. A command id seen before returns its
 * first result and appends nothing. Folded streams are cached between
 * commands (see `cachedStreams`).
 *
 * @example
 * const handle = createCommandHandler({ store })
 * const result = await handle({ type: 'RegisterCustomer', data }, { commandId })
 *
 * @since 0.1.0
 * @category command handling
 */
export const createCommandHandler = ({ store, maxAttempts = 5, cachedStreams = 10_000 }: CommandHandlerOptions): CommandHandler => {
  const cache = new StreamCache<LoadedStream>(cachedStreams)
  return async (raw, rawContext) => {
    const context = decodeContext(rawContext)
    if (E.isLeft(context)) return context
    const command = decodeCommand(raw)
    if (E.isLeft(command)) return command
    const { commandId } = context.right
    const customerId = command.right.data.customerId
    const stream = customerStream(customerId)
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      // Read only what happened since the cached revision; the expected
      // revision of the append still catches anything written meanwhile.
      const known = cache.get(stream) ?? emptyStream()
      const read = await store.readStream(stream, known.revision === undefined ? undefined : { fromRevision: known.revision + 1 })
      if (E.isLeft(read)) return E.left({ _tag: 'StoreFailed', error: read.left })
      const loaded = extendWithRecorded(known, read.right)
      if (E.isLeft(loaded)) return loaded
      const { state, revision, outcomes } = loaded.right
      cache.set(stream, loaded.right)
      const earlier = outcomes.get(commandId)
      if (earlier !== undefined)
        return E.right({ customerId, stream, events: earlier.events, revision, position: earlier.position, repeated: true })
      const decision = customerDecider.decide(command.right, state)
      if (E.isLeft(decision)) return E.left({ _tag: 'CommandRejected', stream, error: decision.left })
      const events = decision.right
      if (events.length === 0) return E.right({ customerId, stream, events, revision, position: undefined, repeated: false })
      const appended = await store.appendToStream(stream, toAppend(events, context.right), revision === undefined ? noStream : atRevision(revision))
      if (E.isRight(appended)) {
        const { nextExpectedRevision, position } = appended.right
        cache.set(stream, extendWithAppended(loaded.right, commandId, events, nextExpectedRevision, position))
        return E.right({ customerId, stream, events, revision: nextExpectedRevision, position, repeated: false })
      }
      // Someone else wrote first (or an earlier try of this very command did):
      // re-read and decide again on the new state.
      if (appended.left._tag !== 'WrongExpectedRevision' && appended.left._tag !== 'DuplicateEventId') {
        cache.delete(stream)
        return E.left({ _tag: 'StoreFailed', error: appended.left })
      }
    }
    return E.left({ _tag: 'ConcurrencyRetriesExhausted', stream, attempts: maxAttempts })
  }
}
