import type * as t from 'io-ts'

/**
 * One thing wrong with an input: where (a dotted path) and why. Never the
 * offending value, which may be personal data.
 *
 * @since 0.1.0
 * @category errors
 */
export interface Problem {
  readonly path: string
  readonly reason: string
}

// io-ts puts a step into the context for each member of an intersection or
// union ("0", "1", …); those steps are not part of the data's path.
const isCombinator = (type: t.Decoder<unknown, unknown>): boolean => {
  const tag = (type as { _tag?: string })._tag
  return tag === 'IntersectionType' || tag === 'UnionType'
}

const pathOf = (error: t.ValidationError): string => {
  const keys: string[] = []
  const ctx = error.context
  for (let i = 1; i < ctx.length; i++) {
    const entry = ctx[i]
    const parent = ctx[i - 1]
    if (entry === undefined || parent === undefined || isCombinator(parent.type)) continue
    keys.push(entry.key)
  }
  return keys.join('.')
}

const reasonOf = (error: t.ValidationError): string => {
  // Optional fields accept undefined, so an undefined that fails was required.
  if (error.value === undefined) return 'is required'
  if (error.message !== undefined) return error.message
  const last = error.context[error.context.length - 1]
  return last === undefined ? 'is invalid' : `must be ${last.type.name}`
}

/**
 * Turns io-ts errors into problems, one per path (a union's members each
 * complain; the first complaint is kept).
 *
 * @since 0.1.0
 * @category errors
 */
export const problemsOf = (errors: t.Errors): ReadonlyArray<Problem> => {
  const byPath = new Map<string, string>()
  for (const error of errors) {
    const path = pathOf(error)
    if (!byPath.has(path)) byPath.set(path, reasonOf(error))
  }
  return [...byPath].map(([path, reason]) => ({ path, reason }))
}
