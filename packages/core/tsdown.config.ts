import { defineConfig } from 'tsdown';

export default defineConfig({
  // `internal` is for the other Plugboard packages only, and not documented.
  entry: ['src/index.ts', 'src/internal.ts'],
  format: 'esm',
  platform: 'neutral',
  dts: true,
  sourcemap: true,
  clean: true,
  // One output file per module, so that `sideEffects: false` lets bundlers drop what an app does not import.
  unbundle: true,
});
