import { defineConfig } from 'tsdown';

export default defineConfig({
  // `internal` is for `@plugboard/ui` only, and not documented.
  entry: ['src/index.ts', 'src/internal.ts'],
  format: 'esm',
  platform: 'neutral',
  dts: true,
  sourcemap: true,
  clean: true,
  // One output file per module: `sideEffects: false` can then drop what an app does not import,
  // and each module keeps its own 'use client' directive.
  unbundle: true,
  external: [/^react/, /^@tanstack\//, /^@plugboard\//, /^react-hook-form/, /^@hookform\//, /^zod/],
});
