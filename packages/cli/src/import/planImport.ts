import * as E from 'fp-ts/lib/Either.js'
import {
  atRevision,
  customerDecider,
  customerStream,
  decodeCommand,
  decodeRecordedEvent,
  noStream,
  schemaVersions,
  type CustomerEvent,
  type CustomerId,
  type CustomerState,
  type EventStore,
  type EventToAppend,
  type ExpectedRevision,
} from '@clientele/core'
import type { CliError } from '../cli/cliError.js'
import { eventIdOf } from './eventIdOf.js'
import type { ImportRow, RowCommand } from './importRow.js'
import type { RowProblem } from './rowProblem.js'

/** The events of one customer to append in one go, at the revision they were decided on. @since 0.1.0 @category import */
export interface PlannedAppend {
  readonly stream: string
  readonly events: ReadonlyArray<EventToAppend>
  readonly expected: ExpectedRevision
}

/** @since 0.1.0 @category import */
export interface ImportPlan {
  readonly appends: ReadonlyArray<PlannedAppend>
  /** Rows the decider refused (the cells themselves were fine). */
  readonly problems: ReadonlyArray<RowProblem>
  /** Rows that record something new. */
  readonly rowsWithNews: number
  /** Rows already in the store exactly as they are: nothing to write. */
  readonly rowsUnchanged: number
  readonly customers: number
  /**
   * Purchases dated before their customer's registration day: reports "as of"
   * a day count only customers registered by then, so these stay out of
   * reports of earlier days. Worth a word to the shop, not a refusal.
   */
  readonly purchasesBeforeRegistration: number
}

const toAppend = (event: CustomerEvent, { commandId }: RowCommand, index: number): EventToAppend => ({
  // The same ids handleCommand gives a command's events: a retried import is
  // recognised by the store as well as by the decider.
  id: eventIdOf(commandId, index),
  type: event.type,
  data: event.data,
  metadata: { schemaVersion: schemaVersions.current[event.type], commandId, correlationId: commandId, causationId: commandId, actor: 'clientele-import' },
})

interface LoadedCustomer {
  readonly state: CustomerState
  readonly revision: number | undefined
}

const loadCustomer = async (store: EventStore, stream: string): Promise<E.Either<CliError, LoadedCustomer>> => {
  const read = await store.readStream(stream)
  if (E.isLeft(read)) return E.left({ _tag: 'StoreFailed', error: read.left })
  let state = customerDecider.initialState
  for (const recorded of read.right) {
    const decoded = decodeRecordedEvent(recorded)
    if (E.isLeft(decoded)) return E.left({ _tag: 'StoreFailed', error: { _tag: 'StoreFailure', reason: `stored event at ${stream}@${recorded.revision} does not decode` } })
    state = customerDecider.evolve(state, decoded.right)
  }
  return E.right({ state, revision: read.right.at(-1)?.revision })
}

type RowOutcome = { readonly _tag: 'Refused'; readonly problem: RowProblem } | { readonly _tag: 'Decided'; readonly state: CustomerState; readonly events: EventToAppend[] }

// Decides a row's commands one after the other on the state they leave; the
// row is all or nothing: a refusal leaves the state as it was before the row.
// NOTE: a row imported before is decided again rather than skipped by its
// command id: the decider finds nothing new when it is the same, and refuses
// it when the same purchase comes back with other content.
const decideRow = (row: ImportRow, before: CustomerState): RowOutcome => {
  let state = before
  const events: EventToAppend[] = []
  for (const rowCommand of row.commandsFor(before)) {
    const command = decodeCommand(rowCommand.command)
    if (E.isLeft(command)) {
      const first = command.left.problems[0]
      const path = first?.path ?? ''
      return { _tag: 'Refused', problem: { line: row.line, field: row.blame({ _tag: 'FieldInvalid', path }), reason: first?.reason ?? 'is invalid' } }
    }
    const decision = customerDecider.decide(command.right, state)
    if (E.isLeft(decision)) return { _tag: 'Refused', problem: { line: row.line, field: row.blame(decision.left), reason: refusalReason(decision.left) } }
    decision.right.forEach((event, index) => {
      state = customerDecider.evolve(state, event)
      events.push(toAppend(event, rowCommand, index))
    })
  }
  return { _tag: 'Decided', state, events }
}

// The decider's refusals in the words of someone importing a file; ids only.
const refusalReason = (refusal: Parameters<ImportRow['blame']>[0]): string => {
  switch (refusal._tag) {
    case 'CustomerNotFound':
      return 'no customer with this reference was imported (import the customers file first)'
    case 'CustomerAlreadyRegistered':
      return 'this customer was imported before with other details'
    case 'IdAlreadyUsed':
      return `this ${refusal.entity} was imported before with other details (same id ${refusal.id})`
    case 'CustomerForgotten':
      return 'this customer asked to be forgotten; nothing more is recorded'
    default:
      return `refused (${refusal._tag})`
  }
}

/**
 * Works out everything an import will write, before writing anything: rows
 * are grouped by customer, each customer's history is read once, and every
 * row's commands are decided by the customer decider on that history — the
 * same rules as one command at a time, but one append per customer instead
 * of one per row. `onCustomer` reports progress.
 *
 * @since 0.1.0
 * @category import
 */
export const planImport = async (store: EventStore, rows: ReadonlyArray<ImportRow>, onCustomer: (done: number, total: number) => void = () => {}): Promise<E.Either<CliError, ImportPlan>> => {
  const byCustomer = new Map<CustomerId, ImportRow[]>()
  for (const row of rows) {
    const group = byCustomer.get(row.customerId)
    if (group === undefined) byCustomer.set(row.customerId, [row])
    else group.push(row)
  }
  const appends: PlannedAppend[] = []
  const problems: RowProblem[] = []
  let rowsWithNews = 0
  let rowsUnchanged = 0
  let purchasesBeforeRegistration = 0
  let done = 0
  for (const [customerId, group] of byCustomer) {
    const stream = customerStream(customerId)
    const loaded = await loadCustomer(store, stream)
    if (E.isLeft(loaded)) return loaded
    let state = loaded.right.state
    const events: EventToAppend[] = []
    for (const row of group) {
      const outcome = decideRow(row, state)
      if (outcome._tag === 'Refused') {
        problems.push(outcome.problem)
        continue
      }
      state = outcome.state
      events.push(...outcome.events)
      for (const e of outcome.events)
        if (e.type === 'PurchaseLogged' && 'registration' in state && (e.data as { purchasedOn: string }).purchasedOn < state.registration.registeredOn)
          purchasesBeforeRegistration++
      if (outcome.events.length > 0) rowsWithNews++
      else rowsUnchanged++
    }
    const { revision } = loaded.right
    if (events.length > 0) appends.push({ stream, events, expected: revision === undefined ? noStream : atRevision(revision) })
    onCustomer(++done, byCustomer.size)
  }
  problems.sort((a, b) => a.line - b.line)
  return E.right({ appends, problems, rowsWithNews, rowsUnchanged, customers: byCustomer.size, purchasesBeforeRegistration })
}
