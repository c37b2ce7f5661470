// Churn (客户流失, DOMAIN.md item 9): who is slipping away as of a day and
// why, and the model behind it.
export { churnAsOf } from './churnAsOf.js'
export { resolveChurnOptions } from './churnOptions.js'
export type { ChurnOptions, ChurnOptionInvalid, ResolvedChurnOptions } from './churnOptions.js'
export type { AtRiskWhy, ChurnLine, ChurnModelUsed, PenaltyUsed, ChurnReport, TooFewBuyers } from './churnReport.js'
export { medianGapDays } from './customerCadence.js'
