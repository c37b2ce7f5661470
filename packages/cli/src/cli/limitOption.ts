import * as E from 'fp-ts/lib/Either.js'
import type { CliError } from './cliError.js'

/** How many lines a list shows when `--limit` is not given. */
export const DEFAULT_LIMIT = 20

/** `--limit`: a whole number of at least 1. @since 0.1.0 @category cli */
export const limitOption = (value: string | undefined): E.Either<CliError, number> => {
  if (value === undefined) return E.right(DEFAULT_LIMIT)
  return /^\d{1,7}$/.test(value) && Number(value) >= 1
    ? E.right(Number(value))
    : E.left({ _tag: 'OptionInvalid', option: '--limit', reason: 'must be a whole number of at least 1' })
}
