import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { configDefaults, defineProject } from 'vitest/config';

const specsDirectory = process.env.PLUGBOARD_SPECS_DIR
  ? resolve(process.env.PLUGBOARD_SPECS_DIR)
  : join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'specs');
const specsAvailable =
  existsSync(join(specsDirectory, 'apideck-vault.yml')) &&
  existsSync(join(specsDirectory, 'codat-platform.json'));

export default defineProject({
  resolve: { conditions: ['@plugboard/source'] },
  ssr: { resolve: { conditions: ['@plugboard/source'] } },
  test: {
    name: 'sandbox',
    environment: 'node',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    setupFiles: ['test/support/contractSetup.ts'],
    // The contract suites read the vendors' specs from outside the repository; without them they
    // are left out rather than failing.
    exclude: specsAvailable
      ? configDefaults.exclude
      : [...configDefaults.exclude, '**/*.contract.test.ts'],
  },
});
