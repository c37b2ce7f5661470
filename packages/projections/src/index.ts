// The public surface of @clientele/projections, listed explicitly.
export type { Projection, ProjectedEvent } from './projection.js'
export { applyAll } from './projection.js'

// Running projections, and the facade
export { createClientele } from './clientele.js'
export type { Clientele, ClienteleOptions, ClienteleError } from './clientele.js'
export { createProjectionRunner } from './running/projectionRunner.js'
export type { ProjectionRunner, ProjectionRunnerOptions, Checkpoint } from './running/projectionRunner.js'
export { renderProjectionError } from './running/projectionError.js'
export type { ProjectionError } from './running/projectionError.js'
export { combine } from './running/combine.js'
export { readModels } from './running/readModels.js'
export type { ReadModels } from './running/readModels.js'

// Profiles
export { profiles, profileOf, openComplaints, totalOf } from './profiles/index.js'
export type { ProfilesState, CustomerProfile, BilledPurchase, ComplaintRecord, PurchaseTotals, ProfileLookup } from './profiles/index.js'

// Directory look-up
export {
  directory,
  directoryFor,
  emptyDirectory,
  findByNamePart,
  findByPhone,
  findByPinyin,
  findBySurname,
  countBySurname,
  search,
  listCustomers,
  MIN_PHONE_FRAGMENT,
} from './directory/index.js'
export type { DirectoryEntry, DirectoryState, CustomerSummary, PhoneMatch, ResultPage, CustomerPage, ListOptions, ListSortBy, LookupError } from './directory/index.js'

// Important dates and the calendar
export { dateIndex, anniversariesOn, anniversariesOnMonthDay, upcomingAnniversaries, anniversariesInMonth } from './dateIndex/index.js'
export type { DateIndexState, IndexedAnniversary, AnniversaryOccurrence, UpcomingAnniversary } from './dateIndex/index.js'
export {
  lunarToSolar,
  solarToLunar,
  lunarMonthLength,
  leapMonthOf,
  lunarMonthsOf,
  lunarCalendarRange,
  defaultAnniversaryRules,
  anniversaryRules,
  occurrencesInYear,
  occurrenceInLunarYear,
  festivalsOf,
  festivalOn,
  festivalsBetween,
  festivalRuleProblem,
  builtInFestivalRules,
  SOLAR_TERMS,
} from './calendar/index.js'
export type { LunarDate, AnniversaryRules, Festival, FestivalKind, FestivalRule, FestivalDateRule, FestivalOptions, SolarTermName } from './calendar/index.js'

// The care agenda
export { careIndex, createCareIndex, careAgenda, compareCareItems, defaultCareAgendaOptions } from './careAgenda/index.js'
export type { CareIndexState, CareIndexOptions, CareAgendaOptions, CareItem, CarePriority, CareReason, TieredCustomer, WinBackCandidate } from './careAgenda/index.js'

// History as of a day: what every "as of" analysis reads
export { purchasesAsOf, complaintsAsOf, followUpsAsOf, lostAsOf, registeredBy } from './history/index.js'
export type { PurchaseAsOf, ComplaintAsOf, LostAsOf } from './history/index.js'

// Churn: who is slipping away, and the model behind it
export { churnAsOf, resolveChurnOptions, medianGapDays } from './churn/index.js'
export type { ChurnOptions, ChurnOptionInvalid, ChurnReport, ChurnLine, ChurnModelUsed, PenaltyUsed, AtRiskWhy, TooFewBuyers } from './churn/index.js'
export {
  fitBgNbd,
  fitGammaGamma,
  probabilityAlive,
  expectedPurchases,
  expectedPurchasesOfNewCustomer,
  expectedAverageSpend,
  summaryOfPurchaseDays,
  groupSummaries,
  renderFitProblem,
} from './churn/model/index.js'
export type { BgNbdParams, BgNbdFit, BgNbdFitOptions, GammaGammaParams, GammaGammaFit, FitProblem, FitReport, Penalty, TimeUnit, WeightedSummary } from './churn/model/index.js'

// Segments: tiers A–E, value classes, ABC, big customers and RFM as of a day
export {
  tiersAsOf,
  tierChanges,
  tierMoves,
  defaultFollowUpCadence,
  defaultTierRules,
  resolveTierRules,
  tierOf,
  tierOrder,
  tierWindowOf,
  valueClassesAsOf,
  valueClassLabels,
  resolveValueClassOptions,
  abcClassesAsOf,
  bigCustomersAsOf,
  rfmAsOf,
  frequencyScore,
  resolveRfmOptions,
  rfmClassLabels,
  rfmClassOf,
  rfmSegmentLabels,
  rfmSegmentOf,
} from './segments/index.js'
export { customerAnalysesAsOf } from './segments/index.js'
export type { CustomerAnalyses, CustomerAnalysesOptions } from './segments/index.js'
export type {
  TierLine,
  TierReport,
  TierChange,
  TierChangeReport,
  TierOrNone,
  ResolvedTierRules,
  Tier,
  TierRules,
  TierThresholds,
  TierWindow,
  ValueClassReport,
  ValueThresholds,
  ValueClass,
  ValueClassLine,
  ValueMeasures,
  ResolvedValueClassOptions,
  ServiceCosts,
  ValueClassOptions,
  AbcClass,
  AbcLine,
  AbcOptions,
  AbcReport,
  BigCustomerLine,
  BigCustomerOptions,
  BigCustomerReport,
  RfmLine,
  RfmReport,
  ResolvedRfmOptions,
  RfmOptions,
  RfmClass,
  RfmScore,
  RfmSegment,
  DayWindow,
  SegmentOptionInvalid,
} from './segments/index.js'

// Reports: complaints and sales as of a day
export { complaintReport, salesReport, renderReportOptionInvalid } from './reports/index.js'
export type {
  ComplaintCategoryCount,
  ComplaintRate,
  ComplaintReport,
  ComplaintReportOptions,
  ItemCategoryComplaintRate,
  RepeatComplainer,
  ResolutionTimes,
  CategorySales,
  ChannelBucket,
  ChannelSales,
  CustomerMix,
  DaySales,
  MonthSales,
  OccasionSales,
  ReferrerCount,
  Revenue,
  SalesReport,
  SalesReportOptions,
  ReportOptionInvalid,
  ReportOptionName,
  ReportOptionProblem,
  ReportPeriod,
  ReportSpan,
} from './reports/index.js'
