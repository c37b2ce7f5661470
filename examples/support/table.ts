// Plain-text tables for terminals. Chinese characters take two columns in a
// terminal, so padding by `string.length` would misalign every row with a name.

// East Asian Wide and Fullwidth ranges (Unicode TR 11), enough for names, festivals and notes.
const WIDE: ReadonlyArray<readonly [number, number]> = [
  [0x1100, 0x115f],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x20000, 0x3fffd],
]

/** How many terminal columns `text` takes. */
export const displayWidth = (text: string): number => {
  let width = 0
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0
    width += WIDE.some(([from, to]) => code >= from && code <= to) ? 2 : 1
  }
  return width
}

const pad = (text: string, width: number, align: 'left' | 'right'): string => {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)))
  return align === 'left' ? text + fill : fill + text
}

/** A column: its header, and whether numbers line up on the right. */
export interface Column {
  readonly header: string
  readonly align?: 'left' | 'right'
}

/** The lines of a table: a header, a rule, then one line per row; columns two spaces apart, no trailing blanks. */
export const table = (columns: ReadonlyArray<Column>, rows: ReadonlyArray<ReadonlyArray<string>>): string[] => {
  const widths = columns.map((c, i) => Math.max(displayWidth(c.header), ...rows.map((r) => displayWidth(r[i] ?? ''))))
  const line = (cells: ReadonlyArray<string>): string =>
    columns
      .map((c, i) => pad(cells[i] ?? '', widths[i] ?? 0, c.align ?? 'left'))
      .join('  ')
      .trimEnd()
  return [line(columns.map((c) => c.header)), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)]
}
