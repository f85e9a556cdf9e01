// Prints gzipped bundle sizes of what consumers import, and fails when a budget is exceeded.
// Bundles the built packages (run the package builds first) with rolldown — the bundler of Vite 8 —
// minified and split into chunks at dynamic imports, as an app's build would. For each entry it reports the JS loaded
// first (the entry and its static imports) and everything an English-speaking app can load
// (other languages are separate chunks that only their users fetch).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { rolldown } from 'rolldown';

/**
 * Everything a package exports, its dependencies and peers (the packages it builds on included)
 * left out: the code the package itself adds.
 */
function ownCodeOf(folder) {
  const manifest = JSON.parse(readFileSync(`packages/${folder}/package.json`, 'utf8'));
  return {
    name: `${manifest.name} (everything; its dependencies excluded)`,
    code: `export * from '${manifest.name}';`,
    external: Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies }),
  };
}

/**
 * Each entry is a consumer module. `budget` (gzipped bytes) applies to all the JS an English app can
 * load; `firstLoadBudget` to what loads before anything is clicked.
 */
export const SIZE_ENTRIES = [
  {
    name: '@plugboard/core (everything)',
    code: `export * from '@plugboard/core';`,
  },
  ...['react', 'ui', 'server', 'sandbox'].map(ownCodeOf),
  {
    name: '@plugboard/core: createVaultClient + listConnections',
    code: `import { createVaultClient, listConnections } from '@plugboard/core';
      export const run = (session) => listConnections(createVaultClient({ session }), { api: 'crm' });`,
    budget: 10 * 1024,
  },
  {
    name: 'app rendering <IntegrationsPage/> (react, react-dom excluded)',
    code: `import { createRoot } from 'react-dom/client';
      import { jsx } from 'react/jsx-runtime';
      import { IntegrationsPage } from '@plugboard/ui';
      createRoot(document.getElementById('root')).render(
        jsx(IntegrationsPage, { getSessionToken: () => fetch('/session').then((r) => r.text()) }),
      );`,
    external: ['react', 'react-dom'],
    // react-hook-form, TanStack Query and zod are about 27 KB of it: the forms use only useForm
    // (fields subscribe through the form's own control, not useController, useWatch or
    // useFormState), and the generated schemas use zod/mini's plain checks.
    budget: 60 * 1024,
    firstLoadBudget: 35 * 1024,
  },
];

/** Stylesheets, gzipped as served. */
export const CSS_ENTRIES = [
  { name: '@plugboard/ui/styles.css', file: 'packages/ui/dist/styles.css' },
];

const TRANSLATION = /messages\/translations\//;

async function measure(code, external = []) {
  const dir = mkdtempSync(join(tmpdir(), 'plugboard-size-'));
  const input = join(process.cwd(), `.size-entry-${process.pid}.js`);
  writeFileSync(input, code);
  try {
    const bundle = await rolldown({
      input,
      external: (id) => external.some((name) => id === name || id.startsWith(`${name}/`)),
      platform: 'browser',
      logLevel: 'silent',
      transform: { define: { 'process.env.NODE_ENV': '"production"' } },
    });
    const { output } = await bundle.generate({ format: 'esm', minify: true, dir });
    const chunks = output.filter((item) => item.type === 'chunk');
    const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
    const gzip = (chunk) => gzipSync(Buffer.from(chunk.code), { level: 9 }).length;
    const initial = new Set();
    const visit = (chunk) => {
      if (!chunk || initial.has(chunk)) return;
      initial.add(chunk);
      for (const name of chunk.imports) visit(byName.get(name));
    };
    visit(chunks.find((chunk) => chunk.isEntry));
    const english = chunks.filter(
      (chunk) => !Object.keys(chunk.modules).every((id) => TRANSLATION.test(id)),
    );
    return {
      initial: [...initial].reduce((sum, chunk) => sum + gzip(chunk), 0),
      total: english.reduce((sum, chunk) => sum + gzip(chunk), 0),
      minified: english.reduce((sum, chunk) => sum + chunk.code.length, 0),
      chunks: english.length,
    };
  } finally {
    rmSync(input, { force: true });
    rmSync(dir, { recursive: true, force: true });
  }
}

const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
let failed = 0;
const rows = [];
for (const entry of SIZE_ENTRIES) {
  const { initial, total, minified, chunks } = await measure(entry.code, entry.external);
  const over =
    (entry.budget !== undefined && total > entry.budget) ||
    (entry.firstLoadBudget !== undefined && initial > entry.firstLoadBudget);
  if (over) failed++;
  rows.push({
    bundle: entry.name,
    'minified (all JS)': kb(minified),
    'gzipped, loaded first': kb(initial),
    'gzipped, all JS': `${kb(total)}${chunks > 1 ? ` in ${chunks} chunks` : ''}`,
    budget:
      entry.budget === undefined
        ? '—'
        : `${entry.firstLoadBudget ? `${kb(entry.firstLoadBudget)} / ` : ''}${kb(entry.budget)} ${over ? 'OVER' : 'ok'}`,
  });
}
for (const entry of CSS_ENTRIES) {
  const bytes = readFileSync(entry.file);
  const gzipped = kb(gzipSync(bytes, { level: 9 }).length);
  rows.push({
    bundle: entry.name,
    'minified (all JS)': kb(bytes.length),
    'gzipped, loaded first': gzipped,
    'gzipped, all JS': '—',
    budget: '—',
  });
}
console.table(rows);
if (failed > 0) {
  console.error(`${failed} bundle(s) over budget.`);
  process.exit(1);
}
