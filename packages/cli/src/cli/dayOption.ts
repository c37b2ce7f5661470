import * as E from 'fp-ts/lib/Either.js'
import { localDateIn, type LocalDate } from '@clientele/core'
import { parseDate } from '../fields/parseDate.js'
import type { CliError } from './cliError.js'

/** Whether the runtime knows an IANA time zone. @since 0.1.0 @category cli */
export const isTimeZone = (timeZone: string): boolean => {
  try {
    new Intl.DateTimeFormat('en', { timeZone })
    return true
  } catch {
    return false
  }
}

/** `--tz`, checked. @since 0.1.0 @category cli */
export const timeZoneOption = (tz: string): E.Either<CliError, string> =>
  isTimeZone(tz) ? E.right(tz) : E.left({ _tag: 'OptionInvalid', option: '--tz', reason: 'is not an IANA time zone (e.g. Asia/Shanghai)' })

/**
 * A day option (`--date`, `--from`) in any of the import's date formats; when
 * absent, today in the shop's time zone (the CLI reads the clock so the
 * library never has to).
 *
 * @since 0.1.0
 * @category cli
 */
export const dayOption = (option: string, value: string | undefined, timeZone: string, now: Date): E.Either<CliError, LocalDate> => {
  if (value === undefined) return E.right(localDateIn(now, timeZone))
  const parsed = parseDate(value)
  return E.isLeft(parsed) ? E.left({ _tag: 'OptionInvalid', option, reason: parsed.left }) : parsed
}
