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

/**
 * Whether a string is a lower-case uuid (8-4-4-4-12 hex digits). Char codes
 * rather than a regular expression: every stored event carries one.
 *
 * @since 0.1.0
 * @category values
 */
export const isUuid = (s: string): boolean => {
  if (s.length !== 36) return false
  for (let i = 0; i < 36; i++) {
    const c = s.charCodeAt(i)
    if (i === 8 || i === 13 || i === 18 || i === 23) {
      if (c !== 45) return false
    } else if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 102))) return false
  }
  return true
}

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
