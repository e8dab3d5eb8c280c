import { configDefaults, defineConfig } from 'vitest/config';

// Two projects: pure unit tests run in parallel with no services; integration tests share one
// real Neo4j (started on demand by the global setup) and run one file at a time because they
// clean the database between suites.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'tests/extract/**/*.test.ts',
            'tests/resolve/**/*.test.ts',
            'tests/shared/**/*.test.ts',
            'tests/sources/**/*.test.ts',
            'tests/eval/**/*.test.ts',
            // The extract CLI needs no database, so it runs with the unit tests.
            'tests/cli/extract.test.ts',
            'tests/bench/corpus.test.ts',
          ],
        },
      },
      {
        test: {
          name: 'integration',
          globalSetup: ['tests/global-setup.ts'],
          include: [
            'tests/graph/**/*.test.ts',
            'tests/db-server/**/*.test.ts',
            'tests/server/**/*.test.ts',
            'tests/cli/**/*.test.ts',
            'tests/e2e/**/*.test.ts',
          ],
          exclude: [...configDefaults.exclude, 'tests/cli/extract.test.ts'],
          // One fork runs the files one after another (`fileParallelism` is a root-only option).
          pool: 'forks',
          poolOptions: { forks: { singleFork: true } },
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
