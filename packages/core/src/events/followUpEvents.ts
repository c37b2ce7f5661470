import * as t from 'io-ts'
import { struct } from '../internal/struct.js'
import { CustomerId } from '../values/customerId.js'
import { EntityId } from '../values/entityId.js'
import { LocalDate } from '../values/localDate.js'
import { personal } from '../values/personal.js'
import { Note, StaffId } from '../values/text.js'
import { eventCodec } from './eventCodec.js'
import { ContactChannel, FollowUpOutcome, FollowUpPurpose } from './vocabulary.js'

/** A call or visit (回访): when, how, why, what was said, how it went. @since 0.1.0 @category events */
export const FollowUpLoggedData = struct(
  {
    customerId: CustomerId,
    followUpId: EntityId,
    contactedOn: LocalDate,
    channel: ContactChannel,
    purpose: FollowUpPurpose,
    outcome: FollowUpOutcome,
  },
  { purchaseId: EntityId, complaintId: EntityId, staff: StaffId, note: personal(Note) },
)
/** @since 0.1.0 @category events */
export const FollowUpLogged = eventCodec('FollowUpLogged', FollowUpLoggedData)
/** @since 0.1.0 @category events */
export type FollowUpLogged = t.TypeOf<typeof FollowUpLogged>
