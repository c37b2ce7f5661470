import { knownColumnCount, type ColumnSpec } from './columns.js'
import type { CsvRecord, CsvTable } from './readCsv.js'

/** The header row of a table and the records under it. @since 0.1.0 @category csv */
export interface HeaderedRows {
  readonly header: ReadonlyArray<string>
  readonly headerLine: number
  readonly records: ReadonlyArray<CsvRecord>
  /** Rows above the header (a sheet's title, the shop's name), left out. */
  readonly skipped: number
}

// Shops' sheets often start with a title row or two ("XX花店客户档案表").
const LOOK_AHEAD = 5

/**
 * Finds the header: the first of the first few rows that names at least two
 * known columns; the first row when none does (its missing columns are then
 * reported as usual).
 *
 * @since 0.1.0
 * @category csv
 */
export const findHeader = <K extends string>(table: CsvTable, specs: ReadonlyArray<ColumnSpec<K>>): HeaderedRows => {
  const rows: ReadonlyArray<CsvRecord> = [{ line: table.headerLine, cells: table.header }, ...table.records]
  const at = rows.slice(0, LOOK_AHEAD).findIndex((r) => knownColumnCount(r.cells, specs) >= 2)
  const i = Math.max(0, at)
  return { header: rows[i]!.cells, headerLine: rows[i]!.line, records: rows.slice(i + 1), skipped: i }
}
