// A customer's history as it stood at the end of a day: what every "as of"
// analysis reads.
export { complaintsAsOf, followUpsAsOf, lostAsOf, purchasesAsOf, registeredBy } from './asOf.js'
export type { ComplaintAsOf, LostAsOf, PurchaseAsOf } from './asOf.js'
export { collectAsOf } from './profileCollector.js'
export { dayNames } from './dayNames.js'
export type { DayNames } from './dayNames.js'
export type { ProfileCollector } from './profileCollector.js'
