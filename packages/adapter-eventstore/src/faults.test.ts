// Faults injected into the wire-level test server while @eventstore/db-client
// talks to it. The scenarios are shared with @kurrent/kurrentdb-client
// (kurrentFaults.test.ts): see faultScenarios.test-support.ts. In a file of
// its own: the two client packages cannot share a process.
import { EventStoreDBClient } from '@eventstore/db-client'
import { describeFaults } from './faultScenarios.test-support.js'

describeFaults({ name: '@eventstore/db-client', package: 'eventstore', connect: (text) => EventStoreDBClient.connectionString(text) })
