import * as E from 'fp-ts/lib/Either.js'
import type { CliError } from '../cli/cliError.js'
import { printLines, type CommandContext } from '../cli/commandContext.js'
import { dayOption } from '../cli/dayOption.js'
import { limitOption } from '../cli/limitOption.js'
import { careItemText } from '../output/careItemText.js'
import { customerLabel } from '../output/customerLabel.js'
import { toJson } from '../output/json.js'
import { renderTable } from '../output/table.js'
import { withClientele } from '../store/withStore.js'

/**
 * `clientele agenda [--date D]`: whom to greet or call on a day and why —
 * important dates (lunar ones projected onto the year), festivals, after-sales
 * calls, complaints, tier follow-ups and win-back calls from the churn
 * analysis of the same day.
 *
 * @since 0.1.0
 * @category commands
 */
export const agendaCommand = async (ctx: CommandContext): Promise<E.Either<CliError, void>> => {
  if (ctx.line.positionals.length > 0) return E.left({ _tag: 'UsageInvalid', reason: 'usage: clientele agenda [--date YYYY-MM-DD]' })
  const limit = limitOption(ctx.line.limit)
  if (E.isLeft(limit)) return limit
  return withClientele(ctx, (clientele, timeZone) => {
    const day = dayOption('--date', ctx.line.date, timeZone, ctx.io.now())
    if (E.isLeft(day)) return day
    const churn = clientele.churn(day.right)
    const items = clientele.agenda(day.right, E.isRight(churn) ? { winBack: churn.right.winBack } : {})
    if (ctx.line.json) {
      ctx.io.stdout(toJson({ date: day.right, items }))
      return E.right(undefined)
    }
    const shown = items.slice(0, limit.right)
    printLines(ctx.io, [
      `agenda for ${day.right}`,
      ...renderTable(
        [{ heading: 'priority', align: 'right' }, { heading: 'due' }, { heading: 'name' }, { heading: 'phone' }, { heading: 'why' }],
        shown.map((item) => {
          const who = customerLabel(clientele, item.customerId)
          return [String(item.priority), item.due, who.name, who.phone, careItemText(item)]
        }),
      ),
      `${items.length} items${items.length > shown.length ? `, ${shown.length} shown (--limit)` : ''}`,
    ])
    return E.right(undefined)
  })
}
