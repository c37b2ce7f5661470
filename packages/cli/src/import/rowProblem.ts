/**
 * One thing wrong with one row of an imported file: the line it starts on,
 * the column (as the file's header names it) and the reason. Never the
 * value: a cell holds a customer's name or phone.
 *
 * @since 0.1.0
 * @category import
 */
export interface RowProblem {
  readonly line: number
  readonly field: string
  readonly reason: string
}

/** `line 7, 电话: has the wrong number of digits` @since 0.1.0 @category import */
export const renderRowProblem = (p: RowProblem): string => `line ${p.line}, ${p.field}: ${p.reason}`
