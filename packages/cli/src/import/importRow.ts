import type { CustomerId, CustomerState, DomainError } from '@clientele/core'

/** A command an imported row asks for, with the id that makes it idempotent. @since 0.1.0 @category import */
export interface RowCommand {
  readonly command: { readonly type: string; readonly data: Readonly<Record<string, unknown>> }
  readonly commandId: string
}

/**
 * A row that passed the checks of its own cells: whose history it belongs
 * to, and what it asks for. What it asks may depend on the history (a
 * customer imported before gets their details updated instead of a second
 * registration), so the commands are worked out against the state.
 *
 * @since 0.1.0
 * @category import
 */
export interface ImportRow {
  readonly line: number
  readonly customerId: CustomerId
  readonly commandsFor: (state: CustomerState) => ReadonlyArray<RowCommand>
  /** The column to name when the decider refuses this row (or a command's field fails to decode). */
  readonly blame: (refusal: DomainError | { readonly _tag: 'FieldInvalid'; readonly path: string }) => string
}
