import { defineConfig } from 'vitest/config'

export default defineConfig({
  ssr: { resolve: { conditions: ['@clientele/source'] } },
  resolve: { conditions: ['@clientele/source'] },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'examples/**/*.test.ts'],
    // A property law that takes half a second on a quiet machine took over
    // vitest's default 5 s on a shared 2-core one under load, and failed as if
    // the law were broken (2,500 runs of the phone law found no counterexample).
    // Tests assert behaviour, never time; this bound only catches a hang.
    testTimeout: 60_000,
    typecheck: { enabled: true, include: ['packages/*/src/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
  },
})
