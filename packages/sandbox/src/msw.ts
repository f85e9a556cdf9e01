import { HttpResponse, http, type RequestHandler } from 'msw';
import type { Sandbox } from './createSandbox';
import { CODAT_BASE_URL, VAULT_BASE_URL } from './sandboxDefaults';

/** Options of {@link sandboxHandlers}. */
export interface SandboxHandlersOptions {
  /** @default 'https://unify.apideck.com' */
  vaultBaseUrl?: string;
  /** @default 'https://api.codat.io' */
  codatBaseUrl?: string;
}

/**
 * MSW 2 handlers that forward every request under the Vault and Codat base URLs (and under the
 * sandbox's own `baseUrl`, when different) to `sandbox.handle`. A dropped connection becomes
 * `HttpResponse.error()`. Works with `setupServer` (msw/node) and `setupWorker` (msw/browser).
 *
 * @example
 * const sandbox = createSandbox();
 * const server = setupServer(...sandboxHandlers(sandbox));
 * server.listen({ onUnhandledRequest: 'error' });
 */
export function sandboxHandlers(
  sandbox: Sandbox,
  options: SandboxHandlersOptions = {},
): RequestHandler[] {
  const bases = new Set(
    [
      options.vaultBaseUrl ?? VAULT_BASE_URL,
      options.codatBaseUrl ?? CODAT_BASE_URL,
      sandbox.baseUrl,
    ].map((url) => url.replace(/\/+$/, '')),
  );
  return [...bases].map((base) =>
    http.all(`${base}/*`, async ({ request }) => {
      const response = await sandbox.handle(request);
      return response.type === 'error' ? HttpResponse.error() : response;
    }),
  );
}
