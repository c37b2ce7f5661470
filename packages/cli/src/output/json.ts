// JSON for scripts: the read models hold Maps, Sets and bigint positions,
// which JSON.stringify would drop or refuse.
const replacer = (_key: string, value: unknown): unknown => {
  if (typeof value === 'bigint') return value.toString()
  if (value instanceof Map) return Object.fromEntries(value)
  if (value instanceof Set) return [...value]
  return value
}

/** One JSON document and a line end. @since 0.1.0 @category output */
export const toJson = (value: unknown): string => `${JSON.stringify(value, replacer, 2)}\n`
