import { renderStoreError, type Problem, type StoreError } from '@clientele/core'

/**
 * Why a projection stopped. It never skips an event it cannot read: it stops
 * and says which event and why.
 *
 * @since 0.1.0
 * @category running
 */
export type ProjectionError =
  | {
      readonly _tag: 'ProjectionEventInvalid'
      readonly projection: string
      readonly stream: string
      readonly revision: number
      readonly position: bigint
      readonly problems: ReadonlyArray<Problem>
    }
  | {
      readonly _tag: 'ProjectionApplyFailed'
      readonly projection: string
      readonly stream: string
      readonly revision: number
      readonly position: bigint
      readonly reason: string
    }
  | { readonly _tag: 'ProjectionStoreFailed'; readonly projection: string; readonly error: StoreError }
  | { readonly _tag: 'ProjectionStopped'; readonly projection: string }
  | { readonly _tag: 'ProjectionCheckpointInvalid'; readonly projection: string; readonly reason: string }
  | { readonly _tag: 'ProjectionOptionInvalid'; readonly projection: string; readonly option: string; readonly reason: string }

/** One English line naming the projection, the event and the reason; no event data. @since 0.1.0 @category running */
export const renderProjectionError = (e: ProjectionError): string => {
  switch (e._tag) {
    case 'ProjectionEventInvalid':
      return `projection ${e.projection} stopped at ${e.stream}@${e.revision} (position ${e.position}): ${e.problems.map((p) => `${p.path} ${p.reason}`).join('; ')}`
    case 'ProjectionApplyFailed':
      return `projection ${e.projection} stopped at ${e.stream}@${e.revision} (position ${e.position}): ${e.reason}`
    case 'ProjectionStoreFailed':
      return `projection ${e.projection} stopped: ${renderStoreError(e.error)}`
    case 'ProjectionStopped':
      return `projection ${e.projection} was stopped`
    case 'ProjectionCheckpointInvalid':
      return `projection ${e.projection} cannot resume: ${e.reason}`
    case 'ProjectionOptionInvalid':
      return `projection ${e.projection}: ${e.option} ${e.reason}`
  }
}
