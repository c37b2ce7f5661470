import { expect, it } from 'vitest'
import { main } from './quickstart.js'

it('runs the quickstart end to end', async () => {
  const lines: string[] = []
  await main((line) => lines.push(line))
  expect(lines).toContain('history: 4 events')
  expect(lines).toContain('status: active; spent net of refunds: ¥367.00')
  expect(lines.find((l) => l.startsWith('refused:'))).toBe(
    'refused: invalid LogPurchase: data.purchasedOn must be a date written YYYY-MM-DD; data.amount needs amount as a whole number of minor units (fen)',
  )
})
