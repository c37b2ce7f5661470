// The care agenda (DOMAIN.md items 4, 5, 10, 11, 12): the care index and the morning list it answers.
export { careIndex, createCareIndex } from './careIndex.js'
export type { CareIndexOptions } from './careIndex.js'
export { lastPurchaseFor, lastPurchaseOf } from './careIndexState.js'
export type {
  CareIndexState,
  CustomerCare,
  IndexedPurchase,
  KeyCustomerRule,
  LastPurchase,
  OpenComplaint,
  PurchaseTarget,
  UnfollowedResolution,
} from './careIndexState.js'
export { careAgenda } from './careAgenda.js'
export { careReasonOrder, compareCareItems, defaultCareAgendaOptions } from './careItems.js'
export type { CareAgendaOptions, CareDetails, CareItem, CarePriority, CareReason, RecalledPurchase, TieredCustomer, WinBackCandidate } from './careItems.js'
