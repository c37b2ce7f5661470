import { displayWidth, padTo } from './displayWidth.js'

/** A column of a table: its heading, and whether numbers line up on the right. @since 0.1.0 @category output */
export interface TableColumn {
  readonly heading: string
  readonly align?: 'left' | 'right'
}

/**
 * Lines of an aligned text table, measured in terminal columns so Chinese
 * names line up with Latin ones. The last column is not padded (no trailing
 * spaces).
 *
 * @since 0.1.0
 * @category output
 */
export const renderTable = (columns: ReadonlyArray<TableColumn>, rows: ReadonlyArray<ReadonlyArray<string>>): ReadonlyArray<string> => {
  const widths = columns.map((c, i) => Math.max(displayWidth(c.heading), ...rows.map((r) => displayWidth(r[i] ?? ''))))
  const line = (cells: ReadonlyArray<string>) =>
    cells
      .map((cell, i) => {
        const align = columns[i]?.align ?? 'left'
        return i === cells.length - 1 && align === 'left' ? cell : padTo(cell, widths[i] ?? 0, align)
      })
      .join('  ')
      .trimEnd()
  return [line(columns.map((c) => c.heading)), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)]
}
