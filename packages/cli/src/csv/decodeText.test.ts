import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { decodeText } from './decodeText.js'

const utf8 = (s: string) => new TextEncoder().encode(s)

describe('decodeText', () => {
  it('reads UTF-8 with and without a byte-order mark', () => {
    expect(decodeText(utf8('姓名,电话'))).toEqual(E.right({ text: '姓名,电话', encoding: 'utf-8' }))
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('姓名')]))).toEqual(E.right({ text: '姓名', encoding: 'utf-8' }))
  })

  it('reads Excel\'s GBK "CSV" from a Chinese Windows as GB18030', () => {
    // 李娜 in GBK.
    expect(decodeText(Uint8Array.from([0xc0, 0xee, 0xc4, 0xc8]))).toEqual(E.right({ text: '李娜', encoding: 'gb18030' }))
  })

  it('reads UTF-16 with its byte-order mark (Excel\'s "Unicode text")', () => {
    const bytes = Uint8Array.from([0xff, 0xfe, ...Buffer.from('名,1', 'utf16le')])
    expect(decodeText(bytes)).toEqual(E.right({ text: '名,1', encoding: 'utf-16le' }))
  })
})
