import type { StorybookConfig } from '@storybook/react-vite';
import { defaultClientConditions } from 'vite';

/** One Storybook for every package: stories live beside their components. */
const config: StorybookConfig = {
  stories: ['../packages/*/src/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/react-vite', options: {} },
  staticDirs: ['./public'],
  core: { disableTelemetry: true },
  viteFinal: (viteConfig) => ({
    ...viteConfig,
    // Workspace packages resolve to their TypeScript sources: no build needed to browse stories.
    resolve: {
      ...viteConfig.resolve,
      conditions: ['@plugboard/source', ...defaultClientConditions],
    },
  }),
};

export default config;
