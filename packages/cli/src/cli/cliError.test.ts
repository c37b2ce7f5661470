import { describe, expect, it } from 'vitest'
import { exitCodeOf, LISTED_PROBLEMS, renderCliError, type CliError } from './cliError.js'
import { ExitCode } from './exitCodes.js'

describe('CLI errors', () => {
  it('map to the documented exit codes', () => {
    const cases: ReadonlyArray<readonly [CliError, ExitCode]> = [
      [{ _tag: 'UsageInvalid', reason: 'x' }, ExitCode.badInput],
      [{ _tag: 'OptionInvalid', option: '--date', reason: 'x' }, ExitCode.badInput],
      [{ _tag: 'RowsInvalid', problems: [], rows: 1 }, ExitCode.badInput],
      [{ _tag: 'CsvInvalid', line: 1, reason: 'x' }, ExitCode.badInput],
      [{ _tag: 'CustomerNotFound' }, ExitCode.notFound],
      [{ _tag: 'StoreOpenFailed', reason: 'x' }, ExitCode.failure],
      [{ _tag: 'StoreFailed', error: { _tag: 'StoreClosed' } }, ExitCode.failure],
    ]
    for (const [error, code] of cases) expect(exitCodeOf(error)).toBe(code)
  })

  it('list at most fifty row problems, then how many more', () => {
    const problems = Array.from({ length: LISTED_PROBLEMS + 7 }, (_, i) => ({ line: i + 2, field: '电话', reason: 'is empty' }))
    const lines = renderCliError({ _tag: 'RowsInvalid', problems, rows: problems.length })
    expect(lines[0]).toBe('line 2, 电话: is empty')
    expect(lines[LISTED_PROBLEMS]).toBe('… and 7 more problems')
    expect(lines.at(-1)).toMatch(/^error: 57 rows are invalid; nothing was imported/)
  })
})
