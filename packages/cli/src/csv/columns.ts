import * as E from 'fp-ts/lib/Either.js'
import { halfWidth } from '../fields/halfWidth.js'

/** One column an import understands, and the header names it goes by. @since 0.1.0 @category csv */
export interface ColumnSpec<K extends string> {
  readonly key: K
  /** English first: it names the column in messages when the file's own header is not known. */
  readonly names: ReadonlyArray<string>
}

/** Where each known column sits in a file, and its header as the file writes it. @since 0.1.0 @category csv */
export interface ColumnMap<K extends string> {
  readonly index: Readonly<Partial<Record<K, number>>>
  /** The header as written in the file, to name the column in messages. */
  readonly label: Readonly<Record<K, string>>
  /** Headers no spec knows, in file order; they are ignored. */
  readonly ignored: ReadonlyArray<string>
}

/** The columns the CLI adds to a rejects file; ignored silently when it is imported again. */
export const REJECT_COLUMNS = ['import_line', 'import_problem'] as const

// "Customer No", "customer_no", "客户编号*", "金额(元)" and "金额（元）" all name
// their column: case, spaces, _ and -, a required-marker * and a unit in
// brackets are not part of the name.
const headerKey = (header: string): string =>
  halfWidth(header)
    .trim()
    .replace(/\(.*\)$/, '')
    .replace(/\*/g, '')
    .toLowerCase()
    .replace(/[\s_\-]+/g, '')

const namesOf = <K extends string>(specs: ReadonlyArray<ColumnSpec<K>>): Map<string, K> => {
  const byName = new Map<string, K>()
  for (const spec of specs) for (const name of [spec.key, ...spec.names]) byName.set(headerKey(name), spec.key)
  return byName
}

/** How many cells of a row name a known column: tells a header from a title row above it. @since 0.1.0 @category csv */
export const knownColumnCount = <K extends string>(cells: ReadonlyArray<string>, specs: ReadonlyArray<ColumnSpec<K>>): number => {
  const byName = namesOf(specs)
  return cells.filter((c) => byName.has(headerKey(c))).length
}

/**
 * Matches a file's header row against the columns an import knows. A column
 * named twice (电话 and phone) is refused: which one to believe is not ours
 * to guess.
 *
 * @since 0.1.0
 * @category csv
 */
export const mapColumns = <K extends string>(header: ReadonlyArray<string>, specs: ReadonlyArray<ColumnSpec<K>>): E.Either<string, ColumnMap<K>> => {
  const byName = namesOf(specs)
  const index: Partial<Record<K, number>> = {}
  const label = Object.fromEntries(specs.map((s) => [s.key, s.names[0] ?? s.key])) as Record<K, string>
  const ignored: string[] = []
  for (const [i, raw] of header.entries()) {
    const key = byName.get(headerKey(raw))
    if (key === undefined) {
      if (raw.trim() !== '' && !(REJECT_COLUMNS as ReadonlyArray<string>).includes(raw.trim())) ignored.push(raw.trim())
      continue
    }
    if (index[key] !== undefined) return E.left(`columns ${index[key]! + 1} and ${i + 1} both give the ${label[key]} (${header[index[key]!]!.trim()} and ${raw.trim()})`)
    index[key] = i
    label[key] = raw.trim()
  }
  return E.right({ index, label, ignored })
}

/** The trimmed cell of a column in a record, or undefined when the column is absent or the cell blank. @since 0.1.0 @category csv */
export const cellOf = <K extends string>(columns: ColumnMap<K>, cells: ReadonlyArray<string>, key: K): string | undefined => {
  const i = columns.index[key]
  const value = i === undefined ? undefined : cells[i]?.trim()
  return value === undefined || value === '' ? undefined : value
}
