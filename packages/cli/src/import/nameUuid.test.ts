import { describe, expect, it } from 'vitest'
import { nameUuid } from './nameUuid.js'

describe('nameUuid', () => {
  it('gives the RFC 9562 version-5 uuids (the DNS namespace vectors)', () => {
    const dns = nameUuid('6ba7b810-9dad-11d1-80b4-00c04fd430c8')
    expect(dns('www.example.com')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2')
    expect(dns('python.org')).toBe('886313e1-3b8a-5372-9b90-0c9aee199e5d')
  })

  it('encodes the name as UTF-8', () => {
    const ns = nameUuid('6f1d3c2a-8b47-4e59-a1c3-5d7e9f0b2468')
    expect(ns('李娜')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(ns('李娜')).not.toBe(ns('李'))
  })
})
