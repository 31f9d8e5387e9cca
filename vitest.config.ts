import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs';
import HeaviestFirst from './test/sequencer.mjs';

const dirname = path.dirname(fileURLToPath(import.meta.url));

// Debian Chromium (never a downloaded browser); see README "Browser tests".
const chromium = playwright({
  launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
});

export default defineConfig({
  plugins: [react()],
  test: {
    // vitest's default in `vitest run` is one worker fewer than the cores: a single
    // worker on 2 cores, so the story shards ran one after the other. One per core
    // (a third worker on 2 cores cost more in contention than it filled in waits).
    maxWorkers: Math.max(2, os.availableParallelism()),
    // A fixed order, heaviest first: the story shards, then the jsdom form tests, the
    // Node ones last (test/sequencer.mjs); the same on a fresh clone as on a rerun.
    sequence: { sequencer: HeaviestFirst },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          // Files of a worker share one module graph and one jsdom: React, MUI and
          // jsdom load once per worker, not once per file (about 45 CPU-seconds of the
          // suite). Test files must leave no global state behind (cleanup, timers, mocks).
          isolate: false,
          testTimeout: 15_000,
          environment: 'jsdom',
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: ['test/stories/**', 'test/browser/**', 'test/consumers/**'],
          setupFiles: ['./test/setup.ts'],
        },
      },
      {
        extends: true,
        resolve: {
          // Portable stories run in Node: swap the service worker for msw/node.
          alias: [
            {
              find: /^\.\/msw-setup$/,
              replacement: path.join(dirname, '.storybook/msw-setup.node.ts'),
            },
          ],
        },
        test: {
          name: 'stories-jsdom',
          isolate: false,
          testTimeout: 30_000,
          // addon-a11y throws on violations only when VITEST_STORYBOOK === 'false'…
          env: { VITEST_STORYBOOK: 'false' },
          // …and import.meta.env exists only in vite-transformed code, so inline the addon.
          server: { deps: { inline: ['@storybook/addon-a11y'] } },
          environment: 'jsdom',
          // Shards of the stories (3 English, 2 Japanese sweep): files run in parallel (maxWorkers); more shards cost more start-up (jsdom, MUI, every stories module) than they save on 2 cores.
          include: ['test/stories/**/*.test.tsx'],
          setupFiles: ['./test/setup-stories.ts'],
        },
      },
      {
        extends: true,
        plugins: [storybookTest({ configDir: path.join(dirname, '.storybook') })],
        test: {
          name: 'storybook',
          browser: {
            enabled: true,
            headless: true,
            provider: chromium,
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
