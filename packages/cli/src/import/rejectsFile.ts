import { writeFile } from 'node:fs/promises'
import * as E from 'fp-ts/lib/Either.js'
import type { CliError } from '../cli/cliError.js'
import { REJECT_COLUMNS } from '../csv/columns.js'
import type { CsvRecord } from '../csv/readCsv.js'
import { writeCsv } from '../csv/writeCsv.js'
import type { RowProblem } from './rowProblem.js'

/**
 * Writes the refused rows, as they were, under the file's own header, with
 * the line they came from and what is wrong with them: the shop fixes this
 * file and imports it again (the two added columns are then ignored).
 *
 * @since 0.1.0
 * @category import
 */
export const writeRejectsFile = async (
  path: string,
  header: ReadonlyArray<string>,
  records: ReadonlyArray<CsvRecord>,
  problems: ReadonlyArray<RowProblem>,
): Promise<E.Either<CliError, number>> => {
  const byLine = new Map<number, RowProblem[]>()
  for (const p of problems) byLine.set(p.line, [...(byLine.get(p.line) ?? []), p])
  const rows = records
    .filter((r) => byLine.has(r.line))
    .map((r) => [
      ...header.map((_, i) => r.cells[i] ?? ''),
      String(r.line),
      byLine.get(r.line)!.map((p) => `${p.field}: ${p.reason}`).join('; '),
    ])
  try {
    await writeFile(path, writeCsv([[...header, ...REJECT_COLUMNS], ...rows]))
    return E.right(rows.length)
  } catch (error) {
    return E.left({ _tag: 'FileUnwritable', path, reason: (error as NodeJS.ErrnoException).code ?? 'unknown error' })
  }
}
