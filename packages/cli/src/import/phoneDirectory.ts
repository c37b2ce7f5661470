import * as E from 'fp-ts/lib/Either.js'
import { customerIdOfStream, decodeRecordedEvent, type CustomerId, type EventStore } from '@clientele/core'
import type { CliError } from '../cli/cliError.js'

const PAGE = 5_000
const CONTACT_EVENTS = new Set(['CustomerRegistered', 'ContactDetailsChanged', 'CustomerForgotten'])

/**
 * Who holds each phone number now, from the whole store: for a purchases
 * file that names customers by phone when the archive was imported by
 * 编号. Only registrations, contact changes and erasures are decoded.
 *
 * @since 0.1.0
 * @category import
 */
export const loadPhoneDirectory = async (store: EventStore): Promise<E.Either<CliError, ReadonlyMap<string, ReadonlyArray<CustomerId>>>> => {
  const phonesOf = new Map<CustomerId, ReadonlyArray<string>>()
  let after: bigint | undefined
  for (;;) {
    const page = await store.readAll({ ...(after !== undefined && { after }), maxCount: PAGE })
    if (E.isLeft(page)) return E.left({ _tag: 'StoreFailed', error: page.left })
    for (const recorded of page.right) {
      after = recorded.position
      const customerId = customerIdOfStream(recorded.stream)
      if (customerId === undefined || !CONTACT_EVENTS.has(recorded.type)) continue
      const decoded = decodeRecordedEvent(recorded)
      if (E.isLeft(decoded)) return E.left({ _tag: 'StoreFailed', error: { _tag: 'StoreFailure', reason: `stored event at ${recorded.stream}@${recorded.revision} does not decode` } })
      const event = decoded.right
      if (event.type === 'CustomerRegistered') phonesOf.set(customerId, event.data.phones ?? [])
      else if (event.type === 'ContactDetailsChanged' && event.data.phones !== undefined) phonesOf.set(customerId, event.data.phones)
      else if (event.type === 'CustomerForgotten') phonesOf.delete(customerId)
    }
    if (page.right.length < PAGE) break
  }
  const holders = new Map<string, CustomerId[]>()
  for (const [customerId, phones] of phonesOf) for (const phone of phones) holders.set(phone, [...(holders.get(phone) ?? []), customerId])
  return E.right(holders)
}
