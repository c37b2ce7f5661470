// Reports as of a day (DOMAIN.md items 2, 10 and 13): complaints and sales,
// each a pure function of the history up to the day.
export { complaintReport } from './complaintReport.js'
export type {
  ComplaintCategoryCount,
  ComplaintRate,
  ComplaintReport,
  ComplaintReportOptions,
  ItemCategoryComplaintRate,
  RepeatComplainer,
  ResolutionTimes,
} from './complaintReportTypes.js'
export { salesReport } from './salesReport.js'
export type {
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
} from './salesReportTypes.js'
export { renderReportOptionInvalid } from './reportOptions.js'
export type { ReportOptionInvalid, ReportOptionName, ReportOptionProblem, ReportPeriod, ReportSpan } from './reportOptions.js'
