import { afterEach, expect } from 'vitest';
import { takeContractViolations } from './contractWatch';

// Every sandbox made with `createTestSandbox` reports its exchanges; any answer that breaks the
// spec's schema fails the test that caused it.
afterEach(async () => {
  expect(await takeContractViolations()).toEqual([]);
});
