import { eventIdFor } from '@clientele/core'
import { describe, expect, it } from 'vitest'
import { eventIdOf } from './eventIdOf.js'

describe('eventIdOf', () => {
  it('gives the ids core gives a command\'s events', () => {
    for (const commandId of ['0f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a', '6f1d3c2a-8b47-5e59-a1c3-5d7e9f0b2468'])
      for (const index of [0, 1, 17]) expect(eventIdOf(commandId, index)).toBe(eventIdFor(commandId, index))
  })
})
