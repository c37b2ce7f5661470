import * as E from 'fp-ts/lib/Either.js'
import type { AnniversaryDate, CustomerId, CustomerState, LocalDate } from '@clientele/core'
import type { ColumnMap } from '../csv/columns.js'
import type { CsvRecord } from '../csv/readCsv.js'
import { halfWidth } from '../fields/halfWidth.js'
import { parseBirthday } from '../fields/parseBirthday.js'
import { parseDate } from '../fields/parseDate.js'
import { parsePhones } from '../fields/parsePhones.js'
import { parseAcquisitionChannel, parseCustomerKind } from '../fields/vocabulary.js'
import type { CustomerColumn } from './customerColumns.js'
import { customerIdFor, importCommandId, type CustomerRef } from './importIds.js'
import type { ImportRow, RowCommand } from './importRow.js'
import { nameUuid } from './nameUuid.js'
import type { RowProblem } from './rowProblem.js'
import { rowChecks } from './rowChecks.js'

const command = (customerId: CustomerId, type: string, data: Record<string, unknown>): RowCommand => ({
  command: { type, data },
  // The content is part of the id: the same row again is the same command
  // (nothing new), a corrected row is a new one the decider judges.
  commandId: importCommandId(customerId, JSON.stringify({ type, data })),
})

// A short stable id for a note's text, so a changed note is added beside the
// old one rather than refused as a reuse of the id.
const noteUuid = nameUuid('9c3e2f1a-7b6d-4c5e-8a9f-0b1c2d3e4f50')
const noteId = (text: string): string => `note-${noteUuid(text).slice(0, 13)}`

interface CustomerCells {
  readonly customerId: CustomerId
  readonly ref: CustomerRef
  readonly name: string
  readonly customerNo: string | undefined
  readonly phones: ReadonlyArray<string> | undefined
  readonly birthday: AnniversaryDate | undefined
  readonly kind: string
  readonly channel: string
  readonly registeredOn: LocalDate | undefined
  readonly address: string | undefined
  readonly wechat: string | undefined
  readonly contactPerson: string | undefined
  readonly note: string | undefined
}

// What a customer row asks for, given what the archive already holds: a new
// customer is registered; one imported before gets the row's contact details
// (only those that changed are recorded), keeping the original registration.
const commandsFor = (c: CustomerCells, today: LocalDate) => (state: CustomerState): ReadonlyArray<RowCommand> => {
  const id = c.customerId
  const registered = state.status === 'active' || state.status === 'lost' ? state : undefined
  const registeredOn = registered?.registration.registeredOn ?? c.registeredOn ?? today
  const contact = {
    ...(c.phones !== undefined && { phones: c.phones }),
    ...(c.address !== undefined && { address: c.address }),
    ...(c.wechat !== undefined && { wechat: c.wechat }),
    ...(c.contactPerson !== undefined && { contactPerson: c.contactPerson }),
  }
  const first =
    registered === undefined
      ? command(id, 'RegisterCustomer', {
          customerId: id,
          kind: c.kind,
          name: c.name,
          registeredOn,
          channel: c.channel,
          ...contact,
          ...(c.customerNo !== undefined && { archiveNo: c.customerNo }),
        })
      : command(id, 'ChangeContactDetails', { customerId: id, name: c.name, ...contact })
  return [
    first,
    ...(c.birthday === undefined
      ? []
      : [command(id, 'NoteAnniversary', { customerId: id, anniversaryId: 'birthday', kind: 'birthday', relation: 'self', date: c.birthday })]),
    ...(c.note === undefined
      ? []
      : [command(id, 'RecordPreference', { customerId: id, preferenceId: noteId(c.note), aspect: 'note', text: c.note, recordedOn: registeredOn })]),
  ]
}

/** The column a refusal of the decider or of a command's decoder is about. */
const blameFor = (columns: ColumnMap<CustomerColumn>): ImportRow['blame'] => (refusal) => {
  if (refusal._tag !== 'FieldInvalid') return columns.label[columns.index.customerNo !== undefined ? 'customerNo' : 'phone']
  const field = refusal.path.split('.')[1] ?? ''
  const byField: Readonly<Record<string, CustomerColumn>> = {
    name: 'name', phones: 'phone', date: 'birthday', archiveNo: 'customerNo', address: 'address', wechat: 'wechat',
    contactPerson: 'contactPerson', text: 'note', registeredOn: 'registeredOn', kind: 'kind', channel: 'channel',
  }
  const column = byField[field]
  return column === undefined ? refusal.path : columns.label[column]
}

/**
 * Checks one customer row on its own: every cell, and that the customer can
 * be told apart (a 编号, or else a phone). Returns all the row's problems.
 *
 * @since 0.1.0
 * @category import
 */
export const readCustomerRow = (columns: ColumnMap<CustomerColumn>, record: CsvRecord, today: LocalDate): E.Either<ReadonlyArray<RowProblem>, ImportRow> => {
  const row = rowChecks(columns, record)
  const customerNoRaw = row.bounded('customerNo', 100)
  const customerNo = customerNoRaw === undefined ? undefined : halfWidth(customerNoRaw)
  // Refused as required only when empty: a name that is too long has its own problem.
  const name = row.bounded('name', 100) ?? (row.text('name') === undefined ? row.refuse('name', 'is required') : undefined)
  const phones = row.parsed('phone', parsePhones)
  const birthday = row.parsed('birthday', parseBirthday)
  const kind = row.parsed('kind', parseCustomerKind) ?? 'person'
  const channel = row.parsed('channel', parseAcquisitionChannel) ?? 'other'
  const registeredOn = row.parsed('registeredOn', parseDate)
  const address = row.bounded('address', 300)
  const wechat = row.bounded('wechat', 64)
  const contactPerson = row.bounded('contactPerson', 100)
  const note = row.bounded('note', 2000)
  const ref: CustomerRef | undefined =
    customerNo !== undefined ? { by: 'number', value: customerNo } : phones?.[0] !== undefined ? { by: 'phone', value: phones[0] } : undefined
  if (ref === undefined && row.text('phone') === undefined)
    row.refuse(columns.index.customerNo !== undefined ? 'customerNo' : 'phone', `is required to tell customers apart (a ${columns.label.customerNo} or a ${columns.label.phone})`)
  if (row.problems.length > 0 || ref === undefined || name === undefined) return E.left(row.problems)
  const customerId = customerIdFor(ref)
  const cells: CustomerCells = { customerId, ref, name, customerNo, phones, birthday, kind, channel, registeredOn, address, wechat, contactPerson, note }
  return E.right({ line: record.line, customerId, commandsFor: commandsFor(cells, today), blame: blameFor(columns) })
}
