import type { SalesReport } from '@clientele/projections'
import { yuan } from '../money.js'
import { renderTable } from '../table.js'

/** Revenue over the period, month by month, and by category. @since 0.1.0 @category output */
export const salesReportText = (report: SalesReport, limit: number): ReadonlyArray<string> => {
  const t = report.total
  const money = (fen: number) => yuan(fen, report.currency)
  return [
    `sales ${report.period.from ?? 'from the start'} to ${report.period.to}`,
    `${t.purchases} purchases, gross ${money(t.gross)}, refunds ${money(t.refunds)}, net ${money(t.net)}; ${t.newCustomers} new and ${t.returningCustomers} returning customers`,
    '',
    ...renderTable(
      [{ heading: 'month' }, { heading: 'purchases', align: 'right' }, { heading: 'gross', align: 'right' }, { heading: 'refunds', align: 'right' }, { heading: 'net', align: 'right' }],
      report.byMonth.slice(-limit).map((m) => [m.month, String(m.purchases), money(m.gross), money(m.refunds), money(m.net)]),
    ),
    '',
    ...renderTable(
      [{ heading: 'category' }, { heading: 'purchases', align: 'right' }, { heading: 'net', align: 'right' }],
      report.byCategory.slice(0, limit).map((c) => [c.category, String(c.purchases), money(c.net)]),
    ),
  ]
}
