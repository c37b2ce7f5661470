import * as E from 'fp-ts/lib/Either.js'
import { cellOf, type ColumnMap } from '../csv/columns.js'
import type { CsvRecord } from '../csv/readCsv.js'
import type { RowProblem } from './rowProblem.js'

/**
 * Reads the cells of one record, collecting every problem of the row (not
 * only the first) so the shop fixes a file in one pass.
 *
 * @since 0.1.0
 * @category import
 */
export const rowChecks = <K extends string>(columns: ColumnMap<K>, record: CsvRecord) => {
  const problems: RowProblem[] = []
  const refuse = (key: K, reason: string): undefined => {
    problems.push({ line: record.line, field: columns.label[key], reason })
    return undefined
  }
  return {
    problems,
    refuse,
    /** The trimmed cell, or undefined when blank. */
    text: (key: K): string | undefined => cellOf(columns, record.cells, key),
    /** A parsed cell; undefined (and a problem) when it does not parse, undefined when blank. */
    parsed: <A>(key: K, parse: (raw: string) => E.Either<string, A>): A | undefined => {
      const raw = cellOf(columns, record.cells, key)
      if (raw === undefined) return undefined
      const result = parse(raw)
      return E.isRight(result) ? result.right : refuse(key, result.left)
    },
    /** Text of at most `max` characters (core's bounded text). */
    bounded: (key: K, max: number): string | undefined => {
      const raw = cellOf(columns, record.cells, key)
      return raw !== undefined && raw.length > max ? refuse(key, `is longer than ${max} characters`) : raw
    },
  }
}
