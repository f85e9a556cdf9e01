// Prints gzipped bundle sizes of what consumers import, and fails when a budget is exceeded.
// Bundles the built packages (run `pnpm -r build` first) with esbuild, minified, as an app would.
import { readFileSync } from 'node:fs';
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
  {
    name: 'consumer app rendering <IntegrationsPage/> (react, react-dom excluded)',
    code: `import { createRoot } from 'react-dom/client';
      import { jsx } from 'react/jsx-runtime';
      import { IntegrationsPage } from '@plugboard/ui';
      createRoot(document.getElementById('root')).render(
        jsx(IntegrationsPage, { getSessionToken: () => fetch('/session').then((r) => r.text()) }),
      );`,
    external: ['react', 'react-dom', 'react/jsx-runtime', 'react-dom/client'],
    budget: 60 * 1024,
  },
];

/** Stylesheets, gzipped as served. */
export const CSS_ENTRIES = [
  { name: '@plugboard/ui/styles.css', file: 'packages/ui/dist/styles.css' },
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
for (const entry of CSS_ENTRIES) {
  const bytes = readFileSync(entry.file);
  rows.push({
    bundle: entry.name,
    minified: kb(bytes.length),
    gzipped: kb(gzipSync(bytes, { level: 9 }).length),
    budget: '—',
  });
}
console.table(rows);
if (failed > 0) {
  console.error(`${failed} bundle(s) over budget.`);
  process.exit(1);
}
