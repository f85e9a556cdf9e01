import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CODAT_COMPANY_IDS, DEFAULT_CONSUMER_ID } from '../src/index';
import { sandboxHandlers } from '../src/msw';
import { createTestSandbox } from './support/testSandbox';
import { apiKeyHeaders, codatApiKeyHeaders, sessionHeaders } from './support/vaultRequests';

const sandbox = createTestSandbox();
const server = setupServer(...sandboxHandlers(sandbox));

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  return sandbox.reset();
});
afterAll(() => server.close());

describe('MSW handlers (setupServer in Node)', () => {
  it('answer Vault requests to https://unify.apideck.com through fetch', async () => {
    const token = await sandbox.createSessionToken({ consumerId: DEFAULT_CONSUMER_ID });
    const response = await fetch('https://unify.apideck.com/vault/connections?configured=true', {
      headers: sessionHeaders(token),
    });
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.data.length).toBeGreaterThan(20);
  });

  it('keep state between requests and reset between tests', async () => {
    const patched = await fetch(
      'https://unify.apideck.com/vault/connections/file-storage/open-bucket',
      {
        method: 'PATCH',
        headers: { ...apiKeyHeaders(), 'content-type': 'application/json' },
        body: JSON.stringify({ enabled: true }),
      },
    );
    expect((await patched.json()).data.state).toBe('callable');
    await sandbox.reset();
    const after = await fetch(
      'https://unify.apideck.com/vault/connections/file-storage/open-bucket',
      { headers: apiKeyHeaders() },
    );
    expect((await after.json()).data.state).toBe('available');
  });

  it('answer Codat requests to https://api.codat.io', async () => {
    const response = await fetch(
      `https://api.codat.io/companies/${CODAT_COMPANY_IDS.northwindBakery}/accessToken`,
      {
        headers: codatApiKeyHeaders(),
      },
    );
    expect(response.status).toBe(200);
    expect((await response.json()).tokenType).toBe('Bearer');
  });

  it('turn a dropped connection into a network error', async () => {
    sandbox.faults.add({ operationId: 'connectionsAll', drop: true, times: 1 });
    await expect(
      fetch('https://unify.apideck.com/vault/connections', { headers: apiKeyHeaders() }),
    ).rejects.toThrow(TypeError);
  });

  it('pass forced statuses and Retry-After through', async () => {
    sandbox.faults.add({ operationId: 'connectionsOne', status: 429, retryAfter: '2', times: 1 });
    const response = await fetch('https://unify.apideck.com/vault/connections/crm/nimbus-crm', {
      headers: apiKeyHeaders(),
    });
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('2');
  });

  it('also serve the sandbox under a custom base URL', async () => {
    const custom = createTestSandbox({ baseUrl: 'http://localhost:6006/sandbox-api' });
    server.use(...sandboxHandlers(custom));
    const list = await fetch('http://localhost:6006/sandbox-api/vault/connections?api=crm', {
      headers: apiKeyHeaders(),
    });
    const nimbus = (await list.json()).data.find(
      (connection: { id: string }) => connection.id === 'crm+nimbus-crm',
    );
    expect(nimbus.logo).toBe('http://localhost:6006/sandbox-api/sandbox/logos/nimbus-crm.svg');
    const logo = await fetch(nimbus.logo);
    expect(logo.headers.get('content-type')).toBe('image/svg+xml');
  });
});
