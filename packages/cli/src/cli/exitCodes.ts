/**
 * What the process exit status tells a script. Documented in the README;
 * changing a number breaks the shop's scripts.
 *
 * @since 0.1.0
 * @category cli
 */
export const ExitCode = {
  /** Done. */
  ok: 0,
  /** The store or something unexpected failed; running again may help. */
  failure: 1,
  /** The input was refused (arguments, options, dates, CSV rows): fix it, then run again. */
  badInput: 2,
  /** The customer asked for does not exist (or asked to be forgotten). */
  notFound: 3,
} as const

/** @since 0.1.0 @category cli */
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode]
