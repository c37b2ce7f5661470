// Faults injected into the wire-level test server while the successor
// client, @kurrent/kurrentdb-client, talks to it: its reads and
// subscriptions go through a native client of its own and fail with errors
// of their own shape. The scenarios are shared with @eventstore/db-client
// (faults.test.ts): see faultScenarios.test-support.ts. In a file of its
// own: the two client packages cannot share a process.
import { KurrentDBClient } from '@kurrent/kurrentdb-client'
import { describeFaults } from './faultScenarios.test-support.js'

describeFaults({ name: '@kurrent/kurrentdb-client', package: 'kurrent', connect: (text) => KurrentDBClient.connectionString(text) })
