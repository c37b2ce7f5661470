import * as E from 'fp-ts/lib/Either.js'
import { isUuid, parsePhone, type CustomerId } from '@clientele/core'
import type { Clientele, CustomerProfile } from '@clientele/projections'
import type { CliError } from '../cli/cliError.js'
import { printLines, type CommandContext } from '../cli/commandContext.js'
import { limitOption } from '../cli/limitOption.js'
import { anniversaryText } from '../output/anniversaryText.js'
import { toJson } from '../output/json.js'
import { yuan } from '../output/money.js'
import { renderTable } from '../output/table.js'
import { withClientele } from '../store/withStore.js'

// The customer a counter query names: a customer id, a whole phone number,
// or the shop's archive number (编号) as imported.
const resolveCustomer = (clientele: Clientele, query: string): E.Either<CliError, CustomerId> => {
  if (isUuid(query.toLowerCase())) return E.right(query.toLowerCase() as CustomerId)
  const phone = parsePhone(query)
  const profiles = clientele.views().profiles.profiles
  const matches: CustomerId[] = []
  if (E.isRight(phone)) {
    for (const p of profiles.values()) if (p.phones.includes(phone.right.normalised)) matches.push(p.customerId)
  } else {
    for (const p of profiles.values()) if (p.registration.archiveNo === query) matches.push(p.customerId)
  }
  const [only] = matches
  if (only === undefined) return E.left({ _tag: 'CustomerNotFound' })
  return matches.length === 1 ? E.right(only) : E.left({ _tag: 'CustomerAmbiguous', matches: matches.length })
}

// The bill as the command prints it, text or JSON: one line per purchase with what was refunded of it.
const billLines = (p: CustomerProfile): Array<{ readonly purchase: CustomerProfile['purchases'][number]; readonly refunded: number }> =>
  p.purchases.map((purchase, i) => ({ purchase, refunded: p.purchaseRefunded[i] ?? 0 }))

const renderProfile = (p: CustomerProfile, limit: number): ReadonlyArray<string> => {
  const t = p.totals
  const facts: Array<[string, string | undefined]> = [
    ['id', p.customerId],
    ['kind', `${p.registration.kind}, ${p.status}`],
    ['phone', p.phones.join(', ') || undefined],
    ['no.', p.registration.archiveNo],
    ['registered', `${p.registration.registeredOn} (${p.registration.channel})`],
    ['address', p.address],
    ['wechat', p.wechat],
    ['contact', p.contactPerson],
    ...[...p.anniversaries.values()].map((a): [string, string] => [a.kind, `${anniversaryText(a.date)}${a.relation === 'self' ? '' : ` (${a.relation})`}`]),
    ['spent', `${yuan(t.net)} net (${yuan(t.gross)} − ${yuan(t.refunded)} refunded) over ${t.count} purchases, average ${yuan(t.averageTicket)}`],
    ['first/last', t.firstPurchaseOn === undefined ? undefined : `${t.firstPurchaseOn} / ${t.lastPurchaseOn}`],
    ['complaints', p.complaints.length === 0 ? undefined : `${p.complaints.length} (${p.complaints.filter((c) => c.resolution === undefined).length} open)`],
    ['follow-ups', p.followUps.length === 0 ? undefined : String(p.followUps.length)],
    ['points', p.membership === undefined ? undefined : String(p.points.balance)],
    ...p.preferences.map((n): [string, string] => [n.aspect, n.text]),
  ]
  const purchases = billLines(p).reverse().slice(0, limit)
  return [
    p.name,
    ...facts.filter((f): f is [string, string] => f[1] !== undefined).map(([k, v]) => `  ${k.padEnd(11)} ${v}`),
    ...(purchases.length === 0
      ? []
      : [
          '',
          ...renderTable(
            [{ heading: 'date' }, { heading: 'amount', align: 'right' }, { heading: 'refunded', align: 'right' }, { heading: 'occasion' }, { heading: 'items' }],
            purchases.map((l) => [
              l.purchase.purchasedOn,
              yuan(l.purchase.amount.amount, l.purchase.amount.currency),
              l.refunded === 0 ? '' : yuan(l.refunded, l.purchase.amount.currency),
              l.purchase.occasion,
              l.purchase.items.map((i) => (i.quantity === 1 ? i.name : `${i.name} ×${i.quantity}`)).join(', '),
            ]),
          ),
          ...(p.purchases.length > purchases.length ? [`${purchases.length} of ${p.purchases.length} purchases shown, newest first (--limit)`] : []),
        ]),
  ]
}

/**
 * `clientele profile <customer id | phone | 编号>`: the whole customer at the
 * counter — details, important dates, totals, the latest purchases.
 *
 * @since 0.1.0
 * @category commands
 */
export const profileCommand = async (ctx: CommandContext): Promise<E.Either<CliError, void>> => {
  const [query, ...extra] = ctx.line.positionals
  if (query === undefined || extra.length > 0) return E.left({ _tag: 'UsageInvalid', reason: 'usage: clientele profile <customer id, phone or 编号>' })
  const limit = limitOption(ctx.line.limit)
  if (E.isLeft(limit)) return limit
  return withClientele(ctx, (clientele) => {
    const customerId = resolveCustomer(clientele, query.trim())
    if (E.isLeft(customerId)) return customerId
    const found = clientele.profile(customerId.right)
    if (found._tag === 'NotFound') return E.left({ _tag: 'CustomerNotFound' })
    if (found._tag === 'Forgotten') return E.left({ _tag: 'CustomerForgotten' })
    if (ctx.line.json) {
      // The day and amount arrays are an index for the analyses, the same facts as
      // `purchases`; the bill is printed as before, one line per purchase with what
      // was refunded of it, so scripts reading `purchases[i].refunded` keep working.
      const { purchaseDays: _days, purchaseAmounts: _amounts, purchaseRefunded: _refunded, purchases: _purchases, ...profile } = found.profile
      ctx.io.stdout(toJson({ ...profile, purchases: billLines(found.profile) }))
    }
    else printLines(ctx.io, renderProfile(found.profile, limit.right))
    return E.right(undefined)
  })
}
