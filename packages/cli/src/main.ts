#!/usr/bin/env node
// The \`clientele\` command: reads the arguments, runs one command, prints
// its error if any, and turns the outcome into the exit status. Every
// command lives in its own file under commands/.
import { pathToFileURL } from 'node:url'
import process from 'node:process'
import * as E from 'fp-ts/lib/Either.js'
import { exitCodeOf, renderCliError, type CliError } from './cli/cliError.js'
import { processIo, type CliIo } from './cli/cliIo.js'
import type { CommandContext } from './cli/commandContext.js'
import { parseCommandLine } from './cli/commandLine.js'
import { ExitCode } from './cli/exitCodes.js'
import { agendaCommand } from './commands/agendaCommand.js'
import { findCommand } from './commands/findCommand.js'
import { HELP } from './commands/helpText.js'
import { importCommand } from './commands/importCommand.js'
import { profileCommand } from './commands/profileCommand.js'
import { rebuildCommand } from './commands/rebuildCommand.js'
import { reportCommand } from './commands/reportCommand.js'
import { toJson } from './output/json.js'
import { openStore, type StoreOpener } from './store/openStore.js'

type Command = (ctx: CommandContext) => Promise<E.Either<CliError, void>>

const COMMANDS: Readonly<Record<string, Command>> = {
  import: importCommand,
  find: findCommand,
  profile: profileCommand,
  agenda: agendaCommand,
  report: reportCommand,
  rebuild: rebuildCommand,
}

/**
 * Runs the CLI on `args` (without the program name) and returns the exit
 * status. Tests call it in process with their own io and store opener.
 *
 * @since 0.1.0
 * @category cli
 */
export const main = async (args: ReadonlyArray<string>, io: CliIo = processIo(), open: StoreOpener = openStore): Promise<ExitCode> => {
  const line = parseCommandLine(args)
  const fail = (error: CliError): ExitCode => {
    const messages = renderCliError(error)
    io.stderr(`${messages.join('\n')}\n`)
    // A script asking for JSON gets the error as JSON too, row problems included.
    if (E.isRight(line) && line.right.json) io.stdout(toJson({ error: { kind: error._tag, exitCode: exitCodeOf(error), messages, ...(error._tag === 'RowsInvalid' && { problems: error.problems }) } }))
    return exitCodeOf(error)
  }
  if (E.isLeft(line)) return fail(line.left)
  const [name, ...rest] = line.right.positionals
  if (name === undefined || name === 'help' || line.right.help) {
    io.stdout(HELP)
    return name === undefined && !line.right.help ? ExitCode.badInput : ExitCode.ok
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined
  // The unknown word is not echoed: it may be a phone number typed first.
  if (command === undefined) return fail({ _tag: 'UsageInvalid', reason: 'unknown command' })
  try {
    const result = await command({ io, line: { ...line.right, positionals: rest }, openStore: open })
    return E.isLeft(result) ? fail(result.left) : ExitCode.ok
  } catch (error) {
    // A bug or a vendor's exception: its message may quote data, so only its
    // kind is shown, unless a developer asks for the whole of it.
    if (process.env['CLIENTELE_DEBUG'] === '1') io.stderr(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
    io.stderr(`error: unexpected ${error instanceof Error ? error.name : 'failure'}; nothing more is shown, as the message may hold customer data (CLIENTELE_DEBUG=1 shows it)\n`)
    return ExitCode.failure
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2))
}
