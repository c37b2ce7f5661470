// `pnpm bench`: every benchmark program in one run, so that each figure is
// printed next to a baseline measured on the same machine at the same time.
// `pnpm bench core` or `pnpm bench projections` runs one part.
import { runCoreBench } from './coreBench.js'
import { careAgenda } from '@clientele/projections'
import { runProjectionsBench } from './projectionsBench.js'
import { runEventStoreBench } from './eventStoreBench.js'
import { runChurnModelBench } from './churnModelBench.js'
import { runChurnAnalysisBench } from './churnAnalysisBench.js'
import { runSegmentsBench } from './segmentsBench.js'
import { runSqliteBench } from './sqliteBench.js'
import { runImportBench } from './importBench.js'

const only = process.argv[2]
console.log(`Clientele benchmarks — Node ${process.version}, ${new Date().toISOString()}`)
if (only === undefined || only === 'core') await runCoreBench()
if (only === undefined || only === 'projections') await runProjectionsBench((views, day) => careAgenda(views, day))
if (only === undefined || only === 'churn') await runChurnModelBench()
if (only === undefined || only === 'churn') await runChurnAnalysisBench()
if (only === undefined || only === 'eventstore') await runEventStoreBench()
if (only === undefined || only === 'segments') await runSegmentsBench()
if (only === undefined || only === 'sqlite') await runSqliteBench()
if (only === undefined || only === 'import') await runImportBench()
