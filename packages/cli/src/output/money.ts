/**
 * Fen as yuan for a table: ¥1,299.50. Integer arithmetic, so no float ever
 * rounds a fen away.
 *
 * @since 0.1.0
 * @category output
 */
export const yuan = (fen: number, currency = 'CNY'): string => {
  const sign = fen < 0 ? '-' : ''
  const abs = Math.abs(fen)
  const whole = Math.floor(abs / 100).toLocaleString('en-US')
  const cents = String(abs % 100).padStart(2, '0')
  return `${sign}${currency === 'CNY' ? '¥' : `${currency} `}${whole}.${cents}`
}
