// The memory store hands out the very objects it keeps, so it keeps frozen
// copies: neither the appender nor a reader can change history afterwards.

/**
 * A deep copy that shares nothing with the caller's value, deep-frozen so that
 * the stored history can be handed out to readers without copying again.
 *
 * @since 0.1.0
 * @category validation
 */
export const frozenJsonCopy = <A>(value: A): A => deepFreeze(JSON.parse(JSON.stringify(value)) as A)

/**
 * Freezes `value` and everything reachable from it; returns it.
 *
 * @since 0.1.0
 * @category validation
 */
export const deepFreeze = <A>(value: A): A => {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const item of Object.values(value)) deepFreeze(item)
  }
  return value
}
