import * as t from 'io-ts'
import { refined } from '../internal/refined.js'

declare const EntityIdBrand: unique symbol
/**
 * The id of something inside a customer's history (a purchase, complaint,
 * anniversary, …). Shops often have their own receipt numbers, so any short
 * token is accepted, not only uuids. Ids make commands idempotent.
 *
 * @since 0.1.0
 * @category values
 */
export type EntityId = string & { readonly [EntityIdBrand]: true }

const TOKEN = /^[A-Za-z0-9][A-Za-z0-9._:\-/#]{0,63}$/

/** @since 0.1.0 @category values */
export const EntityId: t.Type<EntityId, string, unknown> = refined<EntityId, string>('EntityId', (u) =>
  typeof u !== 'string'
    ? 'must be a string'
    : TOKEN.test(u)
      ? undefined
      : 'must be 1–64 characters of letters, digits and . _ : - / #, starting with a letter or digit',
)
