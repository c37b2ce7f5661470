import * as E from 'fp-ts/lib/Either.js'
import {
  createCommandHandler,
  localDateIn,
  type CommandError,
  type CommandResult,
  type CustomerId,
  type EventStore,
  type LocalDate,
  type MonthDay,
} from '@clientele/core'
import { festivalsOf, type AnniversaryRules, type Festival, type FestivalOptions } from './calendar/index.js'
import { careAgenda, type CareAgendaOptions, type CareItem } from './careAgenda/index.js'
import { churnAsOf, type ChurnOptionInvalid, type ChurnOptions, type ChurnReport } from './churn/index.js'
import {
  anniversariesInMonth,
  anniversariesOn,
  anniversariesOnMonthDay,
  upcomingAnniversaries,
  type AnniversaryOccurrence,
} from './dateIndex/index.js'
import { listCustomers, search, type CustomerPage, type CustomerSummary, type ListOptions, type LookupError } from './directory/index.js'
import { profileOf, type ProfileLookup } from './profiles/index.js'
import { createProjectionRunner, type Checkpoint } from './running/projectionRunner.js'
import type { ProjectionError } from './running/projectionError.js'
import { readModels, type ReadModels } from './running/readModels.js'
import { complaintReport, salesReport, type ComplaintReport, type ComplaintReportOptions, type ReportOptionInvalid, type SalesReport, type SalesReportOptions } from './reports/index.js'
import {
  resolveTierRules,
  rfmAsOf,
  tierChanges,
  tiersAsOf,
  valueClassesAsOf,
  type RfmOptions,
  type RfmReport,
  type SegmentOptionInvalid,
  type TierChangeReport,
  type TierReport,
  type TierRules,
  type ValueClassOptions,
  type ValueClassReport,
} from './segments/index.js'

/** @since 0.1.0 @category facade */
export interface ClienteleOptions {
  readonly store: EventStore
  /** The shop's IANA time zone, e.g. `Asia/Shanghai`: it decides what "today" is. */
  readonly timeZone: string
  /** Resume the read models from a saved checkpoint instead of replaying everything. */
  readonly from?: Checkpoint<ReadModels>
  readonly anniversaryRules?: Partial<AnniversaryRules>
  readonly festivals?: FestivalOptions
  /** The shop's tier rules (window and thresholds); the defaults follow seed 001. */
  readonly tierRules?: TierRules
  readonly maxAttempts?: number
  readonly cachedStreams?: number
}

/** @since 0.1.0 @category facade */
export type ClienteleError = { readonly _tag: 'TimeZoneInvalid' } | SegmentOptionInvalid | ProjectionError

/**
 * Clientele for an application: send commands, read every view. Views are
 * rebuilt from the store when it starts, then kept live.
 *
 * @since 0.1.0
 * @category facade
 */
export interface Clientele {
  /** Handles a command; by default waits until the views show its events. */
  readonly execute: (
    command: unknown,
    context: unknown,
    options?: { readonly waitForViews?: boolean },
  ) => Promise<E.Either<CommandError | ProjectionError, CommandResult>>
  /** Resolves once the views reflect everything up to `position` (from a CommandResult). */
  readonly waitFor: (position: bigint) => Promise<E.Either<ProjectionError, void>>
  /** The shop's local day at an instant; the caller passes the instant (the library never reads the clock). */
  readonly today: (now: Date) => LocalDate
  readonly profile: (customerId: CustomerId) => ProfileLookup
  readonly search: (query: string) => E.Either<LookupError, ReadonlyArray<CustomerSummary>>
  readonly list: (options: ListOptions) => CustomerPage
  readonly anniversariesOn: (day: LocalDate) => ReadonlyArray<AnniversaryOccurrence>
  readonly anniversariesOnMonthDay: (monthDay: MonthDay, year: number) => ReturnType<typeof anniversariesOnMonthDay>
  readonly upcomingAnniversaries: (from: LocalDate, days: number) => ReturnType<typeof upcomingAnniversaries>
  readonly anniversariesInMonth: (year: number, month: number) => ReturnType<typeof anniversariesInMonth>
  readonly festivals: (year: number) => ReadonlyArray<Festival>
  /**
   * Whom to greet or call on a day, and why, in a fixed order (see `careAgenda`).
   * Includes tier follow-ups from the tiers of the day (with the shop's tier
   * rules) and win-back calls to the at-risk key customers from the churn
   * analysis of the day (default options; kept until the views change),
   * unless `tiers` or `winBack` are passed.
   */
  readonly agenda: (day: LocalDate, options?: CareAgendaOptions) => ReadonlyArray<CareItem>
  /** Who is slipping away as of a day, and why (see `churnAsOf`). Fits a model: call it once a day, not per screen. */
  readonly churn: (asOf: LocalDate, options?: ChurnOptions) => E.Either<ChurnOptionInvalid, ChurnReport>
  /** Tiers A–E as of a day, with the shop's tier rules (see `tiersAsOf`). */
  readonly tiers: (asOf: LocalDate) => E.Either<SegmentOptionInvalid, TierReport>
  /** Who moved between tiers from one day to another ("who dropped from B to D this month"). */
  readonly tierChanges: (from: LocalDate, to: LocalDate) => E.Either<SegmentOptionInvalid, TierChangeReport>
  readonly valueClasses: (asOf: LocalDate, options?: ValueClassOptions) => E.Either<SegmentOptionInvalid, ValueClassReport>
  readonly rfm: (asOf: LocalDate, options?: RfmOptions) => E.Either<SegmentOptionInvalid, RfmReport>
  readonly complaints: (asOf: LocalDate, options?: ComplaintReportOptions) => E.Either<ReportOptionInvalid, ComplaintReport>
  readonly sales: (asOf: LocalDate, options?: SalesReportOptions) => E.Either<ReportOptionInvalid, SalesReport>
  /** The read models themselves, for queries not wrapped here. Treat as read-only. */
  readonly views: () => ReadModels
  /** A copy of the views with their position, to save and resume from. */
  readonly checkpoint: () => Checkpoint<ReadModels>
  /** The error that stopped the views, if any. */
  readonly failure: () => ProjectionError | undefined
  readonly close: () => Promise<void>
}

