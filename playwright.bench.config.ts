import { defineConfig } from '@playwright/test';
import e2e from './playwright.config';

/**
 * The interface benchmark (issue 6): `npx playwright test -c playwright.bench.config.ts`
 * after `npm run build`. Same Chromium and launch options as the end-to-end tests;
 * not part of `npm test` (which runs tests/e2e only).
 */
export default defineConfig({
  ...e2e,
  testDir: 'bench/ui',
  testMatch: '*.bench.ts',
  outputDir: 'test-results/bench-ui',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60 * 60_000,
  reporter: [['list']],
});
