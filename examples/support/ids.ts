// Stable ids for the examples. A shop's app makes its own ids (any lower-case
// uuid); the examples derive them from a readable name so that every run
// prints the same agenda in the same order (the agenda orders by customer id).
import { createHash } from 'node:crypto'

/** A lower-case uuid (version 5 shape) derived from `name`: the same name always gives the same id. */
export const idFrom = (name: string): string => {
  const h = createHash('sha256').update(name).digest('hex')
  const variant = ((parseInt(h.slice(16, 17), 16) & 0x3) | 0x8).toString(16)
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`
}
