// The one error of the segment reports: a setting that cannot be used, named,
// so that a shop's settings screen can point at the field. Reports never throw.

/** A segment setting that cannot be used, with the option's name and why. @since 0.1.0 @category segments */
export interface SegmentOptionInvalid {
  readonly _tag: 'SegmentOptionInvalid'
  /** The option as the caller spelt it, e.g. `thresholds.B` or `window.days`. */
  readonly option: string
  readonly reason: string
}

/** Builds the error; kept as a function so every report spells it the same way. @since 0.1.0 @category segments */
export const optionInvalid = (option: string, reason: string): SegmentOptionInvalid => ({ _tag: 'SegmentOptionInvalid', option, reason })

/** An error when `value` is not a whole number ≥ `min`, else undefined. @internal */
export const wholeAtLeast = (option: string, value: number, min: number): SegmentOptionInvalid | undefined =>
  Number.isSafeInteger(value) && value >= min ? undefined : optionInvalid(option, `must be a whole number ≥ ${min}`)

/** An error when `value` is not strictly between 0 and 1 (or up to 1 when `upTo1`), else undefined. @internal */
export const share = (option: string, value: number, upTo1 = false): SegmentOptionInvalid | undefined =>
  Number.isFinite(value) && value > 0 && (upTo1 ? value <= 1 : value < 1)
    ? undefined
    : optionInvalid(option, upTo1 ? 'must be a number in (0, 1]' : 'must be a number strictly between 0 and 1')

/** An error when the currency is not a three-letter code, else undefined. @internal */
export const currencyCode = (value: string): SegmentOptionInvalid | undefined =>
  /^[A-Z]{3}$/.test(value) ? undefined : optionInvalid('currency', 'must be a three-letter ISO 4217 code such as CNY')
