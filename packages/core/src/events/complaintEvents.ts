import * as t from 'io-ts'
import { struct } from '../internal/struct.js'
import { CustomerId } from '../values/customerId.js'
import { EntityId } from '../values/entityId.js'
import { LocalDate } from '../values/localDate.js'
import { personal } from '../values/personal.js'
import { Label, Note, StaffId } from '../values/text.js'
import { eventCodec } from './eventCodec.js'
import { ComplaintCategory, Resolution } from './vocabulary.js'

/**
 * A complaint (投诉) was heard: what happened, about which purchase, who
 * served, what the customer wants.
 *
 * @since 0.1.0
 * @category events
 */
export const ComplaintFiledData = struct(
  {
    customerId: CustomerId,
    complaintId: EntityId,
    filedOn: LocalDate,
    category: ComplaintCategory,
    description: personal(Note),
  },
  { purchaseId: EntityId, product: Label, servedBy: StaffId, wants: Resolution },
)
/** @since 0.1.0 @category events */
export const ComplaintFiled = eventCodec('ComplaintFiled', ComplaintFiledData)
/** @since 0.1.0 @category events */
export type ComplaintFiled = t.TypeOf<typeof ComplaintFiled>

/**
 * The agreed solution was carried out; whether the customer was satisfied,
 * and what the shop changes so it does not happen again.
 *
 * @since 0.1.0
 * @category events
 */
export const ComplaintResolvedData = struct(
  {
    customerId: CustomerId,
    complaintId: EntityId,
    resolvedOn: LocalDate,
    resolution: Resolution,
    satisfied: t.boolean,
  },
  { rootCause: Label, prevention: Label, note: personal(Note) },
)
/** @since 0.1.0 @category events */
export const ComplaintResolved = eventCodec('ComplaintResolved', ComplaintResolvedData)
/** @since 0.1.0 @category events */
export type ComplaintResolved = t.TypeOf<typeof ComplaintResolved>
