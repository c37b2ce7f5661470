import type { CustomerId } from '@clientele/core'
import { nameUuid } from './nameUuid.js'

// The CLI's own namespace for name-based uuids. NOTE: changing it changes
// every derived id, and the next import of an old file would register every
// customer a second time.
const IMPORT_NAMESPACE = '6f1d3c2a-8b47-4e59-a1c3-5d7e9f0b2468'

const uuidOf = nameUuid(IMPORT_NAMESPACE)

/**
 * How a file names a customer: by the shop's archive number (编号) when the
 * file has one, else by the first phone number (normalised). The same
 * reference always gives the same customer id, which is what makes a second
 * import of the same file add nothing.
 *
 * @since 0.1.0
 * @category import
 */
export type CustomerRef = { readonly by: 'number'; readonly value: string } | { readonly by: 'phone'; readonly value: string }

// A purchases file names each customer many times: derive each id once.
const knownIds = new Map<string, CustomerId>()

/** @since 0.1.0 @category import */
export const customerIdFor = (ref: CustomerRef): CustomerId => {
  const name = `customer/${ref.by}/${ref.value}`
  let id = knownIds.get(name)
  if (id === undefined) {
    id = uuidOf(name) as CustomerId
    if (knownIds.size > 1_000_000) knownIds.clear()
    knownIds.set(name, id)
  }
  return id
}

/** The command id of one fact of an import; the store's event ids derive from it. @since 0.1.0 @category import */
export const importCommandId = (customerId: CustomerId, fact: string): string => uuidOf(`command/${customerId}/${fact}`)

const RECEIPT_TOKEN = /^[A-Za-z0-9][A-Za-z0-9._:\-/#]{0,63}$/

/**
 * A purchase's id and its command's id. A receipt number (单号) is the
 * purchase id as it is when it is a token core accepts; otherwise, and for
 * rows without one, the id derives from what identifies the row: the
 * customer, the day, the amount, and how many identical rows came before it
 * in the file (two equal sales on one day are two sales). One hash serves
 * both ids: a purchase id is recorded once per customer, so it alone names
 * the command.
 *
 * @since 0.1.0
 * @category import
 */
export const purchaseIdsFor = (
  customerId: CustomerId,
  row: { readonly receiptNo: string | undefined; readonly purchasedOn: string; readonly amount: number; readonly occurrence: number },
): { readonly purchaseId: string; readonly commandId: string } => {
  if (row.receiptNo === undefined) {
    const commandId = uuidOf(`purchase/${customerId}/${row.purchasedOn}/${row.amount}/${row.occurrence}`)
    return { purchaseId: `import-${commandId}`, commandId }
  }
  const commandId = uuidOf(`receipt/${customerId}/${row.receiptNo}`)
  return { purchaseId: RECEIPT_TOKEN.test(row.receiptNo) ? row.receiptNo : `receipt-${commandId}`, commandId }
}
