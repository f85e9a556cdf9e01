// The one test command (`npm test`): installs what is missing, then runs every check in turn and
// ends with a plain `N passed, N failed` line. Uses only Node built-ins until dependencies exist.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureChromium, heading, installDependencies, root, run, runPnpm } from './bootstrap.mjs';

const cacheDir = join(root, '.cache');
mkdirSync(cacheDir, { recursive: true });
process.env.STORYBOOK_DISABLE_TELEMETRY = '1';

if (!installDependencies()) {
  console.log('\n0 passed, 1 failed');
  process.exit(1);
}
const chromium = ensureChromium();

// Each non-test step counts as one check; test runners report their own counts.
const results = [];
// Failed tests, named again after the summary so a long log still says what broke.
const failures = [];
const firstLine = (text = '') => text.split('\n').find((line) => line.trim() !== '') ?? '';
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
  const ok = runPnpm([
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
  const failedFiles = json.testResults.filter(
    (file) => file.status === 'failed' && file.assertionResults.length === 0,
  ).length;
  const failed = json.numFailedTests + failedFiles;
  for (const file of json.testResults) {
    const where = file.name.replace(`${root}/`, '');
    if (file.status === 'failed' && file.assertionResults.length === 0) {
      failures.push(`${where}: ${firstLine(file.message)}`);
    }
    for (const test of file.assertionResults) {
      if (test.status === 'failed') {
        failures.push(`${where} > ${test.fullName}: ${firstLine(test.failureMessages?.[0])}`);
      }
    }
  }
  // A run that failed without failing a test (a crash, a config error) still counts as a failure.
  return { passed: json.numPassedTests, failed: failed + (ok || failed > 0 ? 0 : 1) };
}

step('Lint and format (Biome)', () => runPnpm(['exec', 'biome', 'ci', '.']));
step('Type-check every package', () =>
  runPnpm(['-r', '--workspace-concurrency=1', 'run', 'typecheck']),
);
// Every package with a Vitest project (named after its folder), so a new package is never left
// out; the stories and the end-to-end suite run in Chromium below.
const packageProjects = readdirSync(join(root, 'packages')).filter((name) =>
  existsSync(join(root, 'packages', name, 'vitest.config.ts')),
);
step('Unit, contract and component tests (Vitest)', () =>
  vitestStep(
    'unit',
    packageProjects.flatMap((name) => ['--project', name]),
  ),
);
step('Build every package', () => runPnpm(['--filter', './packages/*', 'run', 'build']));
step('Check packaging (publint)', () => runPnpm(['-r', 'run', 'publint']));
step('Bundle-size budgets', () => run(process.execPath, ['scripts/size.mjs']));
step('Build the demo', () => runPnpm(['--filter', '@plugboard/demo', 'run', 'build']));
step('Build Storybook', () => runPnpm(['run', 'build-storybook']));
step("Browser bundles: no server code or secret, 'use client' kept", () =>
  run(process.execPath, ['scripts/check-browser-bundles.mjs']),
);
if (chromium) {
  step('Stories in Chromium, each with an axe check', () =>
    vitestStep('stories', ['--project', 'storybook']),
  );
  step('End-to-end flows on the built demo in Chromium', () =>
    vitestStep('e2e', ['--project', 'e2e']),
  );
} else {
  console.log(
    '\nChromium is not installed and could not be (needs root and apt): the browser suites did not run.',
  );
  results.push({ name: 'Browser suites (no Chromium)', passed: 0, failed: 1, seconds: '0' });
}

console.log('\nSummary');
console.table(
  results.map(({ name, passed, failed, seconds }) => ({ step: name, passed, failed, seconds })),
);
if (failures.length > 0) {
  console.log('\nFailed tests');
  for (const failure of failures) console.log(`  ✗ ${failure}`);
}
const passed = results.reduce((sum, r) => sum + r.passed, 0);
const failed = results.reduce((sum, r) => sum + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
