import process from 'node:process'

/**
 * Everything the commands touch outside themselves, so tests run them in
 * process and capture what they print. Files are read and written with
 * paths resolved against `cwd`.
 *
 * @since 0.1.0
 * @category cli
 */
export interface CliIo {
  readonly stdout: (text: string) => void
  readonly stderr: (text: string) => void
  /** A progress bar is drawn only on a terminal: redirected output stays clean. */
  readonly stderrIsTty: boolean
  /** The clock: the CLI may read it (to know "today"), the library never does. */
  readonly now: () => Date
  readonly cwd: string
}

// `pnpm clientele …` runs the script in the repository's root; pnpm names
// the directory it was typed in as INIT_CWD, and files and the default store
// belong there, as with any other command.
const workingDirectory = (): string =>
  process.env['npm_lifecycle_event'] === 'clientele' && process.env['INIT_CWD'] !== undefined ? process.env['INIT_CWD'] : process.cwd()

/** The real process. @since 0.1.0 @category cli */
export const processIo = (): CliIo => ({
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  stderrIsTty: process.stderr.isTTY === true,
  now: () => new Date(),
  cwd: workingDirectory(),
})
