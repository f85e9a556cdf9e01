import { describe, expect, it } from 'vitest';
import { createTokenSigner } from '../src/crypto/tokenSigner';
import { DEFAULT_CONSUMER_ID, SANDBOX_API_KEY, SANDBOX_APP_ID } from '../src/index';
import { createTestSandbox } from './support/testSandbox';
import { apiKeyHeaders, call, sessionHeaders } from './support/vaultRequests';

const CONNECTION = '/vault/connections/crm/nimbus-crm';

describe('Vault authentication', () => {
  it('accepts the API key with the app id and consumer headers', async () => {
    const sandbox = createTestSandbox();
    const { status, body } = await call(sandbox, CONNECTION, { headers: apiKeyHeaders() });
    expect(status).toBe(200);
    expect(body.data.id).toBe('crm+nimbus-crm');
    expect(body.data.state).toBe('callable');
  });

  it('accepts a session JWT sent with x-apideck-auth-type: JWT and the headers from its claims', async () => {
    const sandbox = createTestSandbox();
    const token = await sandbox.createSessionToken({ consumerId: DEFAULT_CONSUMER_ID });
    const { status, body } = await call(sandbox, CONNECTION, { headers: sessionHeaders(token) });
    expect(status).toBe(200);
    expect(body.data.state).toBe('callable');
  });

  it('answers 401 "Invalid Authorization Token" without an Authorization header', async () => {
    const sandbox = createTestSandbox();
    const { status, body } = await call(sandbox, CONNECTION, {
      headers: { 'x-apideck-app-id': SANDBOX_APP_ID, 'x-apideck-consumer-id': DEFAULT_CONSUMER_ID },
    });
    expect(status).toBe(401);
    expect(body).toEqual({
      status_code: 401,
      error: 'Unauthorized',
      type_name: 'UnauthorizedError',
      message: 'Unauthorized Request',
      detail: 'Invalid Authorization Token',
      ref: 'https://developers.apideck.com/errors#unauthorizederror',
    });
  });

  it('rejects an unknown API key', async () => {
    const sandbox = createTestSandbox();
    const { status, body } = await call(sandbox, CONNECTION, {
      headers: { ...apiKeyHeaders(), authorization: 'Bearer sk_live_not_ours' },
    });
    expect(status).toBe(401);
    expect(body.detail).toBe('Invalid Authorization Token');
  });

  it('rejects an expired session token', async () => {
    let now = Date.parse('2026-09-01T10:00:00Z');
    const sandbox = createTestSandbox({ now: () => now });
    const token = await sandbox.createSessionToken({
      consumerId: DEFAULT_CONSUMER_ID,
      expiresInSeconds: 60,
    });
    expect((await call(sandbox, CONNECTION, { headers: sessionHeaders(token) })).status).toBe(200);
    now += 61_000;
    const { status, body } = await call(sandbox, CONNECTION, { headers: sessionHeaders(token) });
    expect(status).toBe(401);
    expect(body.detail).toBe('Invalid Authorization Token');
  });

  it('expires sessions early with expireSessionsAfter, and lifts it again', async () => {
    let now = Date.parse('2026-09-01T10:00:00Z');
    const sandbox = createTestSandbox({ now: () => now });
    const token = await sandbox.createSessionToken({ consumerId: DEFAULT_CONSUMER_ID });
    sandbox.expireSessionsAfter(5);
    now += 6_000;
    expect((await call(sandbox, CONNECTION, { headers: sessionHeaders(token) })).status).toBe(401);
    sandbox.expireSessionsAfter(undefined);
    expect((await call(sandbox, CONNECTION, { headers: sessionHeaders(token) })).status).toBe(200);
  });

  it('rejects a session token signed with another secret', async () => {
    const sandbox = createTestSandbox();
    const forged = await createTokenSigner('not-the-sandbox-secret').sign('session', {
      application_id: SANDBOX_APP_ID,
      consumer_id: DEFAULT_CONSUMER_ID,
      iat: Math.floor(Date.now() / 1000),
      exp: Math.floor(Date.now() / 1000) + 3600,
    });
    const { status, body } = await call(sandbox, CONNECTION, { headers: sessionHeaders(forged) });
    expect(status).toBe(401);
    expect(body.detail).toBe('Invalid Authorization Token');
  });

  it('rejects a session token whose payload was tampered with', async () => {
    const sandbox = createTestSandbox();
    const token = await sandbox.createSessionToken({ consumerId: 'someone-else' });
    const [header, , signature] = token.split('.');
    const payload = btoa(
      JSON.stringify({
        application_id: SANDBOX_APP_ID,
        consumer_id: DEFAULT_CONSUMER_ID,
        iat: 1,
        exp: 9_999_999_999,
      }),
    )
      .replace(/=+$/, '')
      .replace(/\+/g, '-')
      .replace(/\//g, '_');
    const { status } = await call(sandbox, CONNECTION, {
      headers: sessionHeaders(`${header}.${payload}.${signature}`),
    });
    expect(status).toBe(401);
  });

  it('does not take a session JWT as an API key when x-apideck-auth-type is missing', async () => {
    const sandbox = createTestSandbox();
    const token = await sandbox.createSessionToken({ consumerId: DEFAULT_CONSUMER_ID });
    const { 'x-apideck-auth-type': _authType, ...headers } = sessionHeaders(token);
    expect((await call(sandbox, CONNECTION, { headers })).status).toBe(401);
  });

  it('rejects a session for another application', async () => {
    const sandbox = createTestSandbox();
    const token = await sandbox.createSessionToken({
      consumerId: DEFAULT_CONSUMER_ID,
      applicationId: 'other-app',
    });
    expect((await call(sandbox, CONNECTION, { headers: sessionHeaders(token) })).status).toBe(401);
  });

  it('rejects a consumer header that disagrees with the session token', async () => {
    const sandbox = createTestSandbox();
    const token = await sandbox.createSessionToken({ consumerId: 'consumer-a' });
    const { status, body } = await call(sandbox, CONNECTION, {
      headers: sessionHeaders(token, 'consumer-b'),
    });
    expect(status).toBe(401);
    expect(body.detail).toMatch(/x-apideck-consumer-id header does not match the session/);
  });

  it('answers 400 RequestHeadersValidationError when the consumer header is missing (API key)', async () => {
    const sandbox = createTestSandbox();
    const { status, body } = await call(sandbox, CONNECTION, { headers: apiKeyHeaders(null) });
    expect(status).toBe(400);
    expect(body).toMatchObject({
      status_code: 400,
      error: 'Bad Request',
      type_name: 'RequestHeadersValidationError',
      detail: 'Missing Header: x-apideck-consumer-id',
    });
  });

  it('answers 400 when the consumer header is missing with a session token too', async () => {
    const sandbox = createTestSandbox();
    const token = await sandbox.createSessionToken({ consumerId: DEFAULT_CONSUMER_ID });
    const { 'x-apideck-consumer-id': _consumer, ...headers } = sessionHeaders(token);
    const { status, body } = await call(sandbox, CONNECTION, { headers });
    expect(status).toBe(400);
    expect(body.detail).toBe('Missing Header: x-apideck-consumer-id');
  });

  it('answers 400 when the app id header is missing', async () => {
    const sandbox = createTestSandbox();
    const { status, body } = await call(sandbox, CONNECTION, {
      headers: {
        authorization: `Bearer ${SANDBOX_API_KEY}`,
        'x-apideck-consumer-id': DEFAULT_CONSUMER_ID,
      },
    });
    expect(status).toBe(400);
    expect(body.type_name).toBe('RequestHeadersValidationError');
    expect(body.detail).toBe('Missing Header: x-apideck-app-id');
  });

  it('lets GET /vault/connections go without a consumer: every connection is available', async () => {
    const sandbox = createTestSandbox();
    const { status, body } = await call(sandbox, '/vault/connections', {
      headers: apiKeyHeaders(null),
    });
    expect(status).toBe(200);
    expect(body.data.length).toBeGreaterThanOrEqual(40);
    expect(new Set(body.data.map((connection: { state: string }) => connection.state))).toEqual(
      new Set(['available']),
    );
  });

  it('checks auth on every Vault operation', async () => {
    const sandbox = createTestSandbox();
    const calls: Array<[string, string]> = [
      ['GET', '/vault/connections'],
      ['GET', CONNECTION],
      ['PATCH', CONNECTION],
      ['DELETE', CONNECTION],
      ['POST', `${CONNECTION}/import`],
      ['POST', `${CONNECTION}/token`],
      ['POST', `${CONNECTION}/validate`],
      ['POST', `${CONNECTION}/confirm`],
      ['GET', `${CONNECTION}/leads/config`],
      ['PATCH', `${CONNECTION}/leads/config`],
      ['POST', '/vault/sessions'],
    ];
    for (const [method, path] of calls) {
      const { status } = await call(sandbox, path, {
        method,
        body: method === 'GET' || method === 'DELETE' ? undefined : {},
      });
      expect(status, `${method} ${path}`).toBe(401);
    }
    // Nothing changed while unauthenticated.
    expect((await call(sandbox, CONNECTION, { headers: apiKeyHeaders() })).body.data.state).toBe(
      'callable',
    );
  });
});
