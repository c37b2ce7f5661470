// What both reports can be asked for (a period within the "as of" day, the
// shop's currency) and the checks that turn a bad setting into a typed error
// naming it. Problems are data (a code); `renderReportOptionInvalid` words them.
import { DEFAULT_CURRENCY, LocalDate } from '@clientele/core'
import * as E from 'fp-ts/lib/Either.js'

/** Days from `from` to `to`, both included, so an owner can ask for "last month" as of any later day. @since 0.1.0 @category reports */
export interface ReportPeriod {
  readonly from: LocalDate
  readonly to: LocalDate
}

/** The period a report covers once resolved: `from` undefined means from the first day on record; `to` is never after the "as of" day. @since 0.1.0 @category reports */
export interface ReportSpan {
  readonly from: LocalDate | undefined
  readonly to: LocalDate
}

/** The settings a report can be refused for. @since 0.1.0 @category reports */
export type ReportOptionName = 'asOf' | 'period.from' | 'period.to' | 'currency' | 'repeatComplaints' | 'repeatWindowDays'

/** Why a setting cannot be used, as a code so messages are rendered at the edge. @since 0.1.0 @category reports */
export type ReportOptionProblem = 'not_a_day' | 'after_period_to' | 'after_as_of' | 'not_a_currency' | 'not_a_whole_number_from_1'

/** A report setting that cannot be used, named, so a form can point at the field. @since 0.1.0 @category reports */
export interface ReportOptionInvalid {
  readonly _tag: 'ReportOptionInvalid'
  readonly option: ReportOptionName
  readonly problem: ReportOptionProblem
}

const invalid = (option: ReportOptionName, problem: ReportOptionProblem): ReportOptionInvalid => ({ _tag: 'ReportOptionInvalid', option, problem })

const MESSAGES: Readonly<Record<ReportOptionProblem, string>> = {
  not_a_day: 'must be a day written YYYY-MM-DD',
  after_period_to: 'must not be after the end of the period',
  after_as_of: 'must not be after the "as of" day',
  not_a_currency: 'must be a three-letter ISO 4217 code such as CNY',
  not_a_whole_number_from_1: 'must be a whole number of at least 1',
}

/** Words a refused setting for people (never personal data: only the option and the rule). @since 0.1.0 @category reports */
export const renderReportOptionInvalid = (e: ReportOptionInvalid): string => `${e.option} ${MESSAGES[e.problem]}`

/** Checks the "as of" day and the period: a period reaching past the day would report days not yet known, so it is refused, not cut. @since 0.1.0 @category reports @internal */
export const resolveSpan = (asOf: LocalDate, period: ReportPeriod | undefined): E.Either<ReportOptionInvalid, ReportSpan> => {
  // NOTE: LocalDate is a brand, but options often come from a form or a query string.
  if (!LocalDate.is(asOf)) return E.left(invalid('asOf', 'not_a_day'))
  if (period === undefined) return E.right({ from: undefined, to: asOf })
  if (!LocalDate.is(period.from)) return E.left(invalid('period.from', 'not_a_day'))
  if (!LocalDate.is(period.to)) return E.left(invalid('period.to', 'not_a_day'))
  if (period.from > period.to) return E.left(invalid('period.from', 'after_period_to'))
  if (period.to > asOf) return E.left(invalid('period.to', 'after_as_of'))
  return E.right({ from: period.from, to: period.to })
}

const CURRENCY = /^[A-Z]{3}$/

/** The shop's currency, CNY unless given: amounts in different currencies are never added together. @since 0.1.0 @category reports @internal */
export const resolveCurrency = (currency: string | undefined): E.Either<ReportOptionInvalid, string> => {
  const c = currency ?? DEFAULT_CURRENCY
  return CURRENCY.test(c) ? E.right(c) : E.left(invalid('currency', 'not_a_currency'))
}

/** A whole-number setting of at least 1, or its default: zero or a fraction would empty a list without saying why. @since 0.1.0 @category reports @internal */
export const resolveCount = (option: ReportOptionName, value: number | undefined, fallback: number): E.Either<ReportOptionInvalid, number> => {
  const v = value ?? fallback
  return Number.isSafeInteger(v) && v >= 1 ? E.right(v) : E.left(invalid(option, 'not_a_whole_number_from_1'))
}

/** Whether a day falls in the span: one test, so both reports cut days the same way. @since 0.1.0 @category reports @internal */
export const inSpan = (span: ReportSpan, day: LocalDate): boolean => day <= span.to && (span.from === undefined || day >= span.from)
