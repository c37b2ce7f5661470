// Text in a command that would be unsafe or meaningless to record: control
// characters (an ESC in a name repaints the terminal that prints it in
// `clientele find`), direction overrides (which make 王伟 display as another
// name), broken UTF-16, and text with nothing visible in it. Checked on
// commands only: events already stored decode as they were written.
import type { Problem } from '../internal/problems.js'
import { fieldPath } from './fieldPath.js'

const isControl = (c: number): boolean => (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || (c >= 0x7f && c <= 0x9f)
const isDirectionOverride = (c: number): boolean => (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)
const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff
// White space, zero-width and joining characters, combining marks: none shows on its own.
const isInvisible = (c: number): boolean =>
  c <= 0x20 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200f) || c === 0x2028 || c === 0x2029 || c === 0x202f ||
  (c >= 0x205f && c <= 0x2064) || c === 0x3000 || c === 0xfeff || (c >= 0x0300 && c <= 0x036f) || (c >= 0x1ab0 && c <= 0x1aff) ||
  (c >= 0x1dc0 && c <= 0x1dff) || (c >= 0x20d0 && c <= 0x20ff) || (c >= 0xfe00 && c <= 0xfe0f) || (c >= 0xfe20 && c <= 0xfe2f)

// Any character that could make a string unsafe; most strings have none, and
// one regular expression says so faster than a loop over their characters.
const SUSPECT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ud800-\udfff]/

/** Why a string may not be recorded, or undefined when it may. */
const problemWith = (s: string): string | undefined => {
  // The common case: no suspect character, and a plainly visible first one.
  const first = s.charCodeAt(0)
  if (!SUSPECT.test(s) && ((first > 0x20 && first < 0x7f) || s.length === 0)) return undefined
  let visible = s.length === 0 // an empty string is the codecs' business
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (isControl(c)) return 'contains a control character'
    if (isDirectionOverride(c)) return 'contains a text-direction override'
    if (isHigh(c)) {
      if (!isLow(s.charCodeAt(i + 1))) return 'is not valid Unicode text'
      i++
      visible = true
      continue
    }
    if (isLow(c)) return 'is not valid Unicode text'
    if (!isInvisible(c)) visible = true
  }
  return visible ? undefined : 'has no visible character'
}

const walk = (value: unknown, path: string, out: Problem[]): void => {
  if (typeof value === 'string') {
    const reason = problemWith(value)
    if (reason !== undefined) out.push({ path, reason })
  } else if (Array.isArray(value)) value.forEach((v, i) => walk(v, path === '' ? String(i) : `${path}.${i}`, out))
  else if (typeof value === 'object' && value !== null)
    for (const k in value) if (Object.prototype.hasOwnProperty.call(value, k)) walk((value as Record<string, unknown>)[k], fieldPath(path, k), out)
}

/** Every string in a command (at any depth) that may not be recorded, as problems naming its path. @internal */
export const unsafeText = (value: unknown): ReadonlyArray<Problem> => {
  const out: Problem[] = []
  walk(value, '', out)
  return out
}
