import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(fileURLToPath(import.meta.url));

/** Where the vendors' OpenAPI documents live (the same rule as `@plugboard/contract-testing`). */
const specsDirectory = process.env.PLUGBOARD_SPECS_DIR
  ? resolve(process.env.PLUGBOARD_SPECS_DIR)
  : join(root, '..', 'shared', 'specs');

let warned = false;

/**
 * Contract suites (`*.contract.test.ts`) read the specs at test time. Where the specs are missing
 * they are left out with one line of explanation; under CI, which always has them, that is an error.
 */
export function contractTestExcludes(): string[] {
  const found = ['apideck-vault.yml', 'codat-platform.json'].every((file) =>
    existsSync(join(specsDirectory, file)),
  );
  if (found) return [];
  if (process.env.CI) {
    throw new Error(
      `Contract specs not found in ${specsDirectory}; CI must have them (set PLUGBOARD_SPECS_DIR).`,
    );
  }
  if (!warned) {
    console.warn(
      `contract: no specs in ${specsDirectory} (set PLUGBOARD_SPECS_DIR); contract suites not run.`,
    );
    warned = true;
  }
  return ['**/*.contract.test.ts'];
}

/** Resolve workspace packages to their TypeScript sources in tests and type-checks. */
export const sourceConditions = {
  resolve: { conditions: ['@plugboard/source'] },
  ssr: { resolve: { conditions: ['@plugboard/source'] } },
};

/** Debian's Chromium, which the browser tests drive; nothing downloads a browser of its own. */
export const CHROMIUM_PATH = process.env.PLUGBOARD_CHROMIUM ?? '/usr/bin/chromium';

/** Flags that keep headless Chromium quiet on a closed network (see TOOLCHAIN.md). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Whether Chromium is installed, so browser suites can run. */
export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM_PATH);
}
