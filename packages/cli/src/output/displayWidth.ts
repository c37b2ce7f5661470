// East Asian Wide and Fullwidth ranges (Unicode UAX #11): Han, kana, Hangul,
// full-width forms and CJK punctuation take two columns in a terminal.
const WIDE: ReadonlyArray<readonly [number, number]> = [
  [0x1100, 0x115f], [0x2e80, 0x303e], [0x3041, 0x33ff], [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xa000, 0xa4cf],
  [0xac00, 0xd7a3], [0xf900, 0xfaff], [0xfe30, 0xfe4f], [0xff00, 0xff60], [0xffe0, 0xffe6], [0x1f300, 0x1f64f],
  [0x1f900, 0x1f9ff], [0x20000, 0x3fffd],
]

const isWide = (code: number): boolean => WIDE.some(([from, to]) => code >= from && code <= to)
// Combining marks and zero-width characters take no column.
const isZeroWidth = (code: number): boolean => (code >= 0x300 && code <= 0x36f) || (code >= 0x200b && code <= 0x200f) || code === 0xfeff

/**
 * How many terminal columns a text takes: 李娜 takes 4, Li Na 5.
 *
 * @since 0.1.0
 * @category output
 */
export const displayWidth = (text: string): number => {
  let width = 0
  for (const ch of text) {
    const code = ch.codePointAt(0)!
    width += isZeroWidth(code) ? 0 : isWide(code) ? 2 : 1
  }
  return width
}

/** Pads with spaces to a display width (right-aligned when `align` is 'right'). @since 0.1.0 @category output */
export const padTo = (text: string, width: number, align: 'left' | 'right' = 'left'): string => {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)))
  return align === 'left' ? text + fill : fill + text
}
