// Shared by `npm test` and `npm run demo`: uses only Node built-ins, so it runs before any install.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const PNPM_VERSION = JSON.parse(
  readFileSync(join(root, 'package.json'), 'utf8'),
).packageManager.split('@')[1];

export function run(command, args, options = {}) {
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: process.env,
    ...options,
  });
  return result.status === 0;
}

function has(command, args = ['--version']) {
  return spawnSync(command, args, { stdio: 'ignore' }).status === 0;
}

export function heading(text) {
  console.log(`\n\u001b[1m▶ ${text}\u001b[22m`);
}

let pnpm;
/** pnpm as a command list: installed with npm when missing (globally, else run through npx). */
export function pnpmCommand() {
  if (pnpm) return pnpm;
  pnpm = ['pnpm'];
  if (!has('pnpm')) {
    heading(`Installing pnpm ${PNPM_VERSION}`);
    if (!run('npm', ['install', '--global', `pnpm@${PNPM_VERSION}`]) || !has('pnpm')) {
      pnpm = ['npx', '--yes', `pnpm@${PNPM_VERSION}`];
    }
  }
  return pnpm;
}

export function runPnpm(args, options) {
  const [command, ...prefix] = pnpmCommand();
  return run(command, [...prefix, ...args], options);
}

/** Installs dependencies (frozen lockfile under CI, as pnpm does there by default). */
export function installDependencies() {
  heading('Installing dependencies');
  return runPnpm(['install', ...(process.env.CI ? ['--frozen-lockfile'] : [])]);
}

export const CHROMIUM = process.env.PLUGBOARD_CHROMIUM ?? '/usr/bin/chromium';

/**
 * Debian's Chromium for the browser suites, installed with apt when missing and possible (root).
 * Nothing downloads a browser of its own.
 */
export function ensureChromium() {
  if (existsSync(CHROMIUM)) return true;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !has('apt-get', ['--version'])) return false;
  heading("Installing Debian's Chromium (apt)");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update', '-qq'], { env });
  run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], { env });
  return existsSync(CHROMIUM);
}
