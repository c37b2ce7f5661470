import { renderStoreError, type StoreError } from '@clientele/core'
import { renderProjectionError, type ProjectionError } from '@clientele/projections'
import { renderRowProblem, type RowProblem } from '../import/rowProblem.js'
import { ExitCode } from './exitCodes.js'

/**
 * Everything that stops a command, as data. Rendered at the edge in English,
 * naming the option, column or field and the reason; never a name, phone or
 * any other cell of the shop's data.
 *
 * @since 0.1.0
 * @category cli
 */
export type CliError =
  | { readonly _tag: 'UsageInvalid'; readonly reason: string }
  | { readonly _tag: 'OptionInvalid'; readonly option: string; readonly reason: string }
  /** The path is the user's own argument, not shop data: it is shown. */
  | { readonly _tag: 'FileUnreadable'; readonly path: string; readonly reason: string }
  | { readonly _tag: 'FileUnwritable'; readonly path: string; readonly reason: string }
  /** The file as a whole cannot be used (no header, a required column missing, broken quoting). */
  | { readonly _tag: 'CsvInvalid'; readonly line: number | undefined; readonly reason: string }
  /** Rows were refused and the import wrote nothing. */
  | { readonly _tag: 'RowsInvalid'; readonly problems: ReadonlyArray<RowProblem>; readonly rows: number }
  | { readonly _tag: 'StoreOpenFailed'; readonly reason: string }
  /** A read command named a SQLite file that does not exist; the path is the user's own argument. */
  | { readonly _tag: 'StoreMissing'; readonly path: string }
  | { readonly _tag: 'StoreFailed'; readonly error: StoreError }
  | { readonly _tag: 'ProjectionFailed'; readonly error: ProjectionError }
  | { readonly _tag: 'CustomerNotFound' }
  | { readonly _tag: 'CustomerForgotten' }
  | { readonly _tag: 'CustomerAmbiguous'; readonly matches: number }

/** How many row problems are listed before "… and N more". */
export const LISTED_PROBLEMS = 50

/** The lines to print on stderr for an error. @since 0.1.0 @category cli */
export const renderCliError = (e: CliError): ReadonlyArray<string> => {
  switch (e._tag) {
    case 'UsageInvalid':
      return [`error: ${e.reason}`, 'run `clientele help` for usage']
    case 'OptionInvalid':
      return [`error: ${e.option}: ${e.reason}`]
    case 'FileUnreadable':
      return [`error: cannot read ${e.path}: ${e.reason}`]
    case 'FileUnwritable':
      return [`error: cannot write ${e.path}: ${e.reason}`]
    case 'CsvInvalid':
      return [`error: ${e.line === undefined ? '' : `line ${e.line}: `}${e.reason}`]
    case 'RowsInvalid': {
      const listed = e.problems.slice(0, LISTED_PROBLEMS).map(renderRowProblem)
      const more = e.problems.length - listed.length
      return [
        ...listed,
        ...(more > 0 ? [`… and ${more} more problems`] : []),
        `error: ${e.rows === 1 ? '1 row is' : `${e.rows} rows are`} invalid; nothing was imported (fix them, or import the good rows with --accept-good --rejects <file>)`,
      ]
    }
    case 'StoreOpenFailed':
      return [`error: cannot open the store: ${e.reason}`]
    case 'StoreMissing':
      return [`error: there is no store at ${e.path} (import a file first, or name the store with --store)`]
    case 'StoreFailed':
      return [`error: ${renderStoreError(e.error)}`]
    case 'ProjectionFailed':
      return [`error: ${renderProjectionError(e.error)}`]
    case 'CustomerNotFound':
      return ['error: no customer matches']
    case 'CustomerForgotten':
      return ['error: this customer asked to be forgotten; nothing is kept']
    case 'CustomerAmbiguous':
      return [`error: ${e.matches} customers match; give the customer id (see \`clientele find\`)`]
  }
}

/** The exit status for an error (see exitCodes.ts). @since 0.1.0 @category cli */
export const exitCodeOf = (e: CliError): ExitCode => {
  switch (e._tag) {
    case 'UsageInvalid':
    case 'OptionInvalid':
    case 'FileUnreadable':
    case 'CsvInvalid':
    case 'RowsInvalid':
    case 'CustomerAmbiguous':
    case 'StoreMissing':
      return ExitCode.badInput
    case 'CustomerNotFound':
    case 'CustomerForgotten':
      return ExitCode.notFound
    case 'FileUnwritable':
    case 'StoreOpenFailed':
    case 'StoreFailed':
    case 'ProjectionFailed':
      return ExitCode.failure
  }
}
