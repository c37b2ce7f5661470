import type { CommandInvalid } from '../commands/customerCommand.js'
import type { DomainError } from '../customer/domainError.js'
import { renderDomainError } from '../customer/domainError.js'
import type { StoredEventInvalid } from '../events/decodeEvent.js'
import type { StoreError } from '../eventStore/storeError.js'
import { renderStoreError } from '../eventStore/storeError.js'
import type { Problem } from '../internal/problems.js'
import type { ContextInvalid } from './commandContext.js'

/**
 * Everything that can stop a command, as data. `CommandInvalid` and
 * `ContextInvalid` are bad input; `CommandRejected` is a business rule;
 * the rest are the system's failures.
 *
 * @since 0.1.0
 * @category command handling
 */
export type CommandError =
  | CommandInvalid
  | ContextInvalid
  | { readonly _tag: 'CommandRejected'; readonly stream: string; readonly error: DomainError }
  | StoredEventInvalid
  | { readonly _tag: 'StoreFailed'; readonly error: StoreError }
  | { readonly _tag: 'ConcurrencyRetriesExhausted'; readonly stream: string; readonly attempts: number }

const renderProblems = (problems: ReadonlyArray<Problem>): string =>
  problems.map((p) => `${p.path === '' ? '(the whole input)' : p.path} ${p.reason}`).join('; ')

/**
 * One line of English naming the field and the reason; never personal data.
 *
 * @since 0.1.0
 * @category command handling
 */
export const renderCommandError = (e: CommandError): string => {
  switch (e._tag) {
    case 'CommandInvalid':
      return `invalid ${e.commandType ?? 'command'}: ${renderProblems(e.problems)}`
    case 'ContextInvalid':
      return `invalid command context: ${renderProblems(e.problems)}`
    case 'CommandRejected':
      return `rejected: ${renderDomainError(e.error)}`
    case 'StoredEventInvalid':
      return `stored event ${e.type} at ${e.stream}@${e.revision} does not decode: ${renderProblems(e.problems)}`
    case 'StoreFailed':
      return renderStoreError(e.error)
    case 'ConcurrencyRetriesExhausted':
      return `${e.stream}: other writers kept winning after ${e.attempts} attempts`
  }
}

/** Whether the error is the caller's bad input (as opposed to a rule or a failure). @since 0.1.0 @category command handling */
export const isBadInput = (e: CommandError): boolean => e._tag === 'CommandInvalid' || e._tag === 'ContextInvalid'
