/**
 * What an append expects of the stream it writes to. This is how writers that
 * race on one customer find out that someone else wrote first.
 *
 * @since 0.1.0
 * @category event store
 */
export type ExpectedRevision =
  /** Append whatever the stream holds. */
  | { readonly kind: 'any' }
  /** The stream must not exist yet. */
  | { readonly kind: 'noStream' }
  /** The stream must hold at least one event. */
  | { readonly kind: 'exists' }
  /** The stream's last event must have exactly this revision. */
  | { readonly kind: 'exact'; readonly revision: number }

/** @since 0.1.0 @category event store */
export const anyRevision: ExpectedRevision = { kind: 'any' }
/** @since 0.1.0 @category event store */
export const noStream: ExpectedRevision = { kind: 'noStream' }
/** @since 0.1.0 @category event store */
export const streamExists: ExpectedRevision = { kind: 'exists' }
/** @since 0.1.0 @category event store */
export const atRevision = (revision: number): ExpectedRevision => ({ kind: 'exact', revision })

/**
 * Whether a stream whose last revision is `current` (undefined: no stream)
 * satisfies `expected`. Shared by adapters that check it themselves.
 *
 * @since 0.1.0
 * @category event store
 */
export const satisfiesExpectedRevision = (
  expected: ExpectedRevision,
  current: number | undefined,
): boolean => {
  switch (expected.kind) {
    case 'any':
      return true
    case 'noStream':
      return current === undefined
    case 'exists':
      return current !== undefined
    case 'exact':
      return current === expected.revision
  }
}
