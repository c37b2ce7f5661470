/**
 * Structural equality of JSON values, ignoring key order. Used to tell a
 * repeated command (same id, same content: nothing to do) from a conflicting
 * one (same id, other content: an error).
 */
export const sameJson = (a: unknown, b: unknown): boolean => {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  if (Array.isArray(a)) {
    const bs = b as ReadonlyArray<unknown>
    return a.length === bs.length && a.every((x, i) => sameJson(x, bs[i]))
  }
  const ao = a as Record<string, unknown>
  const bo = b as Record<string, unknown>
  const ak = Object.keys(ao).filter((k) => ao[k] !== undefined)
  const bk = Object.keys(bo).filter((k) => bo[k] !== undefined)
  return ak.length === bk.length && ak.every((k) => sameJson(ao[k], bo[k]))
}
