import { readFile } from 'node:fs/promises'
import * as E from 'fp-ts/lib/Either.js'
import type { LocalDate } from '@clientele/core'
import type { CliError } from '../cli/cliError.js'
import { mapColumns, type ColumnMap, type ColumnSpec } from '../csv/columns.js'
import { decodeText, type TextEncoding } from '../csv/decodeText.js'
import { findHeader } from '../csv/findHeader.js'
import { readCsv, type CsvRecord, type CsvTable } from '../csv/readCsv.js'
import { customerColumns, type CustomerColumn } from './customerColumns.js'
import { readCustomerRow } from './customerRows.js'
import type { ImportRow } from './importRow.js'
import { purchaseColumns, type PurchaseColumn } from './purchaseColumns.js'
import { derivedCustomer, occurrenceCounter, readPurchaseRow, type CustomerResolver } from './purchaseRows.js'
import type { RowProblem } from './rowProblem.js'

/** What an import reads: the shop's customers or its purchases. @since 0.1.0 @category import */
export type ImportKind = 'customers' | 'purchases'

/** A file read and checked row by row, before anything is decided. @since 0.1.0 @category import */
export interface CheckedFile {
  readonly encoding: TextEncoding
  readonly header: ReadonlyArray<string>
  readonly records: ReadonlyArray<CsvRecord>
  readonly rows: ReadonlyArray<ImportRow>
  readonly problems: ReadonlyArray<RowProblem>
  /** Headers no column goes by; their cells are not imported. */
  readonly ignoredColumns: ReadonlyArray<string>
  /** Rows above the header (a title), not imported. */
  readonly titleRowsSkipped: number
  /** Purchase rows that name their customer by phone. */
  readonly rowsByPhone: number
}

const requireColumns = <K extends string>(columns: ColumnMap<K>, line: number, required: ReadonlyArray<K>, oneOf: ReadonlyArray<K>): E.Either<CliError, void> => {
  for (const key of required)
    if (columns.index[key] === undefined) return E.left({ _tag: 'CsvInvalid', line, reason: `the header has no ${columns.label[key]} column` })
  if (oneOf.every((key) => columns.index[key] === undefined))
    return E.left({ _tag: 'CsvInvalid', line, reason: `the header needs a ${oneOf.map((k) => columns.label[k]).join(' or a ')} column to know the customer` })
  return E.right(undefined)
}

const checkRows = <K extends string>(
  table: CsvTable,
  specs: ReadonlyArray<ColumnSpec<K>>,
  required: ReadonlyArray<K>,
  oneOf: ReadonlyArray<K>,
  readRow: (columns: ColumnMap<K>, record: CsvRecord) => E.Either<ReadonlyArray<RowProblem>, ImportRow>,
) => {
  const { header, headerLine, records, skipped } = findHeader(table, specs)
  const columns = mapColumns(header, specs)
  if (E.isLeft(columns)) return E.left<CliError>({ _tag: 'CsvInvalid', line: headerLine, reason: columns.left })
  const present = requireColumns(columns.right, headerLine, required, oneOf)
  if (E.isLeft(present)) return present
  const rows: ImportRow[] = []
  const problems: RowProblem[] = []
  for (const record of records) {
    // Cells past the header's last column belong to no column: most often a
    // value with an unquoted comma (北京市,朝阳区), whose second half would be
    // lost. Empty ones (a sheet's trailing commas) are harmless.
    const extra = record.cells.slice(header.length).filter((c) => c.trim() !== '').length
    if (extra > 0) {
      problems.push({ line: record.line, field: 'row', reason: `has ${extra} more cell${extra === 1 ? '' : 's'} than the header has columns (a value with a comma needs quotes)` })
      continue
    }
    const row = readRow(columns.right, record)
    if (E.isLeft(row)) problems.push(...row.left)
    else rows.push(row.right)
  }
  return E.right({ rows, problems, ignoredColumns: columns.right.ignored, columns: columns.right, header, records, skipped })
}

// The same customer twice in a customers file is almost always a copy-paste
// slip; which row is right is the shop's call, so the later one is refused.
const refuseRepeatedCustomers = (rows: ReadonlyArray<ImportRow>, label: string): { rows: ImportRow[]; problems: RowProblem[] } => {
  const firstLine = new Map<string, number>()
  const kept: ImportRow[] = []
  const problems: RowProblem[] = []
  for (const row of rows) {
    const earlier = firstLine.get(row.customerId)
    if (earlier === undefined) {
      firstLine.set(row.customerId, row.line)
      kept.push(row)
    } else problems.push({ line: row.line, field: label, reason: `names the same customer as line ${earlier}` })
  }
  return { rows: kept, problems }
}

/**
 * Reads an import file and checks every row's cells. A file-level problem
 * (unreadable, no header, a required column missing, broken quoting) is an
 * error; row problems are collected, listing every bad row.
 *
 * @since 0.1.0
 * @category import
 */
export const readImportFile = async (
  kind: ImportKind,
  path: string,
  today: LocalDate,
  customerOf: CustomerResolver = derivedCustomer,
): Promise<E.Either<CliError, CheckedFile>> => {
  let bytes: Uint8Array
  try {
    bytes = await readFile(path)
  } catch (error) {
    return E.left({ _tag: 'FileUnreadable', path, reason: (error as NodeJS.ErrnoException).code ?? 'unknown error' })
  }
  const decoded = decodeText(bytes)
  if (E.isLeft(decoded)) return E.left({ _tag: 'CsvInvalid', line: undefined, reason: decoded.left })
  let byPhone = 0
  const table = readCsv(decoded.right.text)
  if (E.isLeft(table)) return E.left({ _tag: 'CsvInvalid', line: table.left.line, reason: table.left.reason })
  const checked =
    kind === 'customers'
      ? checkRows<CustomerColumn>(table.right, customerColumns, ['name'], ['customerNo', 'phone'], (columns, record) => readCustomerRow(columns, record, today))
      : checkRows<PurchaseColumn>(table.right, purchaseColumns, ['date', 'amount'], ['customerNo', 'phone'], (() => {
          const occurrence = occurrenceCounter()
          const counted: CustomerResolver = (ref) => {
            if (ref.by === 'phone') byPhone++
            return customerOf(ref)
          }
          return (columns: ColumnMap<PurchaseColumn>, record: CsvRecord) => readPurchaseRow(columns, record, occurrence, counted)
        })())
  if (E.isLeft(checked)) return checked
  const { rows, problems, ignoredColumns, columns, header, records, skipped } = checked.right
  const unique =
    kind === 'customers'
      ? refuseRepeatedCustomers(rows, (columns as ColumnMap<string>).label[(columns as ColumnMap<string>).index['customerNo'] !== undefined ? 'customerNo' : 'phone']!)
      : { rows, problems: [] }
  return E.right({
    encoding: decoded.right.encoding,
    header,
    records,
    rows: unique.rows,
    problems: [...problems, ...unique.problems].sort((a, b) => a.line - b.line),
    ignoredColumns,
    titleRowsSkipped: skipped,
    rowsByPhone: byPhone,
  })
}
