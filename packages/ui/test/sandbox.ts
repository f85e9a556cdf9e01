import { createSandbox } from '@plugboard/sandbox';
import { sandboxHandlers } from '@plugboard/sandbox/msw';
import { setupServer } from 'msw/node';

/** One sandbox for the test run, reset before every test (see setup.ts). */
export const sandbox = createSandbox();
export const server = setupServer(...sandboxHandlers(sandbox));
