import * as E from 'fp-ts/lib/Either.js'
import type { CliError } from '../cli/cliError.js'
import { printLines, type CommandContext } from '../cli/commandContext.js'
import { limitOption } from '../cli/limitOption.js'
import { toJson } from '../output/json.js'
import { yuan } from '../output/money.js'
import { renderTable } from '../output/table.js'
import { withClientele } from '../store/withStore.js'

/**
 * `clientele find <query>`: the facade's search — a surname (李), part of a
 * name, pinyin or its initials (ln), or phone digits (尾号 5678).
 *
 * @since 0.1.0
 * @category commands
 */
export const findCommand = async (ctx: CommandContext): Promise<E.Either<CliError, void>> => {
  const query = ctx.line.positionals.join(' ').trim()
  if (query === '') return E.left({ _tag: 'UsageInvalid', reason: 'usage: clientele find <name, surname, pinyin or phone digits>' })
  const limit = limitOption(ctx.line.limit)
  if (E.isLeft(limit)) return limit
  return withClientele(ctx, (clientele) => {
    const found = clientele.search(query)
    if (E.isLeft(found))
      return E.left({
        _tag: 'UsageInvalid',
        reason: found.left._tag === 'FragmentTooShort' ? `give at least ${found.left.minimum} digits of a phone number` : 'the query is not a phone fragment',
      })
    const matches = found.right
    if (ctx.line.json) {
      ctx.io.stdout(toJson({ query, total: matches.length, customers: matches.slice(0, limit.right) }))
      return E.right(undefined)
    }
    const shown = matches.slice(0, limit.right)
    printLines(ctx.io, [
      ...renderTable(
        [{ heading: 'name' }, { heading: 'phone' }, { heading: 'last purchase' }, { heading: 'spent', align: 'right' }, { heading: 'id' }],
        shown.map((c) => [c.name, c.phones.join(', '), c.lastPurchaseOn ?? '-', yuan(c.totalSpent), c.customerId]),
      ),
      `${matches.length} found${matches.length > shown.length ? `, ${shown.length} shown (--limit)` : ''}`,
    ])
    return E.right(undefined)
  })
}
