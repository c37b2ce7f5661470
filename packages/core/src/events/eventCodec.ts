import * as t from 'io-ts'

/**
 * The codec of one event `{ type, data }`. Its `type` literal is the storage
 * name and never changes; the data's shape changes only through a new schema
 * version with an upcaster (see `catalogue.ts`).
 *
 * @since 0.1.0
 * @category events
 */
export const eventCodec = <T extends string, D extends t.Mixed>(type: T, data: D) =>
  t.type({ type: t.literal(type), data }, type)
