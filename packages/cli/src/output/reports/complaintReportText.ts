import type { ComplaintReport } from '@clientele/projections'
import { renderTable } from '../table.js'

const percent = (rate: number | undefined): string => (rate === undefined ? '-' : `${(100 * rate).toFixed(1)}%`)

/** Complaints filed, open, resolved, satisfaction and the top causes. @since 0.1.0 @category output */
export const complaintReportText = (report: ComplaintReport): ReadonlyArray<string> => [
  `complaints ${report.period.from ?? 'from the start'} to ${report.period.to}`,
  `filed ${report.filed}, open ${report.open}, resolved ${report.resolved}, satisfied ${report.satisfied} (${percent(report.satisfactionRate)})`,
  `per purchase: ${report.perPurchase.overall.complaints} of ${report.perPurchase.overall.purchases} (${percent(report.perPurchase.overall.rate)})`,
  '',
  ...renderTable(
    [{ heading: 'category' }, { heading: 'complaints', align: 'right' }],
    report.topCategories.map((c) => [c.category, String(c.complaints)]),
  ),
]
