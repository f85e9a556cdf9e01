import { createSandbox } from '@plugboard/sandbox';
import { sandboxHandlers } from '@plugboard/sandbox/msw';
import { setupServer } from 'msw/node';

/** One sandbox for the test run, reset before every test (see setup.ts). */
export const sandbox = createSandbox();
export const server = setupServer(...sandboxHandlers(sandbox));

/** Counts requests by `METHOD path` (for StrictMode and refetch assertions). */
export function countRequests() {
  const seen: string[] = [];
  const listener = ({ request }: { request: Request }) => {
    const url = new URL(request.url);
    seen.push(`${request.method} ${url.pathname}`);
  };
  server.events.on('request:start', listener);
  return {
    seen,
    count: (method: string, path: string) =>
      seen.filter((entry) => entry === `${method} ${path}`).length,
    stop: () => server.events.removeListener('request:start', listener),
  };
}
