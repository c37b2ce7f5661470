import type { StoreOpener } from '../store/openStore.js'
import type { CliIo } from './cliIo.js'
import type { CommandLine } from './commandLine.js'

/** What a command runs with. @since 0.1.0 @category cli */
export interface CommandContext {
  readonly io: CliIo
  readonly line: CommandLine
  readonly openStore: StoreOpener
}

/** Prints lines on stdout. @since 0.1.0 @category cli */
export const printLines = (io: CliIo, lines: ReadonlyArray<string>): void => {
  if (lines.length > 0) io.stdout(`${lines.join('\n')}\n`)
}
