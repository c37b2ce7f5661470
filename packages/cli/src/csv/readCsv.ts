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
  const d = delimiter.charCodeAt(0)
  const rows: CsvRecord[] = []
  let cells: string[] = []
  let line = 1
  let recordLine = 1
  let i = 0
  // NOTE: fields are sliced out of the text whole, never built a character
  // at a time: 100,000 rows of concatenated characters cost hundreds of
  // megabytes of string pieces and most of an import's garbage collection.
  for (;;) {
    let value: string
    if (text.charCodeAt(i) === QUOTE) {
      // A quoted field: runs to the next quote that is not doubled.
      const openedOn = line
      let from = i + 1
      let doubled = ''
      for (;;) {
        const q = text.indexOf('"', from)
        if (q < 0) return E.left({ line: openedOn, reason: 'a quoted field is never closed' })
        line += lineBreaksIn(text, from, q)
        if (text.charCodeAt(q + 1) === QUOTE) {
          doubled += text.slice(from, q + 1)
          from = q + 2
          continue
        }
        value = doubled + text.slice(from, q)
        i = q + 1
        break
      }
      const next = text.charCodeAt(i)
      if (i < text.length && next !== d && next !== CR && next !== LF)
        return E.left({ line, reason: 'text follows the closing quote of a field (a quote inside a field must be doubled)' })
    } else {
      let end = i
      for (; end < text.length; end++) {
        const c = text.charCodeAt(end)
        if (c === d || c === CR || c === LF) break
        if (c === QUOTE) return E.left({ line, reason: 'a quote inside an unquoted field (quote the whole field and double the quote)' })
      }
      value = text.slice(i, end)
      i = end
    }
    cells.push(value)
    if (i < text.length && text.charCodeAt(i) === d) {
      i++
      continue
    }
    // The end of a record: a line break or the end of the text.
    if (!isBlank(cells)) rows.push({ line: recordLine, cells })
    cells = []
    if (i >= text.length) break
    i += text.charCodeAt(i) === CR && text.charCodeAt(i + 1) === LF ? 2 : 1
    line++
    recordLine = line
    if (i >= text.length) break
  }
  const [header, ...records] = rows
  if (header === undefined) return E.left({ line: 1, reason: 'the file is empty (a header row is needed)' })
  return E.right({ header: header.cells, headerLine: header.line, records, delimiter })
}

const QUOTE = 34
const CR = 13
const LF = 10

// Line breaks inside a quoted field, CRLF counted once.
const lineBreaksIn = (text: string, from: number, to: number): number => {
  let n = 0
  for (let j = from; j < to; j++) {
    const c = text.charCodeAt(j)
    if (c === LF || (c === CR && text.charCodeAt(j + 1) !== LF)) n++
  }
  return n
}
