import * as t from 'io-ts'
import { struct } from '../internal/struct.js'
import { CustomerId } from '../values/customerId.js'
import { CustomerName } from '../values/customerName.js'
import { EntityId } from '../values/entityId.js'
import { LocalDate } from '../values/localDate.js'
import { personal } from '../values/personal.js'
import { Phone } from '../values/phone.js'
import { Address, Label, Note, WeChatId } from '../values/text.js'
import { eventCodec } from './eventCodec.js'
import { AcquisitionChannel, CustomerKind, PreferenceAspect } from './vocabulary.js'

/** A new archive (客户档案) was opened. @since 0.1.0 @category events */
export const CustomerRegisteredData = struct(
  {
    customerId: CustomerId,
    kind: CustomerKind,
    name: personal(CustomerName),
    registeredOn: LocalDate,
    channel: AcquisitionChannel,
  },
  {
    phones: personal(t.readonlyArray(Phone)),
    address: personal(Address),
    wechat: personal(WeChatId),
    /** For organisations: the person the shop deals with. */
    contactPerson: personal(CustomerName),
    /** The customer who brought this one (老顾客带新顾客). */
    referredBy: CustomerId,
    /** The shop's own archive number, when it numbers its cards. */
    archiveNo: Label,
  },
)
/** @since 0.1.0 @category events */
export const CustomerRegistered = eventCodec('CustomerRegistered', CustomerRegisteredData)
/** @since 0.1.0 @category events */
export type CustomerRegistered = t.TypeOf<typeof CustomerRegistered>

/**
 * Some contact details changed. A given field replaces the old value; `null`
 * clears an address or WeChat id; an absent field is left as it was.
 *
 * @since 0.1.0
 * @category events
 */
export const ContactDetailsChangedData = struct(
  { customerId: CustomerId },
  {
    name: personal(CustomerName),
    phones: personal(t.readonlyArray(Phone)),
    address: personal(t.union([Address, t.null])),
    wechat: personal(t.union([WeChatId, t.null])),
    contactPerson: personal(t.union([CustomerName, t.null])),
  },
)
/** @since 0.1.0 @category events */
export const ContactDetailsChanged = eventCodec('ContactDetailsChanged', ContactDetailsChangedData)
/** @since 0.1.0 @category events */
export type ContactDetailsChanged = t.TypeOf<typeof ContactDetailsChanged>

/** Something the archive should remember: a like, a dislike, a hobby, family, a free note. @since 0.1.0 @category events */
export const PreferenceRecordedData = struct({
  customerId: CustomerId,
  preferenceId: EntityId,
  aspect: PreferenceAspect,
  text: personal(Note),
  recordedOn: LocalDate,
})
/** @since 0.1.0 @category events */
export const PreferenceRecorded = eventCodec('PreferenceRecorded', PreferenceRecordedData)
/** @since 0.1.0 @category events */
export type PreferenceRecorded = t.TypeOf<typeof PreferenceRecorded>
