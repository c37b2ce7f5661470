import * as t from 'io-ts'
import { refined } from '../internal/refined.js'

declare const CustomerIdBrand: unique symbol
/**
 * A customer's identity: a lower-case uuid chosen by the shop's app (ids are
 * arguments; the core never invents them).
 *
 * @since 0.1.0
 * @category values
 */
export type CustomerId = string & { readonly [CustomerIdBrand]: true }

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

/** Whether a string is a lower-case uuid. @since 0.1.0 @category values */
export const isUuid = (s: string): boolean => s.length === 36 && UUID.test(s)

/** @since 0.1.0 @category values */
export const CustomerId: t.Type<CustomerId, string, unknown> = refined<CustomerId, string>('CustomerId', (u) =>
  typeof u !== 'string' ? 'must be a string' : isUuid(u) ? undefined : 'must be a lower-case uuid',
)

/** The stream that holds one customer's history. @since 0.1.0 @category values */
export const customerStream = (id: CustomerId): string => `customer-${id}`

/** Reads the customer id back from a stream name; undefined for other streams. @since 0.1.0 @category values */
export const customerIdOfStream = (stream: string): CustomerId | undefined => {
  const id = stream.startsWith('customer-') ? stream.slice('customer-'.length) : ''
  return isUuid(id) ? (id as CustomerId) : undefined
}
