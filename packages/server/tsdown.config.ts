import { defineConfig } from 'tsdown';

export default defineConfig({
  // The main entry uses only web standards (fetch, Request, Response, btoa), so it runs in Node,
  // workers and edge runtimes; `./node` is the adapter for `node:http`, whose built-ins stay external.
  entry: ['src/index.ts', 'src/node.ts'],
  format: 'esm',
  platform: 'neutral',
  deps: { neverBundle: [/^node:/] },
  dts: true,
  sourcemap: true,
  clean: true,
  // One output file per module, so that `sideEffects: false` lets bundlers drop what an app does not import.
  unbundle: true,
});
