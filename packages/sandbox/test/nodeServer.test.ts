import { afterEach, describe, expect, it } from 'vitest';
import { CODAT_COMPANY_IDS, DEFAULT_CONSUMER_ID } from '../src/index';
import { createSandboxServer, type SandboxServer } from '../src/node';
import { createTestSandbox } from './support/testSandbox';
import { apiKeyHeaders, codatApiKeyHeaders, sessionHeaders } from './support/vaultRequests';

let server: SandboxServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start() {
  server = createSandboxServer({ port: 0, sandbox: createTestSandbox() });
  const { baseUrl } = await server.listen();
  return { baseUrl, sandbox: server.sandbox };
}

describe('the node server', () => {
  it('serves the Vault API over real HTTP on its own origin', async () => {
    const { baseUrl } = await start();
    expect(baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await fetch(`${baseUrl}/vault/connections?api=crm`, {
      headers: apiKeyHeaders(),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    const body = await response.json();
    const nimbus = body.data.find(
      (connection: { id: string }) => connection.id === 'crm+nimbus-crm',
    );
    expect(nimbus.authorize_url.startsWith(`${baseUrl}/vault/authorize/nimbus-crm/`)).toBe(true);
    expect(nimbus.logo).toBe(`${baseUrl}/sandbox/logos/nimbus-crm.svg`);
    const logo = await fetch(nimbus.logo);
    expect(logo.headers.get('content-type')).toBe('image/svg+xml');
  });

  it('round-trips bodies, status codes and sessions', async () => {
    const { baseUrl, sandbox } = await start();
    const token = await sandbox.createSessionToken({ consumerId: DEFAULT_CONSUMER_ID });
    const updated = await fetch(`${baseUrl}/vault/connections/accounting/tallybook`, {
      method: 'PATCH',
      headers: { ...sessionHeaders(token), 'content-type': 'application/json' },
      body: JSON.stringify({ enabled: true, settings: { api_key: 'tb_1' } }),
    });
    expect(updated.status).toBe(200);
    expect((await updated.json()).data.state).toBe('callable');
    const deleted = await fetch(`${baseUrl}/vault/connections/accounting/tallybook`, {
      method: 'DELETE',
      headers: apiKeyHeaders(),
    });
    expect(deleted.status).toBe(204);
    expect(await deleted.text()).toBe('');
    const unauthorized = await fetch(`${baseUrl}/vault/connections`);
    expect(unauthorized.status).toBe(401);
  });

  it('answers CORS preflights', async () => {
    const { baseUrl } = await start();
    const response = await fetch(`${baseUrl}/vault/connections`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:5173',
        'access-control-request-method': 'PATCH',
        'access-control-request-headers': 'authorization,x-apideck-auth-type',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-headers')).toBe(
      'authorization,x-apideck-auth-type',
    );
    expect(response.headers.get('access-control-allow-methods')).toContain('PATCH');
  });

  it('serves Codat paths on the same origin', async () => {
    const { baseUrl } = await start();
    const response = await fetch(
      `${baseUrl}/companies/${CODAT_COMPANY_IDS.northwindBakery}/connections`,
      { headers: codatApiKeyHeaders() },
    );
    expect(response.status).toBe(200);
    expect((await response.json()).totalResults).toBe(5);
  });

  it('runs the OAuth flow with real redirects', async () => {
    const { baseUrl } = await start();
    const list = await (
      await fetch(`${baseUrl}/vault/connections?api=ats`, { headers: apiKeyHeaders() })
    ).json();
    const talentpool = list.data.find(
      (connection: { id: string }) => connection.id === 'ats+talentpool',
    );
    const url = `${talentpool.authorize_url}&redirect_uri=${encodeURIComponent('https://app.acme.example/done')}&nonce=abc`;
    const page = await fetch(url);
    expect(page.status).toBe(200);
    const decisionToken =
      /name="decision_token" value="([^"]+)"/.exec(await page.text())?.[1] ?? '';
    const approved = await fetch(url, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ decision_token: decisionToken, decision: 'approve' }),
    });
    expect(approved.status).toBe(302);
    expect(approved.headers.get('location')).toMatch(
      /^https:\/\/app\.acme\.example\/done#nonce=abc&confirm_token=/,
    );
  });

  it('destroys the socket for a dropped connection', async () => {
    const { baseUrl, sandbox } = await start();
    sandbox.faults.add({ operationId: 'connectionsAll', drop: true, times: 1 });
    await expect(
      fetch(`${baseUrl}/vault/connections`, { headers: apiKeyHeaders() }),
    ).rejects.toThrow(TypeError);
    expect((await fetch(`${baseUrl}/vault/connections`, { headers: apiKeyHeaders() })).status).toBe(
      200,
    );
  });

  it('takes faults and resets over HTTP', async () => {
    const { baseUrl } = await start();
    const added = await fetch(`${baseUrl}/__sandbox/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ operationId: 'connectionsOne', status: 503, times: 1 }),
    });
    expect(added.status).toBe(201);
    const failed = await fetch(`${baseUrl}/vault/connections/crm/nimbus-crm`, {
      headers: apiKeyHeaders(),
    });
    expect(failed.status).toBe(503);
    expect(failed.headers.get('retry-after')).toBe('1');
    await fetch(`${baseUrl}/vault/connections/crm/nimbus-crm`, {
      method: 'DELETE',
      headers: apiKeyHeaders(),
    });
    expect((await fetch(`${baseUrl}/__sandbox/reset`, { method: 'POST' })).status).toBe(204);
    const state = await (await fetch(`${baseUrl}/__sandbox/state`)).json();
    expect(state.consumers[DEFAULT_CONSUMER_ID].connections['crm+nimbus-crm']).toBeDefined();
  });

  it('creates its own sandbox when given none, and can be closed twice', async () => {
    server = createSandboxServer();
    const { baseUrl } = await server.listen();
    expect(server.sandbox.baseUrl).toBe(baseUrl);
    expect((await fetch(`${baseUrl}/vault/connections`, { headers: apiKeyHeaders() })).status).toBe(
      200,
    );
    await server.close();
    await server.close();
    await expect(fetch(`${baseUrl}/vault/connections`)).rejects.toThrow();
  });
});
