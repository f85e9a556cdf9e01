import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defaultClientConditions } from 'vite';
import { defineConfig, type TestProjectConfiguration } from 'vitest/config';
import { CHROMIUM_ARGS, CHROMIUM_PATH, chromiumAvailable } from './vitest.shared.ts';

/** Every story, run in Chromium with its play function and an axe check. */
const storybookProject: TestProjectConfiguration = {
  plugins: [storybookTest({ configDir: '.storybook' })],
  publicDir: '.storybook/public',
  resolve: { conditions: ['@plugboard/source', ...defaultClientConditions] },
  test: {
    name: 'storybook',
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({
        launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
      }),
      instances: [{ browser: 'chromium' }],
    },
  },
};

/** The built demo (run `vite build` first) driven in Chromium with playwright-core. */
const e2eProject: TestProjectConfiguration = {
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['apps/demo/e2e/**/*.e2e.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
};

export default defineConfig({
  test: {
    projects: [
      'packages/*/vitest.config.ts',
      ...(chromiumAvailable() ? [storybookProject, e2eProject] : []),
    ],
  },
});
