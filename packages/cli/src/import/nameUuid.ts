import { createHash } from 'node:crypto'

const bytesOf = (uuid: string): Buffer => Buffer.from(uuid.replaceAll('-', ''), 'hex')

/**
 * A name-based uuid (RFC 9562 version 5: SHA-1 of namespace and name) from a
 * fixed namespace. Written here rather than taken from the uuid package: an
 * import derives several ids per row, and the package re-parses the
 * namespace and re-encodes the name on every call, which was a tenth of a
 * 100,000-row import.
 *
 * @example
 * const customerId = nameUuid(NAMESPACE)('customer/number/C001')
 *
 * @since 0.1.0
 * @category import
 */
export const nameUuid = (namespace: string) => {
  const ns = bytesOf(namespace)
  return (name: string): string => {
    const h = createHash('sha1').update(ns).update(name, 'utf8').digest()
    h[6] = (h[6]! & 0x0f) | 0x50
    h[8] = (h[8]! & 0x3f) | 0x80
    const hex = h.toString('hex', 0, 16)
    // join builds one flat string; piecewise concatenation would keep a
    // chain of pieces alive per id, and an import keeps 100,000s of ids.
    return [hex.slice(0, 8), hex.slice(8, 12), hex.slice(12, 16), hex.slice(16, 20), hex.slice(20, 32)].join('-')
  }
}