const isTimeZone = (timeZone: string): boolean => {
  // Intl takes a missing zone for the machine's own: a JavaScript caller that
  // forgot it would get the server's day, not the shop's.
  if (typeof timeZone !== 'string' || timeZone.trim() === '') return false
  try {
    new Intl.DateTimeFormat('en', { timeZone })
    return true
  } catch {
    return false
  }
}

/**
 * Starts Clientele on a store.
 *
 * @example
 * const started = await createClientele({ store, timeZone: 'Asia/Shanghai' })
 * if (E.isRight(started)) {
 *   const clientele = started.right
 *   await clientele.execute(command, { commandId })
 *   clientele.search('李')
 * }
 *
 * @since 0.1.0
 * @category facade
 */
export const createClientele = async (options: ClienteleOptions): Promise<E.Either<ClienteleError, Clientele>> => {
  if (!isTimeZone(options.timeZone)) return E.left({ _tag: 'TimeZoneInvalid' })
  const { store, timeZone } = options
  const rules = options.anniversaryRules ?? {}
  const tierRules = options.tierRules ?? {}
  const tierRulesChecked = resolveTierRules(tierRules)
  if (E.isLeft(tierRulesChecked)) return tierRulesChecked
  const runner = createProjectionRunner({ store, projection: readModels, ...(options.from && { from: options.from }) })
  const started = await runner.start()
  if (E.isLeft(started)) return started
  const handle = createCommandHandler({
    store,
    ...(options.maxAttempts !== undefined && { maxAttempts: options.maxAttempts }),
    ...(options.cachedStreams !== undefined && { cachedStreams: options.cachedStreams }),
  })
  const views = () => runner.state()
  // NOTE: the churn analysis fits a model and the tiers walk every customer's
  // purchases (a second or so together for 100,000 customers): the agenda
  // keeps the last day's of each until the views move on.
  const keptUntilViewsMove = <A>(compute: (day: LocalDate) => A): ((day: LocalDate) => A) => {
    let kept: { readonly day: LocalDate; readonly position: bigint | undefined; readonly value: A } | undefined
    return (day) => {
      const position = runner.position()
      if (kept?.day === day && kept.position === position) return kept.value
      const value = compute(day)
      kept = { day, position, value }
      return value
    }
  }
  const winBackOfDay = keptUntilViewsMove((day): ChurnReport['winBack'] => {
    const report = churnAsOf(views().profiles, day)
    // Default options are always valid.
    return E.isRight(report) ? report.right.winBack : []
  })
  const tiersOfDay = keptUntilViewsMove((day) => {
    const report = tiersAsOf(views().profiles, day, tierRules)
    // The rules were checked when Clientele started, so this is always Right.
    return E.isRight(report) ? report.right.customers : []
  })
  return E.right({
    execute: async (command, context, { waitForViews = true } = {}) => {
      const result = await handle(command, context)
      if (E.isLeft(result) || !waitForViews || result.right.position === undefined) return result
      const seen = await runner.waitFor(result.right.position)
      return E.isLeft(seen) ? seen : result
    },
    waitFor: runner.waitFor,
    today: (now) => localDateIn(now, timeZone),
    profile: (customerId) => profileOf(views().profiles, customerId),
    search: (query) => search(views().directory, query),
    list: (listOptions) => listCustomers(views().directory, listOptions),
    anniversariesOn: (day) => anniversariesOn(views().dateIndex, day, rules),
    anniversariesOnMonthDay: (monthDay, year) => anniversariesOnMonthDay(views().dateIndex, monthDay, year, rules),
    upcomingAnniversaries: (from, days) => upcomingAnniversaries(views().dateIndex, from, days, rules),
    anniversariesInMonth: (year, month) => anniversariesInMonth(views().dateIndex, year, month, rules),
    festivals: (year) => festivalsOf(year, options.festivals),
    agenda: (day, agendaOptions = {}) => {
      // Tiers set the follow-up cadence, and at-risk key customers get a
      // win-back call: unless the caller passes its own, the tiers and the
      // churn analysis of the day are worked out here (see `keptUntilViewsMove`).
      const tiers = agendaOptions.tiers ?? tiersOfDay(day)
      const winBack = agendaOptions.winBack ?? winBackOfDay(day)
      return careAgenda(views(), day, {
        anniversaryRules: rules,
        ...(options.festivals !== undefined && { festivals: options.festivals }),
        ...agendaOptions,
        tiers,
        winBack,
      })
    },
    churn: (asOf, churnOptions) => churnAsOf(views().profiles, asOf, churnOptions),
    tiers: (asOf) => tiersAsOf(views().profiles, asOf, tierRules),
    tierChanges: (from, to) => tierChanges(views().profiles, from, to, tierRules),
    valueClasses: (asOf, valueOptions) => valueClassesAsOf(views().profiles, asOf, valueOptions),
    rfm: (asOf, rfmOptions) => rfmAsOf(views().profiles, asOf, rfmOptions),
    complaints: (asOf, reportOptions) => complaintReport(views().profiles, asOf, reportOptions),
    sales: (asOf, reportOptions) => salesReport(views().profiles, asOf, reportOptions),
    views,
    checkpoint: runner.checkpoint,
    failure: runner.failure,
    close: runner.stop,
  })
}
