// The public surface of @clientele/core, listed explicitly. Nothing under
// internal/ is exported.

// Values
export { CustomerId, customerStream, customerIdOfStream, isUuid } from './values/customerId.js'
export { EntityId } from './values/entityId.js'
export { Money, money, formatMoney, DEFAULT_CURRENCY } from './values/money.js'
export {
  LocalDate,
  localDate,
  partsOf,
  daysBetween,
  addDays,
  dayOfWeek,
  daysInMonth,
  isLeapYear,
  localDateIn,
} from './values/localDate.js'
export { MonthDay, monthDay } from './values/monthDay.js'
export { AnniversaryDate } from './values/anniversaryDate.js'
export { Phone } from './values/phone.js'
export { parsePhone, phoneDigits } from './values/phoneNumber.js'
export type { ParsedPhone, PhoneKind, PhoneProblem } from './values/phoneNumber.js'
export { CustomerName } from './values/customerName.js'
export { surnameOf, nameScript, COMPOUND_SURNAMES } from './values/surname.js'
export type { NameScript } from './values/surname.js'
export { Label, Note, Address, WeChatId, StaffId, PositiveInt, boundedText } from './values/text.js'
export { personal, personalPaths, PersonalType } from './values/personal.js'

// Events
export {
  CustomerKind,
  AcquisitionChannel,
  SalesChannel,
  Occasion,
  RefundReason,
  Relation,
  AnniversaryKind,
  PreferenceAspect,
  ComplaintCategory,
  Resolution,
  ContactChannel,
  FollowUpPurpose,
  FollowUpOutcome,
  LostReason,
  ErasureRequester,
} from './events/vocabulary.js'
export {
  CustomerRegistered,
  CustomerRegisteredData,
  ContactDetailsChanged,
  ContactDetailsChangedData,
  PreferenceRecorded,
  PreferenceRecordedData,
} from './events/archiveEvents.js'
export { PurchaseLogged, PurchaseLoggedData, PurchaseItem, Recipient, PurchaseRefunded, PurchaseRefundedData } from './events/purchaseEvents.js'
export { AnniversaryNoted, AnniversaryNotedData, AnniversaryRemoved, AnniversaryRemovedData } from './events/anniversaryEvents.js'
export { ComplaintFiled, ComplaintFiledData, ComplaintResolved, ComplaintResolvedData } from './events/complaintEvents.js'
export { FollowUpLogged, FollowUpLoggedData } from './events/followUpEvents.js'
export {
  MembershipJoined,
  MembershipJoinedData,
  MembershipRenewed,
  MembershipRenewedData,
  PointsEarned,
  PointsEarnedData,
  PointsRedeemed,
  PointsRedeemedData,
  PointsExpired,
  PointsExpiredData,
  EventAttended,
  EventAttendedData,
} from './events/membershipEvents.js'
export { CustomerMarkedLost, CustomerMarkedLostData, CustomerForgotten, CustomerForgottenData } from './events/statusEvents.js'
export { customerEventCodecs, customerEventTypes, isCustomerEventType } from './events/customerEvent.js'
export type { CustomerEvent, CustomerEventOf, CustomerEventType } from './events/customerEvent.js'
export { schemaVersions } from './events/schemaVersions.js'
export type { SchemaVersions, Upcaster } from './events/schemaVersions.js'
export { decodeRecordedEvent } from './events/decodeEvent.js'
export type { StoredEventInvalid } from './events/decodeEvent.js'

// Commands and the customer decider
export { customerCommandCodecs, customerCommandTypes, decodeCommand } from './commands/customerCommand.js'
export type { CustomerCommand, CustomerCommandOf, CustomerCommandType, CommandInvalid } from './commands/customerCommand.js'
export { customerDecider } from './customer/customerDecider.js'
export { foldEvents } from './customer/decider.js'
export type { Decider } from './customer/decider.js'
export { decideCustomer } from './customer/decideCustomer.js'
export type { Decision } from './customer/decideCustomer.js'
export { evolveCustomer } from './customer/evolveCustomer.js'
export { initialCustomerState } from './customer/customerState.js'
export type { CustomerState, RegisteredCustomer, Contact, Membership } from './customer/customerState.js'
export { renderDomainError } from './customer/domainError.js'
export type { DomainError, EntityKind } from './customer/domainError.js'
export type { Problem } from './internal/problems.js'

// Command handling
export { createCommandHandler } from './handling/handleCommand.js'
export type { CommandHandler, CommandHandlerOptions, CommandResult } from './handling/handleCommand.js'
export { CommandContext } from './handling/commandContext.js'
export type { ContextInvalid } from './handling/commandContext.js'
export { renderCommandError, isBadInput } from './handling/commandError.js'
export type { CommandError } from './handling/commandError.js'
export { eventIdFor } from './handling/eventIds.js'

// The event-store port
export type {
  EventStore,
  AppendResult,
  ReadStreamOptions,
  ReadAllOptions,
  SubscribeToAllOptions,
  Subscription,
  SubscriptionEnd,
} from './eventStore/eventStore.js'
export type { EventMetadata, EventToAppend, RecordedEvent } from './eventStore/recordedEvent.js'
export type { ExpectedRevision } from './eventStore/expectedRevision.js'
export { anyRevision, noStream, streamExists, atRevision, satisfiesExpectedRevision } from './eventStore/expectedRevision.js'
export type { StoreError } from './eventStore/storeError.js'
export { renderStoreError } from './eventStore/storeError.js'
export { invalidAppendReason } from './eventStore/appendValidation.js'
export { startPagedSubscription } from './eventStore/pagedSubscription.js'
export type { PagedSubscriptionSource } from './eventStore/pagedSubscription.js'
