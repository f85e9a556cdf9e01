import { defineConfig } from 'tsdown';

export default defineConfig({
  // One neutral build: the core and the MSW adapter run in browsers, workers and Node; the node
  // adapter and the CLI only import `node:` built-ins, which stay external. The fake Codat SDK
  // (`codat-sdk/index`) is for browsers and jsdom.
  entry: ['src/index.ts', 'src/msw.ts', 'src/node.ts', 'src/cli.ts', 'src/codat-sdk/index.ts'],
  format: 'esm',
  platform: 'neutral',
  deps: { neverBundle: [/^node:/] },
  dts: true,
  sourcemap: true,
  clean: true,
});
