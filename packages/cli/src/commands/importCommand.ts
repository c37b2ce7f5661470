import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import * as E from 'fp-ts/lib/Either.js'
import type { EventStore } from '@clientele/core'
import type { CliError } from '../cli/cliError.js'
import { printLines, type CommandContext } from '../cli/commandContext.js'
import { dayOption, timeZoneOption } from '../cli/dayOption.js'
import { planImport } from '../import/planImport.js'
import { loadPhoneDirectory } from '../import/phoneDirectory.js'
import { customerByPhoneIn, type CustomerResolver } from '../import/purchaseRows.js'
import { readImportFile, type CheckedFile, type ImportKind } from '../import/readImportFile.js'
import { writeRejectsFile } from '../import/rejectsFile.js'
import { renderRowProblem, type RowProblem } from '../import/rowProblem.js'
import { writePlan } from '../import/writePlan.js'
import { toJson } from '../output/json.js'
import { plural } from '../output/plural.js'
import { progressBar, silentProgress, type Progress } from '../output/progressBar.js'
import { storeTargetOf } from '../store/openStore.js'
import { withStore } from '../store/withStore.js'
import { sameFile } from '../import/sameFile.js'

/** What an import did, for the summary line and for `--json`. @since 0.1.0 @category import */
export interface ImportSummary {
  readonly kind: ImportKind
  readonly encoding: string
  readonly rows: number
  /** Rows that recorded something new (a customer, a changed detail, a purchase). */
  readonly imported: number
  /** Rows already in the store as they are. */
  readonly unchanged: number
  readonly rejected: number
  readonly customers: number
  readonly eventsWritten: number
  /** Purchases written that are dated before their customer's registration day. */
  readonly purchasesBeforeRegistration: number
  readonly ignoredColumns: ReadonlyArray<string>
  /** Rows above the header (a sheet's title), not imported. */
  readonly titleRowsSkipped: number
  readonly rejectsFile: string | undefined
  readonly problems: ReadonlyArray<RowProblem>
  /** `--dry-run`: everything was checked and decided, nothing written. */
  readonly dryRun: boolean
}

// A purchases file may name customers by phone whom the archive knows by
// 编号: such a file is read again with the store's phone numbers at hand.
// Files that name every customer by 编号 pay nothing.
const resolvedByPhone = async (
  store: EventStore,
  checked: CheckedFile,
  reread: (resolver: CustomerResolver) => Promise<E.Either<CliError, CheckedFile>>,
): Promise<E.Either<CliError, CheckedFile>> => {
  if (checked.rowsByPhone === 0) return E.right(checked)
  const holders = await loadPhoneDirectory(store)
  return E.isLeft(holders) ? holders : reread(customerByPhoneIn(holders.right))
}

const progressFor = (ctx: CommandContext, label: string): Progress => (ctx.io.stderrIsTty ? progressBar(label, ctx.io.stderr) : silentProgress)

const isImportKind = (s: string | undefined): s is ImportKind => s === 'customers' || s === 'purchases'

/**
 * `clientele import customers|purchases <file.csv>`: checks every row, then
 * decides every row, and writes only when nothing was refused — unless
 * `--accept-good`, which writes the good rows and (with `--rejects <file>`)
 * saves the refused ones. `--dry-run` checks and decides everything and
 * writes nothing (a rejects file excepted).
 *
 * @since 0.1.0
 * @category commands
 */
