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
    else if (/\.(m?js|css|html)$/.test(name)) yield path;
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
    checked++;
    const text = readFileSync(file, 'utf8');
    for (const { what, pattern } of FORBIDDEN) {
      if (pattern.test(text)) findings.push(`${relative(root, file)} contains ${what}`);
    }
  }
}
console.log(
  `Checked ${checked} built files in ${BROWSER_OUTPUTS.join(', ')} for server code and secrets.\n`,
);
if (findings.length > 0) {
  for (const finding of findings) console.error(`  ✗ ${finding}`);
  process.exit(1);
}
console.log('  ✓ none found');
