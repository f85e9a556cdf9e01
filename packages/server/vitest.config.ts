import { configDefaults, defineProject } from 'vitest/config';
import { contractTestExcludes, sourceConditions } from '../../vitest.shared.ts';

export default defineProject({
  ...sourceConditions,
  test: {
    name: 'server',
    environment: 'node',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: [...configDefaults.exclude, ...contractTestExcludes()],
  },
});
