import type { ChurnReport, Clientele } from '@clientele/projections'
import { customerLabel } from '../customerLabel.js'
import { yuan } from '../money.js'
import { renderTable } from '../table.js'

/** Who is slipping away: counts by status and cause, then whom to win back first. @since 0.1.0 @category output */
export const churnReportText = (clientele: Clientele, report: ChurnReport, limit: number): ReadonlyArray<string> => {
  const count = (status: string) => report.customers.filter((c) => c.status === status).length
  const model = report.model._tag === 'BgNbd' ? 'BG/NBD model fitted to the shop' : `cadence rule (no model: ${report.model.because._tag})`
  const winBack = report.winBack.slice(0, limit)
  return [
    `churn as of ${report.asOf} — ${model}`,
    `active ${count('active')}, at risk ${count('at_risk')}, lost ${count('lost')}`,
    ...Object.entries(report.reasons.atRisk).map(([why, n]) => `  at risk, ${why}: ${n}`),
    ...Object.entries(report.reasons.lost).map(([why, n]) => `  lost, ${why}: ${n}`),
    '',
    'win back first:',
    ...renderTable(
      [{ heading: 'net spend', align: 'right' }, { heading: 'days since', align: 'right' }, { heading: 'why' }, { heading: 'name' }, { heading: 'phone' }],
      winBack.map((l) => {
        const who = customerLabel(clientele, l.customerId)
        return [yuan(l.netSpend), String(l.daysSinceLastPurchase), l.atRiskBecause ?? '', who.name, who.phone]
      }),
    ),
    `${report.winBack.length} to win back, ${winBack.length} shown (--limit)`,
  ]
}
