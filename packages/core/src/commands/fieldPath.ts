// Where a problem in a command is: a dotted path. A field's own name goes
// into it when it reads as a field name; any other key could be anything the
// app sent (a phone, a name), so it is not repeated.
const FIELD_NAME = /^[A-Za-z_$][A-Za-z0-9_$]{0,63}$/

/** `path` with `key` appended, the key shown only when it reads as a field name. @internal */
export const fieldPath = (path: string, key: string): string => {
  const shown = FIELD_NAME.test(key) ? key : '(a field whose name is not shown)'
  return path === '' ? shown : `${path}.${shown}`
}
