import * as t from 'io-ts'
import { struct } from '../internal/struct.js'
import { CustomerId } from '../values/customerId.js'
import { CustomerName } from '../values/customerName.js'
import { EntityId } from '../values/entityId.js'
import { LocalDate } from '../values/localDate.js'
import { Money } from '../values/money.js'
import { personal } from '../values/personal.js'
import { Phone } from '../values/phone.js'
import { Address, Label, Note, PositiveInt, StaffId } from '../values/text.js'
import { eventCodec } from './eventCodec.js'
import { Occasion, RefundReason, SalesChannel } from './vocabulary.js'

/** One line of a sale. @since 0.1.0 @category events */
export const PurchaseItem = struct({ name: Label, category: Label, quantity: PositiveInt, amount: Money })
/** @since 0.1.0 @category events */
export type PurchaseItem = t.TypeOf<typeof PurchaseItem>

/** Who receives a delivered order (代送); a prospective customer in their own right. @since 0.1.0 @category events */
export const Recipient = struct({ name: personal(CustomerName) }, { phone: personal(Phone), address: personal(Address) })
/** @since 0.1.0 @category events */
export type Recipient = t.TypeOf<typeof Recipient>

/**
 * A sale on the ledger (消费记录). When items are listed their amounts add up
 * to `amount`; a shop that notes only a total lists none.
 *
 * @since 0.1.0
 * @category events
 */
export const PurchaseLoggedData = struct(
  {
    customerId: CustomerId,
    purchaseId: EntityId,
    purchasedOn: LocalDate,
    amount: Money,
    items: t.readonlyArray(PurchaseItem),
    occasion: Occasion,
  },
  {
    /** The festival code (see the festival calendar) when `occasion` is `festival`. */
    festival: Label,
    /** The important date this was bought for, to recall it next year. */
    anniversaryId: EntityId,
    channel: SalesChannel,
    recipient: Recipient,
    servedBy: StaffId,
    note: personal(Note),
  },
)
/** @since 0.1.0 @category events */
export const PurchaseLogged = eventCodec('PurchaseLogged', PurchaseLoggedData)
/** @since 0.1.0 @category events */
export type PurchaseLogged = t.TypeOf<typeof PurchaseLogged>

/** Money given back for (part of) a purchase; never more than was paid. @since 0.1.0 @category events */
export const PurchaseRefundedData = struct(
  {
    customerId: CustomerId,
    purchaseId: EntityId,
    refundId: EntityId,
    refundedOn: LocalDate,
    amount: Money,
    reason: RefundReason,
  },
  { complaintId: EntityId, note: personal(Note) },
)
/** @since 0.1.0 @category events */
export const PurchaseRefunded = eventCodec('PurchaseRefunded', PurchaseRefundedData)
/** @since 0.1.0 @category events */
export type PurchaseRefunded = t.TypeOf<typeof PurchaseRefunded>
