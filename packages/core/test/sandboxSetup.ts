import { createSandbox, type ExchangeInfo } from '@plugboard/sandbox';
import { sandboxHandlers } from '@plugboard/sandbox/msw';
import { setupServer } from 'msw/node';
import { createVaultClient, type VaultClient } from '../src/index';

/** One sandbox per test file, served through MSW; every exchange is recorded for contract checks. */
export function useSandboxOverMsw() {
  const sandbox = createSandbox();
  const exchanges: Array<{ request: Request; response: Response; info: ExchangeInfo }> = [];
  sandbox.onExchange((request, response, info) => exchanges.push({ request, response, info }));
  const server = setupServer(...sandboxHandlers(sandbox));
  return { sandbox, server, exchanges };
}

export const fastRetries = {
  strategy: 'backoff',
  backoff: { initialInterval: 5, maxInterval: 20, maxElapsedTime: 300 },
  retryConnectionErrors: true,
} as const;

export async function sessionClientFor(
  sandbox: ReturnType<typeof createSandbox>,
  overrides: { baseUrl?: string; consumerId?: string } = {},
): Promise<VaultClient> {
  return createVaultClient({
    session: await sandbox.createSessionToken({
      consumerId: overrides.consumerId ?? 'test-consumer',
    }),
    retries: fastRetries,
    ...(overrides.baseUrl ? { baseUrl: overrides.baseUrl } : {}),
  });
}
