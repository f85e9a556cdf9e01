// Prints gzipped bundle sizes of what consumers import, and fails when a budget is exceeded.
// Bundles the built packages (run `pnpm -r build` first) with esbuild, minified, as an app would.
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/** Each entry is a consumer module; `budget` is in gzipped bytes. */
export const SIZE_ENTRIES = [
  {
    name: '@plugboard/core (everything)',
    code: `export * from '@plugboard/core';`,
  },
  {
    name: '@plugboard/core: createVaultClient + listConnections',
    code: `import { createVaultClient, listConnections } from '@plugboard/core';
      export const run = (session) => listConnections(createVaultClient({ session }), { api: 'crm' });`,
    budget: 10 * 1024,
  },
];

async function gzippedSize(code, external = []) {
  const result = await build({
    stdin: { contents: code, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    external,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  const bytes = result.outputFiles[0].contents;
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
let failed = 0;
const rows = [];
for (const entry of SIZE_ENTRIES) {
  const { raw, gzip } = await gzippedSize(entry.code, entry.external);
  const over = entry.budget !== undefined && gzip > entry.budget;
  if (over) failed++;
  rows.push({
    bundle: entry.name,
    minified: kb(raw),
    gzipped: kb(gzip),
    budget: entry.budget === undefined ? '—' : `${kb(entry.budget)} ${over ? 'OVER' : 'ok'}`,
  });
}
console.table(rows);
if (failed > 0) {
  console.error(`${failed} bundle(s) over budget.`);
  process.exit(1);
}
