/**
 * Runs `work`, and settles with `onTimeout()` instead if it has not settled
 * within `ms` (no limit when undefined). The work is not cancelled by this:
 * callers that can, cancel it in `onTimeout`.
 *
 * @since 0.1.0
 * @category timeouts
 */
export const withTimeout = async <A>(ms: number | undefined, work: Promise<A>, onTimeout: () => A): Promise<A> => {
  if (ms === undefined) return work
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<A>((resolve) => {
    timer = setTimeout(() => resolve(onTimeout()), ms)
  })
  try {
    return await Promise.race([work, timeout])
  } finally {
    clearTimeout(timer)
  }
}
