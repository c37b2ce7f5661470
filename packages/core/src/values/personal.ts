import * as t from 'io-ts'
import { StructType } from '../internal/struct.js'

/**
 * A codec whose values are personal data (names, phones, addresses, free
 * notes). The mark lives in the codec itself so that the erasure of a
 * forgotten customer, log redaction and the tests all read one source.
 *
 * @since 0.1.0
 * @category personal data
 */
export class PersonalType<C extends t.Any> extends t.Type<t.TypeOf<C>, t.OutputOf<C>, unknown> {
  readonly _tag = 'PersonalType' as const
  constructor(readonly inner: C) {
    super(`Personal<${inner.name}>`, inner.is, inner.validate, inner.encode)
  }
}

/** Marks a codec's values as personal data. @since 0.1.0 @category personal data */
export const personal = <C extends t.Any>(codec: C): PersonalType<C> => new PersonalType(codec)

/**
 * The dotted paths of every personal field inside a codec; array elements are
 * written `[]`. For example `["name", "phones", "recipient.name"]`.
 *
 * @since 0.1.0
 * @category personal data
 */
export const personalPaths = (codec: t.Any): ReadonlyArray<string> => {
  const found = new Set<string>()
  walk(codec, '', found)
  return [...found]
}

const join = (prefix: string, key: string): string => (prefix === '' ? key : `${prefix}.${key}`)

const walk = (codec: t.Any, path: string, found: Set<string>): void => {
  if (codec instanceof PersonalType) {
    found.add(path)
    return
  }
  if (codec instanceof StructType) {
    for (const [key, prop] of Object.entries({ ...codec.required, ...codec.optional })) walk(prop as t.Any, join(path, key), found)
  } else if (codec instanceof t.InterfaceType || codec instanceof t.PartialType) {
    for (const [key, prop] of Object.entries(codec.props as t.Props)) walk(prop, join(path, key), found)
  } else if (codec instanceof t.IntersectionType || codec instanceof t.UnionType) {
    for (const member of codec.types as ReadonlyArray<t.Any>) walk(member, path, found)
  } else if (codec instanceof t.ReadonlyArrayType || codec instanceof t.ArrayType) {
    walk(codec.type as t.Any, `${path}[]`, found)
  } else if (
    codec instanceof t.RefinementType ||
    codec instanceof t.ReadonlyType ||
    codec instanceof t.ExactType
  ) {
    walk(codec.type as t.Any, path, found)
  }
}
