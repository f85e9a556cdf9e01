import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: ['src/index.ts'],
  format: 'esm',
  platform: 'neutral',
  dts: true,
  sourcemap: true,
  clean: true,
  // One output file per module, so that `sideEffects: false` lets bundlers drop what an app does not import.
  unbundle: true,
});
