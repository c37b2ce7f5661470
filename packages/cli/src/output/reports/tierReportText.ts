import type { Clientele, TierReport } from '@clientele/projections'
import { customerLabel } from '../customerLabel.js'
import { renderTable } from '../table.js'

const TIERS = ['A', 'B', 'C', 'D', 'occasional', 'E'] as const

/** Tiers A–E: how many in each, then the best customers first. @since 0.1.0 @category output */
export const tierReportText = (clientele: Clientele, report: TierReport, limit: number): ReadonlyArray<string> => {
  const best = [...report.customers].sort((a, b) => TIERS.indexOf(a.tier) - TIERS.indexOf(b.tier) || b.purchasesInWindow - a.purchasesInWindow).slice(0, limit)
  return [
    `tiers as of ${report.asOf}`,
    ...renderTable(
      [{ heading: 'tier' }, { heading: 'customers', align: 'right' }],
      TIERS.map((t) => [t, String(report.counts[t])]),
    ),
    '',
    ...renderTable(
      [{ heading: 'tier' }, { heading: 'in window', align: 'right' }, { heading: 'to date', align: 'right' }, { heading: 'last purchase' }, { heading: 'name' }, { heading: 'phone' }],
      best.map((l) => {
        const who = customerLabel(clientele, l.customerId)
        return [l.tier, String(l.purchasesInWindow), String(l.purchasesToDate), l.lastPurchaseOn, who.name, who.phone]
      }),
    ),
    `${report.customers.length} customers with a tier, ${best.length} shown (--limit)`,
  ]
}
