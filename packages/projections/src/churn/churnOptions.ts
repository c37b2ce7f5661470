// What a shop can tune in the churn analysis, with defaults an owner of a
// small shop would pick, and the checks that turn a bad setting into a typed
// error naming it.
import { DEFAULT_CURRENCY } from '@clientele/core'
import * as E from 'fp-ts/lib/Either.js'
import type { BgNbdParams, TimeUnit } from './model/index.js'
import type { Penalty } from './model/index.js'

/** Options of `churnAsOf`. @since 0.1.0 @category churn */
export interface ChurnOptions {
  /** The shop's currency: values add up only amounts in it. Default CNY. */
  readonly currency?: string
  /** The model's time unit; weeks (the literature's) by default. */
  readonly unit?: TimeUnit
  /** Expected purchases are counted over this many days after the "as of" day; default 90. */
  readonly horizonDays?: number
  /** A repeat customer is at risk when P(alive) falls below this; default 0.5. */
  readonly aliveBelow?: number
  /** …or, when the model cannot be fitted, when the days since the last purchase exceed this many times their median gap; default 2. */
  readonly cadenceFactor?: number
  /** A one-time buyer (always "alive" to BG/NBD) is at risk after this many days without a second purchase; default 90. */
  readonly oneTimeBuyerDays?: number
  /**
   * L2 penalty on the log-parameters. Default: none from 500 repeat buyers on,
   * weight 0.1 below, since a small shop's few histories cannot pin four
   * parameters down.
   */
  readonly penalty?: Penalty<BgNbdParams>
  /** How many repeat buyers make the default penalty unnecessary; default 500. */
  readonly unpenalisedFrom?: number
  /** Fewer buyers than this and no model is fitted (the cadence rule decides); default 30. */
  readonly modelFrom?: number
}

/** The options with every default filled in. @since 0.1.0 @category churn */
export type ResolvedChurnOptions = Required<Omit<ChurnOptions, 'penalty'>> & { readonly penalty: Penalty<BgNbdParams> | undefined }

/** A setting that cannot be used, named. @since 0.1.0 @category churn */
export interface ChurnOptionInvalid {
  readonly _tag: 'ChurnOptionInvalid'
  readonly option: keyof ChurnOptions
  readonly reason: string
}

const positive = (option: keyof ChurnOptions, value: number): ChurnOptionInvalid | undefined =>
  Number.isFinite(value) && value > 0 ? undefined : { _tag: 'ChurnOptionInvalid', option, reason: 'must be a finite number > 0' }

/** Fills in the defaults and checks every setting. @since 0.1.0 @category churn */
export const resolveChurnOptions = (options: ChurnOptions = {}): E.Either<ChurnOptionInvalid, ResolvedChurnOptions> => {
  const resolved: ResolvedChurnOptions = {
    currency: options.currency ?? DEFAULT_CURRENCY,
    unit: options.unit ?? 'weeks',
    horizonDays: options.horizonDays ?? 90,
    aliveBelow: options.aliveBelow ?? 0.5,
    cadenceFactor: options.cadenceFactor ?? 2,
    oneTimeBuyerDays: options.oneTimeBuyerDays ?? 90,
    penalty: options.penalty,
    unpenalisedFrom: options.unpenalisedFrom ?? 500,
    modelFrom: options.modelFrom ?? 30,
  }
  if (resolved.unit !== 'days' && resolved.unit !== 'weeks') return E.left({ _tag: 'ChurnOptionInvalid', option: 'unit', reason: "must be 'days' or 'weeks'" })
  if (!(resolved.aliveBelow > 0 && resolved.aliveBelow < 1)) return E.left({ _tag: 'ChurnOptionInvalid', option: 'aliveBelow', reason: 'must be between 0 and 1' })
  const problem =
    positive('horizonDays', resolved.horizonDays) ??
    positive('cadenceFactor', resolved.cadenceFactor) ??
    positive('oneTimeBuyerDays', resolved.oneTimeBuyerDays) ??
    (Number.isInteger(resolved.unpenalisedFrom) && resolved.unpenalisedFrom >= 0
      ? undefined
      : { _tag: 'ChurnOptionInvalid' as const, option: 'unpenalisedFrom' as const, reason: 'must be a whole number ≥ 0' }) ??
    (Number.isInteger(resolved.modelFrom) && resolved.modelFrom >= 1
      ? undefined
      : { _tag: 'ChurnOptionInvalid' as const, option: 'modelFrom' as const, reason: 'must be a whole number ≥ 1' })
  if (problem !== undefined) return E.left(problem)
  if (resolved.currency.length === 0) return E.left({ _tag: 'ChurnOptionInvalid', option: 'currency', reason: 'must not be empty' })
  return E.right(resolved)
}
