// Fields a command carries that its codec does not know. io-ts keeps unknown
// properties, and the decider records a command's data as it is, so a field
// the app made up (a second phone under another name, say) would be stored
// for good, outside every rule about personal data and erasure. Commands are
// therefore checked field by field; stored events are not (they were checked
// as commands when they were recorded).
import * as t from 'io-ts'
import type { Problem } from '../internal/problems.js'
import { fieldPath } from './fieldPath.js'
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

type Checker = (value: unknown, path: string, out: Problem[]) => void

const descend = (path: string, key: string): string => (path === '' ? key : `${path}.${key}`)

// A checker per codec, built once (this runs for every command): undefined
// for a codec that holds no object at any depth (text, dates, ids), so that
// most fields cost one look-up of their name and nothing more.
const CHECKERS = new WeakMap<t.Any, Checker | null>()

const checkerOf = (codec: t.Any): Checker | undefined => {
  let checker = CHECKERS.get(codec)
  if (checker === undefined) {
    checker = build(codec) ?? null
    CHECKERS.set(codec, checker)
  }
  return checker ?? undefined
}

const build = (codec: t.Any): Checker | undefined => {
  if (codec instanceof PersonalType) return checkerOf(codec.inner as t.Any)
  if (codec instanceof t.RefinementType || codec instanceof t.ReadonlyType || codec instanceof t.ExactType) return checkerOf(codec.type as t.Any)
  if (codec instanceof t.UnionType) {
    const members = codec.types as ReadonlyArray<t.Any>
    if (members.every((m) => checkerOf(m) === undefined)) return undefined
    return (value, path, out) => {
      // `is` first: it allocates nothing, and a decoded command's values are nearly always in normal form.
      const member = members.find((m) => m.is(value)) ?? members.find((m) => m.decode(value)._tag === 'Right')
      if (member !== undefined) checkerOf(member)?.(value, path, out)
    }
  }
  if (codec instanceof t.ReadonlyArrayType || codec instanceof t.ArrayType) {
    const element = checkerOf(codec.type as t.Any)
    if (element === undefined) return undefined
    return (value, path, out) => {
      if (Array.isArray(value)) for (let i = 0; i < value.length; i++) element(value[i], descend(path, String(i)), out)
    }
  }
  const known = HAND_CHECKED.get(codec)
  if (known !== undefined)
    return (value, path, out) => {
      if (!isPlainObject(value)) return
      for (const key in value)
        if (Object.prototype.hasOwnProperty.call(value, key) && !known.has(key) && value[key] !== undefined) out.push({ path: fieldPath(path, key), reason: 'is not a known field' })
    }
  const props =
    codec instanceof StructType
      ? { ...codec.required, ...codec.optional }
      : codec instanceof t.InterfaceType || codec instanceof t.PartialType
        ? (codec.props as t.Props)
        : undefined
  if (props === undefined) return undefined
  const fields = new Set(Object.keys(props))
  // Built on first use, so that codecs referring to each other cannot recurse while building.
  let children: Map<string, Checker> | undefined
  return (value, path, out) => {
    if (!isPlainObject(value)) return
    children ??= new Map(Object.entries(props).flatMap(([k, c]) => {
      const child = checkerOf(c as t.Any)
      return child === undefined ? [] : [[k, child] as const]
    }))
    for (const key in value) {
      // An undefined property is never stored (JSON leaves it out), known or not.
      if (!Object.prototype.hasOwnProperty.call(value, key) || value[key] === undefined) continue
      if (!fields.has(key)) out.push({ path: fieldPath(path, key), reason: 'is not a known field' })
      else children.get(key)?.(value[key], descend(path, key), out)
    }
  }
}

/** Every field of `value`, at any depth, that `codec` does not know, as problems naming its path. @internal */
export const unknownFields = (codec: t.Any, value: unknown): ReadonlyArray<Problem> => {
  const out: Problem[] = []
  checkerOf(codec)?.(value, '', out)
  return out
}
