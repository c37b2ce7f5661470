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

// What a codec accepts, in words an app developer can act on: the allowed
// values of a vocabulary ("one of person, organisation, partner") rather than
// the codec's name ("CustomerKind"). The values are the codec's own, never
// the input's.
const describe = (type: t.Decoder<unknown, unknown>): string => {
  const tagged = type as { _tag?: string; keys?: object; value?: unknown; type?: t.Decoder<unknown, unknown>; types?: ReadonlyArray<t.Decoder<unknown, unknown>>; inner?: t.Decoder<unknown, unknown> }
  switch (tagged._tag) {
    case 'KeyofType':
      return `one of ${Object.keys(tagged.keys ?? {}).join(', ')}`
    case 'LiteralType':
      return JSON.stringify(tagged.value)
    case 'NullType':
      return 'null'
    case 'PersonalType':
      return tagged.inner === undefined ? type.name : describe(tagged.inner)
    case 'ReadonlyArrayType':
    case 'ArrayType':
      return tagged.type === undefined ? 'a list' : `a list of ${describe(tagged.type)}`
    case 'UnionType':
      return (tagged.types ?? []).map(describe).join(' or ')
    default:
      return type.name
  }
}

const reasonOf = (error: t.ValidationError): string => {
  // Optional fields accept undefined, so an undefined that fails was required.
  if (error.value === undefined) return 'is required'
  if (error.message !== undefined) return error.message
  const last = error.context[error.context.length - 1]
  return last === undefined ? 'is invalid' : `must be ${describe(last.type)}`
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
