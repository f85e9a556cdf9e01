import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  CODAT_COMPANY_IDS,
  createSandbox,
  generateCatalogue,
  SANDBOX_API_KEY,
  SANDBOX_APP_ID,
  SANDBOX_CODAT_API_KEY,
} from '@plugboard/sandbox';
import { createSandboxMiddleware } from '@plugboard/sandbox/node';
import { createCodatAccessTokenHandler, createVaultSessionHandler } from '@plugboard/server';
import { toNodeHandler } from '@plugboard/server/node';
import react from '@vitejs/plugin-react';
import {
  defaultClientConditions,
  defineConfig,
  type Plugin,
  type PreviewServer,
  type ViteDevServer,
} from 'vite';

/**
 * The demo's backend, in its dev (and preview) server. The browser only ever talks to this origin:
 * `/api/vault-session` and `/api/codat-token` are `@plugboard/server` handlers, and `/vault/…`
 * is the Vault API — the sandbox by default, or Apideck itself (proxied) when `APIDECK_API_KEY`,
 * `APIDECK_APP_ID` and `CODAT_API_KEY` are set. The browser code is the same in both modes.
 */
const real = Boolean(
  process.env.APIDECK_API_KEY && process.env.APIDECK_APP_ID && process.env.CODAT_API_KEY,
);

/** Who is signed in. A real app reads its own session cookie here; the demo has one user. */
const DEMO_CONSUMER = {
  consumerId: process.env.DEMO_CONSUMER_ID ?? 'test-consumer',
  metadata: { user_name: 'Demo user' },
};
const DEMO_COMPANY_ID = process.env.DEMO_CODAT_COMPANY_ID ?? CODAT_COMPANY_IDS.northwindBakery;

type Middleware = (request: IncomingMessage, response: ServerResponse, next: () => void) => void;

function demoBackend(): Plugin {
  // DEMO_CATALOGUE_SIZE=1000 serves a generated catalogue (the benchmarks use it).
  const catalogueSize = Number(process.env.DEMO_CATALOGUE_SIZE ?? 0);
  const sandbox = real
    ? undefined
    : createSandboxMiddleware(
        catalogueSize > 0
          ? {
              sandbox: createSandbox({
                catalogue: generateCatalogue({ size: catalogueSize, seed: 2026 }),
              }),
            }
          : {},
      );
  let handlers: { session: Middleware; codatToken: Middleware; config: Middleware } | undefined;

  // Built on the first request, when the server's own origin (the sandbox's base URL) is known.
  const handlersFor = (origin: string) => {
    handlers ??= {
      session: toNodeHandler(
        createVaultSessionHandler({
          apiKey: real ? (process.env.APIDECK_API_KEY as string) : SANDBOX_API_KEY,
          appId: real ? (process.env.APIDECK_APP_ID as string) : SANDBOX_APP_ID,
          baseUrl: real ? undefined : origin,
          resolveConsumer: () => DEMO_CONSUMER,
          session: { redirect_uri: `${origin}/` },
        }),
      ),
      codatToken: toNodeHandler(
        createCodatAccessTokenHandler({
          apiKey: real ? (process.env.CODAT_API_KEY as string) : SANDBOX_CODAT_API_KEY,
          baseUrl: real ? undefined : origin,
          resolveCompanyId: () => DEMO_COMPANY_ID,
        }),
      ),
      config: (_request, response) => {
        response.writeHead(200, {
          'content-type': 'application/json',
          'cache-control': 'no-store',
        });
        response.end(
          JSON.stringify({ mode: real ? 'live' : 'sandbox', codatCompanyId: DEMO_COMPANY_ID }),
        );
      },
    };
    return handlers;
  };

  const routes: Middleware = (request, response, next) => {
    const origin = `http://${request.headers.host ?? '127.0.0.1'}`;
    const path = (request.url ?? '/').split('?')[0];
    if (path === '/api/vault-session') return handlersFor(origin).session(request, response, next);
    if (path === '/api/codat-token') return handlersFor(origin).codatToken(request, response, next);
    if (path === '/api/demo-config') return handlersFor(origin).config(request, response, next);
    next();
  };

  const mount = (server: ViteDevServer | PreviewServer) => {
    if (sandbox) server.middlewares.use(sandbox);
    server.middlewares.use(routes);
  };
  return { name: 'plugboard-demo-backend', configureServer: mount, configurePreviewServer: mount };
}

/** With real keys, the Vault API is proxied so the browser keeps talking to its own origin. */
const vaultProxy = real
  ? { '/vault': { target: 'https://unify.apideck.com', changeOrigin: true, secure: true } }
  : undefined;

export default defineConfig({
  plugins: [react(), demoBackend()],
  // Workspace packages resolve to their sources in the demo (instant edits, no rebuild).
  resolve: { conditions: ['@plugboard/source', ...defaultClientConditions] },
  server: { port: 5173, strictPort: false, proxy: vaultProxy },
  preview: { port: 4173, proxy: vaultProxy },
});
