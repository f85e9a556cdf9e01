import { describe, expect, it } from 'vitest';
import {
  CODAT_BASE_URL,
  CODAT_COMPANY_IDS,
  DEFAULT_CONSUMER_ID,
  VAULT_BASE_URL,
} from '../src/index';
import { createTestSandbox } from './support/testSandbox';
import {
  apiKeyHeaders,
  apiRequest,
  call,
  callCodat,
  sessionHeaders,
} from './support/vaultRequests';

const headers = apiKeyHeaders();
const companyPath = `/companies/${CODAT_COMPANY_IDS.northwindBakery}`;

describe('fault injection', () => {
  it('forces a status with the Vault error body, for a number of times', async () => {
    const sandbox = createTestSandbox();
    sandbox.faults.add({ operationId: 'connectionsAll', status: 503, times: 2 });
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const { status, body, response } = await call(sandbox, '/vault/connections', { headers });
      expect(status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('1');
      expect(body).toMatchObject({
        status_code: 503,
        error: 'Service Unavailable',
        type_name: 'ServiceUnavailableError',
      });
    }
    expect((await call(sandbox, '/vault/connections', { headers })).status).toBe(200);
    expect(sandbox.faults.list()).toEqual([]);
  });

  it('forces a 429 with Codat’s error body and the Retry-After it is given', async () => {
    const sandbox = createTestSandbox();
    sandbox.faults.add({ operationId: 'list-connections', status: 429, retryAfter: '120' });
    const { status, body, response } = await callCodat(sandbox, `${companyPath}/connections`);
    expect(status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('120');
    expect(body).toMatchObject({
      statusCode: 429,
      service: 'PublicApi',
      canBeRetried: 'True',
      detailedErrorCode: 0,
    });
    expect(typeof body.correlationId).toBe('string');
  });

  it('forces a 401 that reads like an expired session', async () => {
    const sandbox = createTestSandbox();
    sandbox.faults.add({ method: 'get', path: '/vault/connections', status: 401, times: 1 });
    const token = await sandbox.createSessionToken({ consumerId: DEFAULT_CONSUMER_ID });
    const { status, body } = await call(sandbox, '/vault/connections', {
      headers: sessionHeaders(token),
    });
    expect(status).toBe(401);
    expect(body.detail).toBe('Invalid Authorization Token');
  });

  it('adds latency', async () => {
    const sandbox = createTestSandbox();
    sandbox.faults.add({ operationId: 'connectionsOne', latencyMs: 150 });
    const started = performance.now();
    const { status } = await call(sandbox, '/vault/connections/crm/nimbus-crm', { headers });
    expect(status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('drops the connection', async () => {
    const sandbox = createTestSandbox();
    sandbox.faults.add({ operationId: 'connectionsUpdate', drop: true, times: 1 });
    const dropped = await sandbox.handle(
      apiRequest('/vault/connections/crm/relata', {
        method: 'PATCH',
        headers,
        body: { enabled: false },
      }),
    );
    expect(dropped.type).toBe('error');
    expect(dropped.status).toBe(0);
    // A dropped request changes nothing.
    expect(
      (await call(sandbox, '/vault/connections/crm/relata', { headers })).body.data.enabled,
    ).toBe(true);
  });

  it('serves malformed JSON', async () => {
    const sandbox = createTestSandbox();
    sandbox.faults.add({ operationId: 'connectionsAll', body: 'malformed-json' });
    const response = await sandbox.handle(apiRequest('/vault/connections', { headers }));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/json');
    await expect(response.json()).rejects.toThrow(SyntaxError);
  });

  it('serves the real answer made to break the schema', async () => {
    const sandbox = createTestSandbox();
    sandbox.faults.add({ operationId: 'connectionsAll', body: 'schema-violation' });
    const { status, body } = await call(sandbox, '/vault/connections', { headers });
    expect(status).toBe(200);
    expect(body.status_code).toBe('200');
    expect(body.data.length).toBeGreaterThan(40);

    sandbox.faults.add({ operationId: 'get-company-access-token', body: 'schema-violation' });
    const codat = await callCodat(sandbox, `${companyPath}/accessToken`);
    expect(typeof codat.body.accessToken).toBe('number');
  });

  it('matches by path glob or RegExp and method, and can be removed', async () => {
    const sandbox = createTestSandbox();
    const remove = sandbox.faults.add({
      path: '/vault/connections/crm/*',
      method: 'GET',
      status: 500,
    });
    expect((await call(sandbox, '/vault/connections/crm/nimbus-crm', { headers })).status).toBe(
      500,
    );
    expect((await call(sandbox, '/vault/connections/hris/peoplebase', { headers })).status).toBe(
      200,
    );
    expect(
      (await call(sandbox, '/vault/connections/crm/nimbus-crm/leads/config', { headers })).status,
    ).toBe(200);
    expect(
      (await call(sandbox, '/vault/connections/crm/relata', { method: 'PATCH', headers, body: {} }))
        .status,
    ).toBe(200);
    remove();
    expect((await call(sandbox, '/vault/connections/crm/nimbus-crm', { headers })).status).toBe(
      200,
    );

    sandbox.faults.add({ path: /\/config$/, status: 502 });
    expect(
      (await call(sandbox, '/vault/connections/crm/nimbus-crm/leads/config', { headers })).status,
    ).toBe(502);
    sandbox.faults.add({ path: '/vault/**', status: 504 });
    expect((await call(sandbox, '/vault/connections', { headers })).status).toBe(504);
    sandbox.faults.clear();
    expect((await call(sandbox, '/vault/connections', { headers })).status).toBe(200);
  });
});

describe('control routes', () => {
  async function control(
    sandbox: ReturnType<typeof createTestSandbox>,
    method: string,
    path: string,
    body?: unknown,
  ) {
    return call(sandbox, path, { method, body });
  }

  it('adds and clears faults over HTTP', async () => {
    const sandbox = createTestSandbox();
    const added = await control(sandbox, 'POST', '/__sandbox/faults', {
      operationId: 'connectionsAll',
      status: 402,
      times: 1,
    });
    expect(added.status).toBe(201);
    expect(added.body.faults).toEqual([{ operationId: 'connectionsAll', status: 402, times: 1 }]);
    const limited = await call(sandbox, '/vault/connections', { headers });
    expect(limited.status).toBe(402);
    expect(limited.body).toMatchObject({
      type_name: 'RequestLimitError',
      detail: 'You have reached your limit of 2000',
    });

    await control(sandbox, 'POST', '/__sandbox/faults', [
      { pathPattern: '^/companies/', status: 500 },
      { path: '/vault/**', latencyMs: 1 },
    ]);
    expect(sandbox.faults.list()).toHaveLength(2);
    expect((await control(sandbox, 'DELETE', '/__sandbox/faults')).status).toBe(204);
    expect(sandbox.faults.list()).toEqual([]);
  });

  it('rejects faults it cannot read', async () => {
    const sandbox = createTestSandbox();
    const { status, body } = await control(sandbox, 'POST', '/__sandbox/faults', {
      status: 'broken',
      colour: 'red',
    });
    expect(status).toBe(400);
    expect(body.error).toMatch(/colour/);
  });

  it('expires sessions early over HTTP', async () => {
    let now = Date.parse('2026-09-01T10:00:00Z');
    const sandbox = createTestSandbox({ now: () => now });
    const token = await sandbox.createSessionToken({ consumerId: DEFAULT_CONSUMER_ID });
    await control(sandbox, 'POST', '/__sandbox/faults', { expireSessionsAfter: 10 });
    now += 11_000;
    expect(
      (await call(sandbox, '/vault/connections', { headers: sessionHeaders(token) })).status,
    ).toBe(401);
    await control(sandbox, 'DELETE', '/__sandbox/faults');
    expect(
      (await call(sandbox, '/vault/connections', { headers: sessionHeaders(token) })).status,
    ).toBe(200);
  });

  it('resets and shows the state', async () => {
    const sandbox = createTestSandbox();
    await call(sandbox, '/vault/connections/crm/nimbus-crm', { method: 'DELETE', headers });
    const changed = await control(sandbox, 'GET', '/__sandbox/state');
    expect(
      changed.body.consumers[DEFAULT_CONSUMER_ID].connections['crm+nimbus-crm'],
    ).toBeUndefined();
    expect((await control(sandbox, 'POST', '/__sandbox/reset')).status).toBe(204);
    const restored = await control(sandbox, 'GET', '/__sandbox/state');
    expect(restored.body.consumers[DEFAULT_CONSUMER_ID].connections['crm+nimbus-crm'].enabled).toBe(
      true,
    );
    expect((await control(sandbox, 'GET', '/__sandbox/nothing')).status).toBe(404);
  });

  it('are not subject to faults, and work on the Codat origin too', async () => {
    const sandbox = createTestSandbox();
    sandbox.faults.add({ status: 500 });
    const response = await sandbox.handle(new Request(`${CODAT_BASE_URL}/__sandbox/state`));
    expect(response.status).toBe(200);
    expect(
      (
        await sandbox.handle(
          new Request(`${VAULT_BASE_URL}/__sandbox/faults`, { method: 'DELETE' }),
        )
      ).status,
    ).toBe(204);
  });
});
