// The one test command (`npm test`): installs what is missing, then runs every check in turn and
// ends with a plain `N passed, N failed` line. Uses only Node built-ins until dependencies exist.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const PNPM_VERSION = JSON.parse(
  readFileSync(join(root, 'package.json'), 'utf8'),
).packageManager.split('@')[1];
const cacheDir = join(root, '.cache');
mkdirSync(cacheDir, { recursive: true });

function run(command, args, options = {}) {
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: process.env,
    ...options,
  });
  return result.status === 0;
}

function has(command) {
  return spawnSync(command, ['--version'], { stdio: 'ignore' }).status === 0;
}

function heading(text) {
  console.log(`\n\u001b[1m▶ ${text}\u001b[22m`);
}

// 1. pnpm: install it with npm when missing (globally, else fall back to npx).
let pnpm = ['pnpm'];
if (!has('pnpm')) {
  heading(`Installing pnpm ${PNPM_VERSION}`);
  if (!run('npm', ['install', '--global', `pnpm@${PNPM_VERSION}`]) || !has('pnpm')) {
    pnpm = ['npx', '--yes', `pnpm@${PNPM_VERSION}`];
  }
}
const pnpmRun = (args, options) => run(pnpm[0], [...pnpm.slice(1), ...args], options);

// 2. Dependencies (frozen lockfile under CI, as pnpm does by default there).
heading('Installing dependencies');
if (!pnpmRun(['install', ...(process.env.CI ? ['--frozen-lockfile'] : [])])) {
  console.log('\n0 passed, 1 failed');
  process.exit(1);
}

// 3. The checks. Each non-test step counts as one check; test runners report their own counts.
const results = [];
function step(name, action) {
  heading(name);
  const started = Date.now();
  const outcome = action();
  const counts =
    typeof outcome === 'object' ? outcome : { passed: outcome ? 1 : 0, failed: outcome ? 0 : 1 };
  results.push({ name, ...counts, seconds: ((Date.now() - started) / 1000).toFixed(1) });
}

function vitestStep(name, args) {
  const report = join(cacheDir, `${name.replace(/\W+/g, '-')}.json`);
  rmSync(report, { force: true });
  const ok = pnpmRun([
    'exec',
    'vitest',
    'run',
    ...args,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ]);
  if (!existsSync(report)) return { passed: 0, failed: 1 };
  const json = JSON.parse(readFileSync(report, 'utf8'));
  const failedSuites = json.testResults.filter(
    (suite) => suite.status === 'failed' && suite.assertionResults.length === 0,
  ).length;
  const failed =
    json.numFailedTests + failedSuites + (ok || json.numFailedTests + failedSuites > 0 ? 0 : 1);
  return { passed: json.numPassedTests, failed };
}

step('Lint and format (Biome)', () => pnpmRun(['exec', 'biome', 'ci', '.']));
step('Type-check every package', () =>
  pnpmRun(['-r', '--workspace-concurrency=1', 'run', 'typecheck']),
);
step('Unit, contract and component tests (Vitest)', () => vitestStep('vitest', []));
step('Build every package', () => pnpmRun(['-r', 'run', 'build']));
step('Check packaging (publint)', () => pnpmRun(['-r', 'run', 'publint']));
step('Bundle-size budgets', () => run(process.execPath, ['scripts/size.mjs']));

// 4. Summary.
console.log('\nSummary');
console.table(
  results.map(({ name, passed, failed, seconds }) => ({ step: name, passed, failed, seconds })),
);
const passed = results.reduce((sum, r) => sum + r.passed, 0);
const failed = results.reduce((sum, r) => sum + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
