import * as E from 'fp-ts/lib/Either.js'

/** A record of a CSV file and the line it starts on (1 is the header's line). @since 0.1.0 @category csv */
export interface CsvRecord {
  readonly line: number
  readonly cells: ReadonlyArray<string>
}

/** @since 0.1.0 @category csv */
export interface CsvTable {
  readonly header: ReadonlyArray<string>
  /** The line the header row starts on. */
  readonly headerLine: number
  readonly records: ReadonlyArray<CsvRecord>
  readonly delimiter: ',' | '\t' | ';'
}

/** Broken quoting, found at a line; says nothing of the cell's content. @since 0.1.0 @category csv */
export interface CsvSyntaxError {
  readonly line: number
  readonly reason: string
}

// Spreadsheets in some locales export with ';' or tabs: the header line,
// which holds no commas of its own in practice, tells which one was used.
const delimiterOf = (firstLine: string): CsvTable['delimiter'] => {
  const count = (c: string) => firstLine.split(c).length - 1
  const [best] = (['\t', ';'] as const).filter((c) => count(c) > count(','))
  return best ?? ','
}

const isBlank = (cells: ReadonlyArray<string>): boolean => cells.every((c) => c.trim() === '')

/**
 * Reads CSV as RFC 4180 has it, as spreadsheets write it: fields in double
 * quotes may hold the delimiter, line breaks and doubled quotes; lines end in
 * CRLF, LF or CR; blank lines are skipped. The text comes already decoded
 * (see decodeText); a leading byte-order mark is dropped anyway.
 *
 * @since 0.1.0
 * @category csv
 */
export const readCsv = (input: string): E.Either<CsvSyntaxError, CsvTable> => {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input
  const firstLineEnd = text.search(/[\r\n]/)
  const delimiter = delimiterOf(firstLineEnd < 0 ? text : text.slice(0, firstLineEnd))
  const rows: CsvRecord[] = []
  let cells: string[] = []
  let cell = ''
  let line = 1
  let recordLine = 1
  let i = 0
  const endCell = () => {
    cells.push(cell)
    cell = ''
  }
  const endRecord = () => {
    endCell()
    if (!isBlank(cells)) rows.push({ line: recordLine, cells })
    cells = []
  }
  while (i < text.length) {
    const c = text[i]!
    if (c === '"' && cell === '') {
      // A quoted field: runs to the next quote that is not doubled.
      const openedOn = line
      i++
      for (;;) {
        if (i >= text.length) return E.left({ line: openedOn, reason: 'a quoted field is never closed' })
        const q = text[i]!
        if (q === '"') {
          if (text[i + 1] === '"') {
            cell += '"'
            i += 2
            continue
          }
          i++
          break
        }
        const breakLength = q === '\r' && text[i + 1] === '\n' ? 2 : q === '\r' || q === '\n' ? 1 : 0
        if (breakLength > 0) {
          cell += text.slice(i, i + breakLength)
          i += breakLength
          line++
          continue
        }
        cell += q
        i++
      }
      const next = text[i]
      if (next !== undefined && next !== delimiter && next !== '\r' && next !== '\n')
        return E.left({ line, reason: 'text follows the closing quote of a field (a quote inside a field must be doubled)' })
      continue
    }
    if (c === delimiter) {
      endCell()
      i++
      continue
    }
    if (c === '\r' || c === '\n') {
      endRecord()
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1
      line++
      recordLine = line
      continue
    }
    if (c === '"') return E.left({ line, reason: 'a quote inside an unquoted field (quote the whole field and double the quote)' })
    cell += c
    i++
  }
  if (cell !== '' || cells.length > 0) endRecord()
  const [header, ...records] = rows
  if (header === undefined) return E.left({ line: 1, reason: 'the file is empty (a header row is needed)' })
  return E.right({ header: header.cells, headerLine: header.line, records, delimiter })
}
