// How a purchase's money is split across the item categories it lists, so
// that category revenue adds up to the fen: each category weighs the sum of
// its items' amounts, shares are floored and the leftover fen go to the
// largest remainders (Hamilton's method), ties to the category listed first.
import type { CustomerEventOf } from '@clientele/core'

type PurchaseData = CustomerEventOf<'PurchaseLogged'>['data']

/** A category of a purchase weighing what its items cost, so a bouquet-and-card sale is split by what each part cost. @since 0.1.0 @category reports @internal */
export interface CategoryWeight {
  readonly category: string
  readonly weight: number
}

/**
 * The distinct categories of a purchase's items in order of first listing,
 * each weighing its items' amounts; empty for a purchase that lists no items
 * (the reports' uncategorised bucket). Items that all carry no amount weigh
 * one each, so an imported history that breaks "items add up" still splits.
 * @since 0.1.0
 * @category reports
 * @internal
 */
export const categoryWeights = (purchase: PurchaseData): CategoryWeight[] => {
  if (purchase.items.length === 0) return []
  const weights = new Map<string, number>()
  let total = 0
  for (const item of purchase.items) {
    weights.set(item.category, (weights.get(item.category) ?? 0) + item.amount.amount)
    total += item.amount.amount
  }
  return [...weights].map(([category, weight]) => ({ category, weight: total === 0 ? 1 : weight }))
}

/** `amount` split across the categories in proportion to their weights, to the fen, so category totals agree with the cash book. @since 0.1.0 @category reports @internal */
export const splitByWeight = (amount: number, categories: ReadonlyArray<CategoryWeight>): number[] => {
  if (categories.length === 1) return [amount]
  const total = categories.reduce((s, c) => s + c.weight, 0)
  // The common case: the whole price of a purchase whose items add up to it.
  if (total === amount) return categories.map((c) => c.weight)
  // NOTE: amounts and weights reach 10^13 fen, so their products need BigInt to stay exact.
  const T = BigInt(total)
  const A = BigInt(amount)
  const floors = categories.map((c) => (A * BigInt(c.weight)) / T)
  const remainders = categories.map((c) => (A * BigInt(c.weight)) % T)
  let left = Number(A - floors.reduce((s, f) => s + f, 0n))
  const order = categories.map((_, i) => i).sort((i, j) => {
    const a = remainders[i] as bigint
    const b = remainders[j] as bigint
    return a > b ? -1 : a < b ? 1 : i - j
  })
  const out = floors.map(Number)
  for (const i of order) {
    if (left <= 0) break
    out[i] = (out[i] as number) + 1
    left--
  }
  return out
}
