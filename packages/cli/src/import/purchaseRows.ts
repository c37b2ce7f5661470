import * as E from 'fp-ts/lib/Either.js'
import type { CustomerId } from '@clientele/core'
import type { ColumnMap } from '../csv/columns.js'
import type { CsvRecord } from '../csv/readCsv.js'
import { halfWidth } from '../fields/halfWidth.js'
import { parseAmount } from '../fields/parseAmount.js'
import { parseDate } from '../fields/parseDate.js'
import { parsePhones } from '../fields/parsePhones.js'
import { parseOccasion, parseSalesChannel } from '../fields/vocabulary.js'
import { customerIdFor, purchaseIdsFor, type CustomerRef } from './importIds.js'
import type { ImportRow } from './importRow.js'
import type { PurchaseColumn } from './purchaseColumns.js'
import type { RowProblem } from './rowProblem.js'
import { rowChecks } from './rowChecks.js'

const parseQuantity = (raw: string): E.Either<string, number> => {
  const text = halfWidth(raw).trim()
  return /^\d{1,6}$/.test(text) && Number(text) >= 1 ? E.right(Number(text)) : E.left('must be a whole number of at least 1')
}

/**
 * Counts equal rows, so that two identical sales on one day (same customer,
 * same amount, no receipt number) stay two sales, and importing the file
 * again finds both by the same ids.
 *
 * @since 0.1.0
 * @category import
 */
export const occurrenceCounter = () => {
  const seen = new Map<string, number>()
  return (key: string): number => {
    const n = seen.get(key) ?? 0
    seen.set(key, n + 1)
    return n
  }
}

const blameFor = (columns: ColumnMap<PurchaseColumn>, refColumn: PurchaseColumn): ImportRow['blame'] => {
  // One function per file and reference column, shared by its rows.
  let byRef = blames.get(columns)
  if (byRef === undefined) blames.set(columns, (byRef = new Map()))
  let blame = byRef.get(refColumn)
  if (blame === undefined) byRef.set(refColumn, (blame = blameOf(columns, refColumn)))
  return blame
}

const blames = new WeakMap<ColumnMap<PurchaseColumn>, Map<PurchaseColumn, ImportRow['blame']>>()

const blameOf = (columns: ColumnMap<PurchaseColumn>, refColumn: PurchaseColumn): ImportRow['blame'] => (refusal) => {
  switch (refusal._tag) {
    case 'CustomerNotFound':
      return columns.label[refColumn]
    case 'IdAlreadyUsed':
      return columns.label[columns.index.receiptNo !== undefined ? 'receiptNo' : 'date']
    case 'FieldInvalid': {
      const field = refusal.path.split('.')[1] ?? ''
      const byField: Readonly<Record<string, PurchaseColumn>> = {
        purchasedOn: 'date', amount: 'amount', items: 'item', occasion: 'occasion', channel: 'channel', note: 'note', purchaseId: 'receiptNo',
      }
      const column = byField[field]
      return column === undefined ? refusal.path : columns.label[column]
    }
    default:
      return columns.label.amount
  }
}

/**
 * Which customer a purchase row's reference names; a reason when it cannot
 * tell (a phone several customers share).
 *
 * @since 0.1.0
 * @category import
 */
export type CustomerResolver = (ref: CustomerRef) => E.Either<string, CustomerId>

/** The customer the customers import would have derived from the same reference. @since 0.1.0 @category import */
export const derivedCustomer: CustomerResolver = (ref) => E.right(customerIdFor(ref))

/**
 * Names customers by phone as the store knows them: the one customer who
 * holds the number (whatever their id was derived from), else the id a phone
 * would give. A number several customers hold is refused.
 *
 * @since 0.1.0
 * @category import
 */
export const customerByPhoneIn =
  (holders: ReadonlyMap<string, ReadonlyArray<CustomerId>>): CustomerResolver =>
  (ref) => {
    if (ref.by === 'number') return derivedCustomer(ref)
    const found = holders.get(ref.value) ?? []
    if (found.length > 1) return E.left(`is the number of ${found.length} customers; refer to the customer by 编号`)
    return found.length === 1 ? E.right(found[0]!) : derivedCustomer(ref)
  }

/**
 * Checks one purchase row on its own: every cell, and the customer reference
 * (编号, else phone). Whether that customer exists is the decider's call.
 *
 * @since 0.1.0
 * @category import
 */
export const readPurchaseRow = (
  columns: ColumnMap<PurchaseColumn>,
  record: CsvRecord,
  occurrence: (key: string) => number,
  customerOf: CustomerResolver = derivedCustomer,
): E.Either<ReadonlyArray<RowProblem>, ImportRow> => {
  const row = rowChecks(columns, record)
  const customerNo = row.bounded('customerNo', 100)
  const phones = customerNo === undefined ? row.parsed('phone', parsePhones) : undefined
  const purchasedOn = row.parsed('date', parseDate) ?? (row.text('date') === undefined ? row.refuse('date', 'is required') : undefined)
  const amount = row.parsed('amount', parseAmount) ?? (row.text('amount') === undefined ? row.refuse('amount', 'is required') : undefined)
  const category = row.bounded('category', 100)
  const item = row.bounded('item', 100)
  const quantity = row.parsed('quantity', parseQuantity) ?? 1
  const occasion = row.parsed('occasion', parseOccasion) ?? 'other'
  const channel = row.parsed('channel', parseSalesChannel)
  const receiptRaw = row.bounded('receiptNo', 100)
  const receiptNo = receiptRaw === undefined ? undefined : halfWidth(receiptRaw)
  const note = row.bounded('note', 2000)
  const ref: CustomerRef | undefined =
    customerNo !== undefined ? { by: 'number', value: halfWidth(customerNo) } : phones?.[0] !== undefined ? { by: 'phone', value: phones[0] } : undefined
  const refColumn: PurchaseColumn = customerNo !== undefined || columns.index.phone === undefined ? 'customerNo' : 'phone'
  if (ref === undefined && row.text('phone') === undefined)
    row.refuse(refColumn, `is required to know whose purchase it is (a ${columns.label.customerNo} or a ${columns.label.phone})`)
  const resolved = ref === undefined ? undefined : customerOf(ref)
  if (resolved !== undefined && E.isLeft(resolved)) row.refuse(refColumn, resolved.left)
  if (row.problems.length > 0 || resolved === undefined || E.isLeft(resolved) || purchasedOn === undefined || amount === undefined) return E.left(row.problems)
  const customerId: CustomerId = resolved.right
  const { purchaseId, commandId } = purchaseIdsFor(customerId, {
    receiptNo,
    purchasedOn,
    amount,
    occurrence: receiptNo === undefined ? occurrence(`${customerId}/${purchasedOn}/${amount}`) : 0,
  })
  const label = item ?? category
  const data = {
    customerId,
    purchaseId,
    purchasedOn,
    amount: { amount, currency: 'CNY' },
    items: label === undefined ? [] : [{ name: label, category: category ?? label, quantity, amount: { amount, currency: 'CNY' } }],
    occasion,
    ...(channel !== undefined && { channel }),
    ...(note !== undefined && { note }),
  }
  const rowCommand = { command: { type: 'LogPurchase', data }, commandId }
  return E.right({ line: record.line, customerId, commandsFor: () => [rowCommand], blame: blameFor(columns, refColumn) })
}
