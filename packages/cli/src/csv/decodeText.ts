import * as E from 'fp-ts/lib/Either.js'

/** Which encoding a file turned out to be in; shown so a surprise can be spotted. @since 0.1.0 @category csv */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'gb18030'

/** @since 0.1.0 @category csv */
export interface DecodedText {
  readonly text: string
  readonly encoding: TextEncoding
}

/**
 * Decodes a spreadsheet export. UTF-8 with or without a byte-order mark is
 * the norm; Excel's "Unicode text" is UTF-16 with a mark; and Excel on a
 * Chinese Windows saves plain "CSV" in GBK, which is a subset of GB18030.
 * Bytes that are valid UTF-8 are always read as UTF-8.
 *
 * @since 0.1.0
 * @category csv
 */
export const decodeText = (bytes: Uint8Array): E.Either<string, DecodedText> => {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return E.right({ text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' })
  const withoutBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes
  try {
    return E.right({ text: new TextDecoder('utf-8', { fatal: true }).decode(withoutBom), encoding: 'utf-8' })
  } catch {
    try {
      return E.right({ text: new TextDecoder('gb18030', { fatal: true }).decode(withoutBom), encoding: 'gb18030' })
    } catch {
      return E.left('the file is neither UTF-8 nor GBK/GB18030 text (save it as "CSV UTF-8")')
    }
  }
}
