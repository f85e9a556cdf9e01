import { createSandbox, type Sandbox, type SandboxOptions } from '../../src/index';
import { watchContract } from './contractWatch';

/** A fresh sandbox whose every answer is checked against the specs. */
export function createTestSandbox(options: SandboxOptions = {}): Sandbox {
  const sandbox = createSandbox(options);
  watchContract(sandbox);
  return sandbox;
}
