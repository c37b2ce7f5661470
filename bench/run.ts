// `pnpm bench`: every benchmark program in one run, so that each figure is
// printed next to a baseline measured on the same machine at the same time.
import { runCoreBench } from './coreBench.js'

console.log(`Clientele benchmarks — Node ${process.version}, ${new Date().toISOString()}`)
await runCoreBench()
