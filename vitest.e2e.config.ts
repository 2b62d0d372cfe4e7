import { defineConfig } from 'vitest/config';

// Browser tests: real Chromium driving the built extension (npm run build first). One file at a
// time: each launches Chromium, and the machine has two cores.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
