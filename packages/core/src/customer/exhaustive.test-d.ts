import { match } from 'ts-pattern'
import { expectTypeOf, test } from 'vitest'
import type { CustomerCommand } from '../commands/customerCommand.js'
import type { CustomerEvent } from '../events/customerEvent.js'
import type { DomainError } from './domainError.js'

// Type-level tests: a match over a domain union that forgets a case must not compile.

test('a match over commands that misses one does not compile', () => {
  const decideSome = (c: CustomerCommand) =>
    match(c)
      .with({ type: 'RegisterCustomer' }, () => 1)
      .with({ type: 'LogPurchase' }, () => 2)
  // @ts-expect-error sixteen command types are not handled
  decideSome({} as CustomerCommand).exhaustive()
})

test('a switch over events that misses one does not compile', () => {
  const describeEvent = (e: CustomerEvent): string => {
    switch (e.type) {
      case 'CustomerRegistered':
        return 'registered'
      default: {
        // @ts-expect-error the other event types reach this branch
        const unhandled: never = e
        return unhandled
      }
    }
  }
  expectTypeOf(describeEvent).returns.toEqualTypeOf<string>()
})

test('domain errors are tagged', () => {
  expectTypeOf<DomainError['_tag']>().toExtend<string>()
  expectTypeOf<Extract<DomainError, { _tag: 'PointsInsufficient' }>>().toHaveProperty('balance').toEqualTypeOf<number>()
})
