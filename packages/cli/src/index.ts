// The public surface of @clientele/cli, listed explicitly: the command line
// as a function, for shops that wrap it in their own tooling and for tests.
export { main } from './main.js'
export { ExitCode } from './cli/exitCodes.js'
export type { CliIo } from './cli/cliIo.js'
export type { CliError } from './cli/cliError.js'
export { openStore, storeTargetOf } from './store/openStore.js'
export type { StoreOpener, StoreTarget } from './store/openStore.js'
