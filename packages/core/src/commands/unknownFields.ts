// Fields a command carries that its codec does not know. io-ts keeps unknown
// properties, and the decider records a command's data as it is, so a field
// the app made up (a second phone under another name, say) would be stored
// for good, outside every rule about personal data and erasure. Commands are
// therefore checked field by field; stored events are not (they were checked
// as commands when they were recorded).
import * as t from 'io-ts'
import type { Problem } from '../internal/problems.js'
import { StructType } from '../internal/struct.js'
import { AnniversaryDate } from '../values/anniversaryDate.js'
import { Money } from '../values/money.js'
import { PersonalType } from '../values/personal.js'

// Object values whose codec checks their shape by hand (no props to read).
const HAND_CHECKED: ReadonlyMap<t.Any, ReadonlySet<string>> = new Map([
  [AnniversaryDate as t.Any, new Set(['calendar', 'month', 'day', 'year', 'leap'])],
  [Money as t.Any, new Set(['amount', 'currency'])],
])

const isPlainObject = (u: unknown): u is Record<string, unknown> => typeof u === 'object' && u !== null && !Array.isArray(u)

// A field's own name goes into the path when it reads as a field name; any
// other text could be anything the app sent (a phone, a name), so it is not repeated.
const FIELD_NAME = /^[A-Za-z_$][A-Za-z0-9_$]{0,63}$/
const join = (path: string, key: string): string => {
  const shown = FIELD_NAME.test(key) ? key : '(a field whose name is not shown)'
  return path === '' ? shown : `${path}.${shown}`
}

const fieldsOf = (codec: t.Any): t.Props | undefined =>
  codec instanceof StructType
    ? { ...codec.required, ...codec.optional }
    : codec instanceof t.InterfaceType || codec instanceof t.PartialType
      ? (codec.props as t.Props)
      : undefined

const walk = (codec: t.Any, value: unknown, path: string, out: Problem[]): void => {
  if (codec instanceof PersonalType) return walk(codec.inner as t.Any, value, path, out)
  if (codec instanceof t.RefinementType || codec instanceof t.ReadonlyType || codec instanceof t.ExactType) return walk(codec.type as t.Any, value, path, out)
  if (codec instanceof t.UnionType) {
    const member = (codec.types as ReadonlyArray<t.Any>).find((m) => m.is(value) || m.decode(value)._tag === 'Right')
    return member === undefined ? undefined : walk(member, value, path, out)
  }
  if (codec instanceof t.ReadonlyArrayType || codec instanceof t.ArrayType) {
    if (Array.isArray(value)) value.forEach((v, i) => walk(codec.type as t.Any, v, path === '' ? String(i) : `${path}.${i}`, out))
    return
  }
  if (!isPlainObject(value)) return
  const known = HAND_CHECKED.get(codec)
  if (known !== undefined) {
    for (const key of Object.keys(value)) if (!known.has(key)) out.push({ path: join(path, key), reason: 'is not a known field' })
    return
  }
  const fields = fieldsOf(codec)
  if (fields === undefined) return
  for (const key of Object.keys(value)) {
    const field = Object.prototype.hasOwnProperty.call(fields, key) ? fields[key] : undefined
    if (field === undefined) out.push({ path: join(path, key), reason: 'is not a known field' })
    else if (value[key] !== undefined) walk(field, value[key], join(path, key), out)
  }
}

/** Every field of `value`, at any depth, that `codec` does not know, as problems naming its path. @internal */
export const unknownFields = (codec: t.Any, value: unknown): ReadonlyArray<Problem> => {
  const out: Problem[] = []
  walk(codec, value, '', out)
  return out
}
