import * as t from 'io-ts'
import { struct } from '../internal/struct.js'
import { AnniversaryDate } from '../values/anniversaryDate.js'
import { CustomerId } from '../values/customerId.js'
import { CustomerName } from '../values/customerName.js'
import { EntityId } from '../values/entityId.js'
import { personal } from '../values/personal.js'
import { Note } from '../values/text.js'
import { eventCodec } from './eventCodec.js'
import { AnniversaryKind, Relation } from './vocabulary.js'

/**
 * An important date (纪念日) of the customer or of someone they buy for.
 *
 * @since 0.1.0
 * @category events
 */
export const AnniversaryNotedData = struct(
  {
    customerId: CustomerId,
    anniversaryId: EntityId,
    kind: AnniversaryKind,
    relation: Relation,
    date: AnniversaryDate,
  },
  {
    /** Whose date, when it is not the customer's own (the wife's name, …). */
    personName: personal(CustomerName),
    note: personal(Note),
  },
)
/** @since 0.1.0 @category events */
export const AnniversaryNoted = eventCodec('AnniversaryNoted', AnniversaryNotedData)
/** @since 0.1.0 @category events */
export type AnniversaryNoted = t.TypeOf<typeof AnniversaryNoted>

/** @since 0.1.0 @category events */
export const AnniversaryRemovedData = struct({ customerId: CustomerId, anniversaryId: EntityId })
/** @since 0.1.0 @category events */
export const AnniversaryRemoved = eventCodec('AnniversaryRemoved', AnniversaryRemovedData)
/** @since 0.1.0 @category events */
export type AnniversaryRemoved = t.TypeOf<typeof AnniversaryRemoved>
