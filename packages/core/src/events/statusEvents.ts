import * as t from 'io-ts'
import { struct } from '../internal/struct.js'
import { CustomerId } from '../values/customerId.js'
import { LocalDate } from '../values/localDate.js'
import { personal } from '../values/personal.js'
import { Label, Note } from '../values/text.js'
import { eventCodec } from './eventCodec.js'
import { ErasureRequester, LostReason } from './vocabulary.js'

/** The shop concluded the customer stopped coming, and why (客户流失). @since 0.1.0 @category events */
export const CustomerMarkedLostData = struct(
  { customerId: CustomerId, markedOn: LocalDate, reason: LostReason },
  { competitor: Label, note: personal(Note) },
)
/** @since 0.1.0 @category events */
export const CustomerMarkedLost = eventCodec('CustomerMarkedLost', CustomerMarkedLostData)
/** @since 0.1.0 @category events */
export type CustomerMarkedLost = t.TypeOf<typeof CustomerMarkedLost>

/**
 * The customer's personal data must be erased. From here on the customer
 * accepts no command; the erasure of the personal fields already stored
 * (marked `personal` in every codec) is carried out by the store's erasure job.
 *
 * @since 0.1.0
 * @category events
 */
export const CustomerForgottenData = struct({ customerId: CustomerId, forgottenOn: LocalDate, requestedBy: ErasureRequester })
/** @since 0.1.0 @category events */
export const CustomerForgotten = eventCodec('CustomerForgotten', CustomerForgottenData)
/** @since 0.1.0 @category events */
export type CustomerForgotten = t.TypeOf<typeof CustomerForgotten>
