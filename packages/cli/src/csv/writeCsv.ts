const needsQuotes = /[",\r\n]/

/** One field as RFC 4180 writes it: quoted when it holds a comma, quote or line break. @since 0.1.0 @category csv */
export const csvField = (value: string): string => (needsQuotes.test(value) || value !== value.trim() ? `"${value.replaceAll('"', '""')}"` : value)

/**
 * A whole CSV text: UTF-8 with a byte-order mark (so Excel opens Chinese
 * text correctly) and CRLF line ends, as RFC 4180 asks.
 *
 * @since 0.1.0
 * @category csv
 */
export const writeCsv = (rows: ReadonlyArray<ReadonlyArray<string>>): string => `\ufeff${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`
