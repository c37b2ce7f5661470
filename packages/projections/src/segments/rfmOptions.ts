// What a shop can tune in its RFM report: the fixed frequency thresholds
// (quintiles of purchase counts degenerate when most customers bought once),
// the split that makes R, F and M "high", and the window.
import { DEFAULT_CURRENCY } from '@clientele/core'
import * as E from 'fp-ts/lib/Either.js'
import { currencyCode, optionInvalid, type SegmentOptionInvalid, wholeAtLeast } from './segmentOptionInvalid.js'

/** Options of `rfmAsOf`. @since 0.1.0 @category segments */
export interface RfmOptions {
  /** The shop's currency: M adds up only amounts in it. Default CNY. */
  readonly currency?: string
  /** Purchases from which F is 2, 3, 4 and 5 (strictly ascending); default [2, 3, 5, 10]: once, twice, 3–4, 5–9, 10 or more. */
  readonly frequencyFrom?: readonly [number, number, number, number]
  /** What R, F and M are high against in the eight classes: the buyers' median (default) or mean. */
  readonly split?: 'median' | 'mean'
  /** Only purchases in the days ending on the day count; all history to date by default. */
  readonly windowDays?: number
}

/** RFM options with every default filled in. @since 0.1.0 @category segments */
export interface ResolvedRfmOptions {
  readonly currency: string
  readonly frequencyFrom: readonly [number, number, number, number]
  readonly split: 'median' | 'mean'
  readonly windowDays: number | undefined
}

/** Fills in the defaults and checks every setting, naming the first bad one. @since 0.1.0 @category segments */
export const resolveRfmOptions = (options: RfmOptions = {}): E.Either<SegmentOptionInvalid, ResolvedRfmOptions> => {
  const o: ResolvedRfmOptions = {
    currency: options.currency ?? DEFAULT_CURRENCY,
    frequencyFrom: options.frequencyFrom ?? [2, 3, 5, 10],
    split: options.split ?? 'median',
    windowDays: options.windowDays,
  }
  const bad = currencyCode(o.currency) ?? (o.windowDays === undefined ? undefined : wholeAtLeast('windowDays', o.windowDays, 1))
  if (bad !== undefined) return E.left(bad)
  if (o.split !== 'median' && o.split !== 'mean') return E.left(optionInvalid('split', "must be 'median' or 'mean'"))
  if (!Array.isArray(o.frequencyFrom) || o.frequencyFrom.length !== 4) return E.left(optionInvalid('frequencyFrom', 'must list four purchase counts, for F 2 to 5'))
  for (const [i, n] of o.frequencyFrom.entries()) {
    const problem = wholeAtLeast(`frequencyFrom[${i}]`, n, i === 0 ? 1 : (o.frequencyFrom[i - 1] as number) + 1)
    if (problem !== undefined) return E.left(problem)
  }
  return E.right(o)
}

/** The F score of a purchase count under the thresholds. @since 0.1.0 @category segments */
export const frequencyScore = (purchases: number, from: readonly [number, number, number, number]): 1 | 2 | 3 | 4 | 5 =>
  purchases >= from[3] ? 5 : purchases >= from[2] ? 4 : purchases >= from[1] ? 3 : purchases >= from[0] ? 2 : 1
