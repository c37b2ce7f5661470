import * as E from 'fp-ts/lib/Either.js'
import type { LocalDate } from '@clientele/core'
import { renderReportOptionInvalid, type Clientele, type ReportOptionInvalid } from '@clientele/projections'
import type { CliError } from '../cli/cliError.js'
import { printLines, type CommandContext } from '../cli/commandContext.js'
import { dayOption } from '../cli/dayOption.js'
import { limitOption } from '../cli/limitOption.js'
import { toJson } from '../output/json.js'
import { churnReportText } from '../output/reports/churnReportText.js'
import { complaintReportText } from '../output/reports/complaintReportText.js'
import { salesReportText } from '../output/reports/salesReportText.js'
import { tierReportText } from '../output/reports/tierReportText.js'
import { withClientele } from '../store/withStore.js'

const REPORTS = ['tiers', 'churn', 'complaints', 'sales'] as const
type ReportName = (typeof REPORTS)[number]

interface ReportRequest {
  readonly asOf: LocalDate
  readonly from: LocalDate | undefined
  readonly limit: number
}

/** A report as JSON and as lines, or the reason it cannot be made. */
type Made = E.Either<CliError, { readonly json: unknown; readonly lines: () => ReadonlyArray<string> }>

const optionRefused = (option: string, reason: string): Made => E.left({ _tag: 'OptionInvalid', option, reason })
const periodRefused = (e: ReportOptionInvalid): Made =>
  optionRefused(e.option === 'period.from' ? '--from' : '--date', renderReportOptionInvalid(e).replace(/^\S+ /, ''))

const makeReport = (clientele: Clientele, name: ReportName, r: ReportRequest): Made => {
  const period = r.from === undefined ? {} : { period: { from: r.from, to: r.asOf } }
  switch (name) {
    case 'tiers': {
      const report = clientele.tiers(r.asOf)
      return E.isLeft(report) ? optionRefused('tier rules', report.left.reason) : E.right({ json: report.right, lines: () => tierReportText(clientele, report.right, r.limit) })
    }
    case 'churn': {
      const report = clientele.churn(r.asOf)
      return E.isLeft(report) ? optionRefused('churn options', report.left.reason) : E.right({ json: report.right, lines: () => churnReportText(clientele, report.right, r.limit) })
    }
    case 'complaints': {
      const report = clientele.complaints(r.asOf, period)
      return E.isLeft(report) ? periodRefused(report.left) : E.right({ json: report.right, lines: () => complaintReportText(report.right) })
    }
    case 'sales': {
      const report = clientele.sales(r.asOf, period)
      return E.isLeft(report) ? periodRefused(report.left) : E.right({ json: report.right, lines: () => salesReportText(report.right, r.limit) })
    }
  }
}

/**
 * `clientele report tiers|churn|complaints|sales [--date D] [--from D]`: the
 * facade's reports as of a day (default today in `--tz`).
 *
 * @since 0.1.0
 * @category commands
 */
export const reportCommand = async (ctx: CommandContext): Promise<E.Either<CliError, void>> => {
  const [name, ...extra] = ctx.line.positionals
  const known = REPORTS.find((r) => r === name)
  if (known === undefined || extra.length > 0) return E.left({ _tag: 'UsageInvalid', reason: `usage: clientele report ${REPORTS.join('|')} [--date D] [--from D]` })
  if (ctx.line.from !== undefined && (known === 'tiers' || known === 'churn'))
    return E.left({ _tag: 'OptionInvalid', option: '--from', reason: 'applies to the sales and complaints reports only (tiers and churn are as of one day)' })
  const limit = limitOption(ctx.line.limit)
  if (E.isLeft(limit)) return limit
  return withClientele(ctx, (clientele, timeZone) => {
    const asOf = dayOption('--date', ctx.line.date, timeZone, ctx.io.now())
    if (E.isLeft(asOf)) return asOf
    const from = ctx.line.from === undefined ? E.right(undefined) : dayOption('--from', ctx.line.from, timeZone, ctx.io.now())
    if (E.isLeft(from)) return from
    const made = makeReport(clientele, known, { asOf: asOf.right, from: from.right, limit: limit.right })
    if (E.isLeft(made)) return made
    if (ctx.line.json) ctx.io.stdout(toJson(made.right.json))
    else printLines(ctx.io, made.right.lines())
    return E.right(undefined)
  })
}