export const importCommand = async (ctx: CommandContext): Promise<E.Either<CliError, void>> => {
  const [kind, file, ...extra] = ctx.line.positionals
  if (!isImportKind(kind) || file === undefined || extra.length > 0)
    return E.left({ _tag: 'UsageInvalid', reason: 'usage: clientele import customers|purchases <file.csv>' })
  if (ctx.line.rejects !== undefined && !ctx.line.acceptGood)
    return E.left({ _tag: 'OptionInvalid', option: '--rejects', reason: 'only makes sense with --accept-good (by default a file with a bad row imports nothing)' })
  const path = resolve(ctx.io.cwd, file)
  const rejectsPath = ctx.line.rejects === undefined ? undefined : resolve(ctx.io.cwd, ctx.line.rejects)
  if (rejectsPath !== undefined && sameFile(rejectsPath, path))
    return E.left({ _tag: 'OptionInvalid', option: '--rejects', reason: 'names the file being imported; it would be overwritten' })
  const store = storeTargetOf(ctx.line.store, ctx.io.cwd)
  if (E.isLeft(store)) return store
  // The store's own file and the files SQLite keeps beside it.
  const target = store.right
  const storeFiles = target._tag === 'Sqlite' ? ['', '-wal', '-shm', '-journal'].map((suffix) => `${target.path}${suffix}`) : []
  if (rejectsPath !== undefined && storeFiles.some((f) => sameFile(rejectsPath, f)))
    return E.left({ _tag: 'OptionInvalid', option: '--rejects', reason: 'names the store; it would be overwritten' })
  const timeZone = timeZoneOption(ctx.line.tz)
  if (E.isLeft(timeZone)) return timeZone
  // Customers without a registration day in the file are registered today.
  const today = dayOption('--date', ctx.line.date, timeZone.right, ctx.io.now())
  if (E.isLeft(today)) return today
  const checked = await readImportFile(kind, path, today.right)
  if (E.isLeft(checked)) return checked
  const { records, header, encoding, ignoredColumns, titleRowsSkipped } = checked.right

  // All but the last append go through a store opened for bulk writing; the
  // last one, alone and durable, makes all of them durable (see openStore).
  const bulk = await withStore(
    ctx,
    async (store) => {
      const file = await resolvedByPhone(store, checked.right, (resolver) => readImportFile(kind, path, today.right, resolver))
      if (E.isLeft(file)) return file
      const deciding = progressFor(ctx, 'checking')
      const plan = await planImport(store, file.right.rows, (done, total) => deciding.update(done, total))
      deciding.finish()
      if (E.isLeft(plan)) return plan
      const problems = [...file.right.problems, ...plan.right.problems].sort((a, b) => a.line - b.line)
      const badLines = new Set(problems.map((p) => p.line)).size
      if (problems.length > 0 && !ctx.line.acceptGood) return E.left<CliError>({ _tag: 'RowsInvalid', problems, rows: badLines })
      if (rejectsPath !== undefined) {
        const rejected = await writeRejectsFile(rejectsPath, header, records, problems)
        if (E.isLeft(rejected)) return rejected
      }
      const appends = ctx.line.dryRun ? [] : plan.right.appends
      const total = appends.reduce((n, a) => n + a.events.length, 0)
      const writing = progressFor(ctx, 'writing')
      const written = await writePlan(store, appends.slice(0, -1), (n) => writing.update(n, total))
      writing.finish()
      if (E.isLeft(written)) return written
      return E.right({ plan: plan.right, problems, badLines, written: written.right, last: appends.at(-1) })
    },
    'bulk',
    // A dry run writes nothing, not even a new empty store file: against a
    // store not created yet it decides every row as for an empty one.
    ctx.line.dryRun && target._tag === 'Sqlite' && !existsSync(target.path) ? { _tag: 'Sqlite', path: ':memory:' } : undefined,
  )
  if (E.isLeft(bulk)) return bulk
  const { plan, problems, badLines, last } = bulk.right
  const lastWritten = last === undefined ? E.right(0) : await withStore(ctx, (store) => writePlan(store, [last]), 'durable')
  if (E.isLeft(lastWritten)) return lastWritten

  const summary: ImportSummary = {
    kind,
    encoding,
    rows: records.length,
    imported: plan.rowsWithNews,
    unchanged: plan.rowsUnchanged,
    rejected: badLines,
    customers: plan.customers,
    eventsWritten: bulk.right.written + lastWritten.right,
    purchasesBeforeRegistration: plan.purchasesBeforeRegistration,
    ignoredColumns,
    titleRowsSkipped,
    rejectsFile: rejectsPath,
    problems,
    dryRun: ctx.line.dryRun,
  }
  if (ctx.line.json) ctx.io.stdout(toJson(summary))
  else {
    if (problems.length > 0) ctx.io.stderr(`${problems.map(renderRowProblem).join('\n')}\n`)
    printLines(ctx.io, renderSummary(summary))
  }
  return E.right(undefined)
}

const renderSummary = (s: ImportSummary): ReadonlyArray<string> => [
  ...(s.titleRowsSkipped > 0 ? [`skipped ${s.titleRowsSkipped} title ${s.titleRowsSkipped === 1 ? 'row' : 'rows'} above the header`] : []),
  ...(s.ignoredColumns.length > 0 ? [`ignored columns: ${s.ignoredColumns.join(', ')}`] : []),
  ...(s.encoding !== 'utf-8' ? [`read as ${s.encoding}`] : []),
  `${s.dryRun ? 'dry run, nothing written — ' : ''}${s.kind}: ${plural(s.rows, 'row')} — ${s.imported} ${s.dryRun ? 'to import' : 'imported'}, ${s.unchanged} already there, ${s.rejected} rejected; ${plural(s.eventsWritten, 'event')} written for ${plural(s.customers, 'customer')}`,
  ...(s.rejectsFile !== undefined && s.rejected > 0 ? [`rejected rows written to ${s.rejectsFile}`] : []),
  ...(s.purchasesBeforeRegistration > 0
    ? [
        `note: ${plural(s.purchasesBeforeRegistration, 'purchase')} ${s.purchasesBeforeRegistration === 1 ? 'is' : 'are'} dated before their customer's registration day, so reports as of earlier days leave them out;`,
        '      give the customers file a 登记日期 column, or import it with --date <the day the archive began>',
      ]
    : []),
]
