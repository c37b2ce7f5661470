import type { Projection, ProjectedEvent } from '../projection.js'

/**
 * Several projections run as one, in one pass over the events. The state is
 * a record of the parts' states.
 *
 * @example
 * const views = combine({ profiles, directory, dateIndex })
 *
 * @since 0.1.0
 * @category running
 */
// `any` because Projection<S> is invariant in S (apply both takes and returns
// it); the mapped result type below recovers each part's exact state type.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const combine = <P extends Record<string, Projection<any>>>(
  parts: P,
): Projection<{ [K in keyof P]: P[K] extends Projection<infer S> ? S : never }> => {
  const entries = Object.entries(parts)
  return {
    name: entries.map(([, p]) => p.name).join('+'),
    init: () => Object.fromEntries(entries.map(([k, p]) => [k, p.init()])) as never,
    apply: (state, event: ProjectedEvent) => {
      const s = state as Record<string, unknown>
      for (const [k, p] of entries) s[k] = p.apply(s[k], event)
      return state
    },
  }
}
