// After the builds: no browser package's output (core, react, ui) and no demo bundle may contain
// server code or a secret. Prints what it checked; exits 1 on any finding.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const BROWSER_OUTPUTS = [
  'packages/core/dist',
  'packages/react/dist',
  'packages/ui/dist',
  'apps/demo/dist',
];

/** Marks of server code and of keys; a match in a browser bundle is a leak. */
const FORBIDDEN = [
  {
    what: '@plugboard/server code',
    pattern:
      /createVaultSessionHandler|createCodatAccessTokenHandler|getCompanyAccessToken|(?:from|import\(|require\()\s*["'`]@plugboard\/server/,
  },
  {
    what: 'a Basic authorization header (Codat API key)',
    pattern: /["'`]Basic [A-Za-z0-9+/=]{12,}/,
  },
  { what: 'a secret key variable', pattern: /APIDECK_API_KEY|CODAT_API_KEY/ },
  { what: 'an API-key-looking literal', pattern: /["'`]sk_(?:live|test|sandbox)_[A-Za-z0-9]{8,}/ },
  {
    what: 'the sandbox (a dev/test dependency only)',
    pattern: /(?:from|import\(|require\()\s*["'`]@plugboard\/sandbox|createSandbox\(/,
  },
];

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (/\.(m?js|css|html|tsx?)$/.test(name)) yield path;
  }
}

let checked = 0;
const findings = [];
for (const output of BROWSER_OUTPUTS) {
  const dir = join(root, output);
  if (!existsSync(dir)) {
    findings.push(`${output} does not exist: build it first`);
    continue;
  }
  for (const file of files(dir)) {
    if (/\.tsx?$/.test(file)) continue;
    checked++;
    const text = readFileSync(file, 'utf8');
    for (const { what, pattern } of FORBIDDEN) {
      if (pattern.test(text)) findings.push(`${relative(root, file)} contains ${what}`);
    }
  }
}
console.log(
  `Checked ${checked} built files in ${BROWSER_OUTPUTS.join(', ')} for server code and secrets.`,
);

// Every source module that declares 'use client' keeps the directive in its built file, so React
// Server Components frameworks draw the client boundary where the source does.
let directives = 0;
for (const name of ['react', 'ui']) {
  const source = join(root, 'packages', name, 'src');
  const dist = join(root, 'packages', name, 'dist');
  for (const file of files(source)) {
    if (!/\.tsx?$/.test(file) || /\.(test|stories)\.tsx?$|\.test-d\.ts$/.test(file)) continue;
    if (!/^['"]use client['"]/.test(readFileSync(file, 'utf8'))) continue;
    const built = join(dist, relative(source, file)).replace(/\.tsx?$/, '.js');
    // Story and test helpers are not part of the build.
    if (!existsSync(built)) continue;
    directives++;
    if (!/^['"]use client['"]/.test(readFileSync(built, 'utf8'))) {
      findings.push(`${relative(root, built)} lost its 'use client' directive`);
    }
  }
}
console.log(`Checked that ${directives} 'use client' modules keep the directive when built.\n`);
if (findings.length > 0) {
  for (const finding of findings) console.error(`  ✗ ${finding}`);
  process.exit(1);
}
console.log('  ✓ none found');
