// Quickstart: register a customer, log two purchases and a refund, read the
// history back. Run it with `pnpm example` (events go to a fresh SQLite file,
// removed at the end; `pnpm example shop.db` keeps them in shop.db).
import { pathToFileURL } from 'node:url'
import * as E from 'fp-ts/lib/Either.js'
import {
  createCommandHandler,
  customerDecider,
  customerStream,
  decodeRecordedEvent,
  foldEvents,
  formatMoney,
  renderCommandError,
  type CustomerEvent,
  type CustomerId,
} from '@clientele/core'
import { openExampleStore } from './support/openExampleStore.js'

export const main = async (print: (line: string) => void = console.log, storePath?: string): Promise<void> => {
  const opened = openExampleStore(storePath)
  const store = opened.store
  const handle = createCommandHandler({ store })

  // Ids come from the caller: the shop's app makes them (here, fixed for a reproducible run).
  const customerId = '5d0c8a3e-1b2f-4c6d-8e9f-0a1b2c3d4e5f'
  const commandIds = ['0f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a', '1e2d3c4b-5a69-4788-9a0b-1c2d3e4f5a6b', '2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d', '3b4c5d6e-7f80-4b9c-8d0e-1f2a3b4c5d6e']

  const commands: ReadonlyArray<unknown> = [
    {
      type: 'RegisterCustomer',
      data: { customerId, kind: 'person', name: '李娜', registeredOn: '2026-11-01', channel: 'walk_in', phones: ['+86 138 1234 5678'] },
    },
    {
      type: 'LogPurchase',
      data: {
        customerId,
        purchaseId: 'R-20261101-001',
        purchasedOn: '2026-11-01',
        amount: { amount: 29900 },
        items: [{ name: '红玫瑰 19 枝', category: '花束', quantity: 1, amount: { amount: 29900 } }],
        occasion: 'anniversary',
      },
    },
    {
      type: 'LogPurchase',
      data: { customerId, purchaseId: 'R-20261115-007', purchasedOn: '2026-11-15', amount: { amount: 8800 }, items: [], occasion: 'self' },
    },
    {
      type: 'RefundPurchase',
      data: { customerId, purchaseId: 'R-20261115-007', refundId: 'RF-1', refundedOn: '2026-11-16', amount: { amount: 2000 }, reason: 'damaged' },
    },
  ]

  for (const [i, command] of commands.entries()) {
    const result = await handle(command, { commandId: commandIds[i], actor: 'counter-1' })
    if (E.isLeft(result)) throw new Error(renderCommandError(result.left))
    print(`${(command as { type: string }).type}: recorded ${result.right.events.map((e) => e.type).join(', ')} (revision ${result.right.revision})`)
  }

  // Bad input is refused with the field and the reason, and nothing is written.
  const bad = await handle({ type: 'LogPurchase', data: { customerId, purchaseId: 'X', purchasedOn: '2026/11/20', amount: { amount: 19.9 }, items: [], occasion: 'self' } }, { commandId: 'c0ffee00-0000-4000-8000-000000000000' })
  if (E.isLeft(bad)) print(`refused: ${renderCommandError(bad.left)}`)

  // Read the customer's history back and fold it into the decider's state.
  const read = await store.readStream(customerStream(customerId as CustomerId))
  if (E.isLeft(read)) throw new Error('read failed')
  const events: CustomerEvent[] = []
  for (const recorded of read.right) {
    const decoded = decodeRecordedEvent(recorded)
    if (E.isLeft(decoded)) throw new Error(`stored event ${recorded.stream}@${recorded.revision} does not decode`)
    events.push(decoded.right)
  }
  print(`history: ${events.length} events`)
  for (const e of events) print(`  ${e.type}`)
  const state = foldEvents(customerDecider, customerDecider.initialState, events)
  const net = events.reduce(
    (sum, e) => (e.type === 'PurchaseLogged' ? sum + e.data.amount.amount : e.type === 'PurchaseRefunded' ? sum - e.data.amount.amount : sum),
    0,
  )
  print(`status: ${state.status}; spent net of refunds: ${formatMoney({ amount: net, currency: 'CNY' })}`)
  await opened.close()
}

// The store file, if any, is the first argument.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await main(console.log, process.argv[2])
