import { parseArgs } from 'node:util'
import * as E from 'fp-ts/lib/Either.js'
import type { CliError } from './cliError.js'

/** The options every command accepts; each command reads the ones it needs. @since 0.1.0 @category cli */
export interface CommandLine {
  readonly positionals: ReadonlyArray<string>
  readonly store: string | undefined
  readonly json: boolean
  readonly tz: string
  readonly date: string | undefined
  readonly from: string | undefined
  readonly limit: string | undefined
  readonly acceptGood: boolean
  readonly rejects: string | undefined
  readonly dryRun: boolean
  readonly help: boolean
}

/** The shop's time zone when `--tz` is not given. */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai'

const OPTIONS = {
  store: { type: 'string' },
  json: { type: 'boolean', default: false },
  tz: { type: 'string', default: DEFAULT_TIME_ZONE },
  date: { type: 'string' },
  from: { type: 'string' },
  limit: { type: 'string' },
  'accept-good': { type: 'boolean', default: false },
  rejects: { type: 'string' },
  'dry-run': { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const

// parseArgs's messages quote the argument, which may be a customer's phone
// typed in the wrong place; only the option's name is kept.
const usageReason = (error: unknown): string => {
  const code = (error as { code?: string }).code
  // A name with a digit in it (--13812345678) is not repeated either: it may be a number typed after the dashes.
  const named = /'(-{1,2}[\w-]+)/.exec(error instanceof Error ? error.message : '')?.[1]
  const option = named !== undefined && /^-{1,2}[A-Za-z][A-Za-z-]{0,30}$/.test(named) ? named : undefined
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option ${option ?? ''}`.trim()
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return `option ${option ?? ''} needs a value (or takes none)`.replace('  ', ' ')
    default:
      return 'the arguments cannot be read'
  }
}

/**
 * Reads the arguments (after `clientele`) with node:util's parseArgs.
 *
 * @since 0.1.0
 * @category cli
 */
export const parseCommandLine = (args: ReadonlyArray<string>): E.Either<CliError, CommandLine> => {
  try {
    const { values, positionals } = parseArgs({ args: [...args], options: OPTIONS, allowPositionals: true, strict: true })
    return E.right({
      positionals,
      store: values.store,
      json: values.json,
      tz: values.tz,
      date: values.date,
      from: values.from,
      limit: values.limit,
      acceptGood: values['accept-good'],
      rejects: values.rejects,
      dryRun: values['dry-run'],
      help: values.help,
    })
  } catch (error) {
    return E.left({ _tag: 'UsageInvalid', reason: usageReason(error) })
  }
}
