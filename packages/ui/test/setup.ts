import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { sandbox, server } from './sandbox';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => sandbox.reset());
afterEach(() => {
  cleanup();
  sandbox.faults.clear();
  server.resetHandlers();
  // Absent in the node environment of the server-rendering test.
  globalThis.sessionStorage?.clear();
});
afterAll(() => server.close());
