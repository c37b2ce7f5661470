// The seeded shop simulator: realistic command and event streams for tests,
// demos and benchmarks.
export { simulateShop } from './simulateShop.js'
export type { SimulateShopOptions, SimulatedCommand, SimulatedShop } from './simulateShop.js'
export type { ShopKind } from './catalogues.js'
export { Prng } from './prng.js'
