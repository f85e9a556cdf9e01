import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { sandbox, server } from './sandbox';

// Lazily loaded parts (the details dialog) can take more than a second to arrive on a busy CI
// machine; waiting longer only matters when a test would otherwise fail.
configure({ asyncUtilTimeout: 5000 });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => sandbox.reset());
afterEach(() => {
  cleanup();
  sandbox.faults.clear();
  server.resetHandlers();
  sessionStorage.clear();
});
afterAll(() => server.close());
