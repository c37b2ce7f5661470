// The flower shop on EventStoreDB: Clientele's facade (commands, profiles,
// search, the care agenda) over the EventStoreDB adapter.
//
// Against a real server:   CLIENTELE_ESDB_URL='esdb://localhost:2113?tls=false' pnpm exec tsx --conditions=@clientele/source examples/flowerShopOnEventStoreDb.ts
// Without one, it starts the adapter's wire-level test server on 127.0.0.1
// and runs the real client against it.
import { pathToFileURL } from 'node:url'
import * as E from 'fp-ts/lib/Either.js'
import { connectEventStoreDb, parseConnectionString, renderConnectionStringInvalid } from '@clientele/adapter-eventstore'
import { startEventStoreDbTestServer } from '@clientele/adapter-eventstore/testing'
import { formatMoney, type CustomerId, type LocalDate } from '@clientele/core'
import { createClientele } from '@clientele/projections'

export const main = async (
  print: (line: string) => void = console.log,
  { connectionString }: { readonly connectionString?: string | undefined } = { connectionString: process.env['CLIENTELE_ESDB_URL'] },
): Promise<void> => {
  const server = connectionString === undefined ? await startEventStoreDbTestServer({ client: 'eventstore' }) : undefined
  const url = connectionString ?? server?.connectionString ?? ''
  // connectEventStoreDb, not the client's own connectionString: the client throws on strings it
  // refuses with a message that quotes them, password included; this returns a typed error that
  // names only the part at fault. The store it gives owns the client.
  const connected = await connectEventStoreDb(url)
  if (E.isLeft(connected)) {
    await server?.stop()
    throw new Error(renderConnectionStringInvalid(connected.left))
  }
  const store = connected.right
  const checked = parseConnectionString(url, { client: 'eventstore' })
  const hostCount = E.isRight(checked) ? checked.right.hosts.length : 0
  print(server === undefined ? `EventStoreDB: ${hostCount} host(s)` : 'EventStoreDB: the wire-level test server')
  const started = await createClientele({ store, timeZone: 'Asia/Shanghai' })
  if (E.isLeft(started)) throw new Error(`Clientele did not start: ${started.left._tag}`)
  const shop = started.right

  // Fresh ids each run, so that a real database can be used again and again.
  const customerId = crypto.randomUUID() as CustomerId
  const commands: ReadonlyArray<unknown> = [
    { type: 'RegisterCustomer', data: { customerId, kind: 'person', name: '林晓月', registeredOn: '2026-03-01', channel: 'walk_in', phones: ['+86 139 0000 5678'] } },
    { type: 'NoteAnniversary', data: { customerId, anniversaryId: 'wedding', kind: 'wedding', relation: 'spouse', date: { calendar: 'gregorian', month: 5, day: 20 } } },
    {
      type: 'LogPurchase',
      data: {
        customerId,
        purchaseId: 'F-0301-01',
        purchasedOn: '2026-03-01',
        amount: { amount: 52000 },
        items: [{ name: '粉色郁金香 20 枝', category: '花束', quantity: 1, amount: { amount: 52000 } }],
        occasion: 'anniversary',
      },
    },
    { type: 'LogPurchase', data: { customerId, purchaseId: 'F-0308-02', purchasedOn: '2026-03-08', amount: { amount: 16800 }, items: [], occasion: 'self' } },
  ]
  for (const command of commands) {
    const result = await shop.execute(command, { commandId: crypto.randomUUID(), actor: 'counter-1' })
    if (E.isLeft(result)) throw new Error(`${(command as { type: string }).type} failed: ${result.left._tag}`)
    print(`${(command as { type: string }).type}: ${result.right.events.map((e) => e.type).join(', ')}`)
  }

  const profile = shop.profile(customerId)
  if (profile._tag === 'Found') {
    print(`profile: ${profile.profile.totals.net === 68800 ? 'two purchases' : 'unexpected totals'}, spent ${formatMoney({ amount: profile.profile.totals.net, currency: 'CNY' })}`)
  }
  const found = shop.search('lxy')
  print(`search "lxy": ${E.isRight(found) ? found.right.filter((c) => c.customerId === customerId).length : 0} match`)
  const agenda = shop.agenda('2026-05-17' as LocalDate).filter((item) => item.customerId === customerId)
  print(`agenda for 2026-05-17: ${agenda.map((item) => item.reason).join(', ') || 'nothing'}`)

  const read = await store.readStream(`customer-${customerId}`)
  print(`stream customer-…: ${E.isRight(read) ? read.right.length : 'unreadable'} events`)
  await shop.close()
  await store.close()
  await server?.stop()
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await main()
