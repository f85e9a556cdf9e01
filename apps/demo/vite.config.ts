import type { IncomingMessage, ServerResponse } from 'node:http';
import { createSandboxMiddleware } from '@plugboard/sandbox/node';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/** The consumer the demo signs in as. A real app takes it from its own authentication. */
const DEMO_CONSUMER_ID = 'test-consumer';

/**
 * Serves the sandbox on the dev (and preview) server's own origin, so the page, the fake API and
 * the OAuth consent popup share one origin, plus the app's session endpoint.
 */
function plugboardSandbox(): Plugin {
  const sandbox = createSandboxMiddleware();
  const sessionEndpoint = async (
    request: IncomingMessage,
    response: ServerResponse,
    next: () => void,
  ) => {
    if (request.url !== '/api/vault-session' || request.method !== 'POST') return next();
    const token = await sandbox.sandbox.createSessionToken({ consumerId: DEMO_CONSUMER_ID });
    response.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    response.end(JSON.stringify({ token }));
  };
  return {
    name: 'plugboard-sandbox',
    configureServer(server) {
      server.middlewares.use(sandbox);
      server.middlewares.use(sessionEndpoint);
    },
    configurePreviewServer(server) {
      server.middlewares.use(sandbox);
      server.middlewares.use(sessionEndpoint);
    },
  };
}

export default defineConfig({
  plugins: [react(), plugboardSandbox()],
  resolve: { conditions: ['@plugboard/source'] },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173 },
});
