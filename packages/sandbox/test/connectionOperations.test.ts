import { describe, expect, it } from 'vitest';
import { createTestSandbox } from './support/testSandbox';
import { apiKeyHeaders, call } from './support/vaultRequests';

const headers = apiKeyHeaders();

describe('POST …/token (client_credentials and password grants)', () => {
  it('makes a password-grant connection callable from its stored settings', async () => {
    const sandbox = createTestSandbox();
    const path = '/vault/connections/accounting/countwise';
    expect((await call(sandbox, path, { headers })).body.data).toMatchObject({
      state: 'added',
      health: 'needs_auth',
    });
    const { status, body } = await call(sandbox, `${path}/token`, {
      method: 'POST',
      headers,
      body: {},
    });
    expect(status).toBe(200);
    expect(body.data).toMatchObject({
      id: 'accounting+countwise',
      state: 'callable',
      health: 'ok',
      oauth_grant_type: 'password',
    });
  });

  it('names the missing client_id and client_secret of a client_credentials connection', async () => {
    const sandbox = createTestSandbox();
    const path = '/vault/connections/issue-tracking/issuehive';
    await call(sandbox, path, { method: 'PATCH', headers, body: { enabled: true } });
    const missing = await call(sandbox, `${path}/token`, { method: 'POST', headers });
    expect(missing.status).toBe(400);
    expect(missing.body.detail).toEqual({
      missing: [{ client_id: 'required' }, { client_secret: 'required' }],
    });

    await call(sandbox, path, {
      method: 'PATCH',
      headers,
      body: { settings: { client_id: 'ih-1', client_secret: 'ih-secret' } },
    });
    const done = await call(sandbox, `${path}/token`, { method: 'POST', headers, body: {} });
    expect(done.body.data.state).toBe('callable');
  });

  it('refuses credentials in the body', async () => {
    const sandbox = createTestSandbox();
    const { status, body } = await call(sandbox, '/vault/connections/accounting/countwise/token', {
      method: 'POST',
      headers,
      body: { client_secret: 'leaked' },
    });
    expect(status).toBe(400);
    expect(Object.keys(body.detail.invalid[0])).toEqual(['client_secret']);
  });

  it('answers 422 for a connector that uses the authorization code grant', async () => {
    const sandbox = createTestSandbox();
    const { status, body } = await call(sandbox, '/vault/connections/crm/nimbus-crm/token', {
      method: 'POST',
      headers,
      body: {},
    });
    expect(status).toBe(422);
    expect(body.type_name).toBe('InvalidStateError');
    expect(body.detail).toMatch(/authorization_code/);
  });

  it('turns the connection invalid when the provider rejects the secret', async () => {
    const sandbox = createTestSandbox();
    const path = '/vault/connections/hris/crewdesk';
    await call(sandbox, path, {
      method: 'PATCH',
      headers,
      body: { settings: { client_secret: 'invalid-secret' } },
    });
    const { status, body } = await call(sandbox, `${path}/token`, {
      method: 'POST',
      headers,
      body: {},
    });
    expect(status).toBe(422);
    expect(body).toMatchObject({
      type_name: 'ConnectorCredentialsError',
      detail: { invalid: [{ client_secret: 'Crewdesk rejected this value' }] },
    });
    expect((await call(sandbox, path, { headers })).body.data).toMatchObject({
      state: 'invalid',
      health: 'needs_auth',
    });
  });

  it('answers 404 when the consumer has not added the connection', async () => {
    const sandbox = createTestSandbox();
    const { status } = await call(sandbox, '/vault/connections/ecommerce/bazaar-commerce/token', {
      method: 'POST',
      headers,
      body: {},
    });
    expect(status).toBe(404);
  });
});

describe('POST …/import', () => {
  it('imports tokens and makes the connection callable', async () => {
    const sandbox = createTestSandbox();
    const { status, body } = await call(sandbox, '/vault/connections/file-storage/boxfort/import', {
      method: 'POST',
      headers,
      body: {
        credentials: {
          access_token: 'at-1',
          refresh_token: 'rt-1',
          issued_at: new Date().toISOString(),
          expires_in: 3600,
        },
        metadata: { imported_from: 'legacy' },
      },
    });
    expect(status).toBe(200);
    expect(body.data).toMatchObject({
      state: 'callable',
      health: 'ok',
      enabled: true,
      metadata: { imported_from: 'legacy' },
    });
  });

  it('queues tokens without issue time for refresh; validate refreshes them', async () => {
    const sandbox = createTestSandbox();
    const path = '/vault/connections/file-storage/boxfort';
    const imported = await call(sandbox, `${path}/import`, {
      method: 'POST',
      headers,
      body: { credentials: { access_token: 'at-2' } },
    });
    expect(imported.body.data).toMatchObject({ state: 'callable', health: 'pending_refresh' });
    const validated = await call(sandbox, `${path}/validate`, {
      method: 'POST',
      headers,
      body: {},
    });
    expect(validated.body).toEqual({
      status_code: 200,
      status: 'OK',
      data: { id: 'file-storage+boxfort', state: 'callable' },
    });
    expect((await call(sandbox, path, { headers })).body.data.health).toBe('ok');
  });

  it('names a missing access_token', async () => {
    const sandbox = createTestSandbox();
    const { status, body } = await call(sandbox, '/vault/connections/file-storage/boxfort/import', {
      method: 'POST',
      headers,
      body: { credentials: { refresh_token: 'rt' } },
    });
    expect(status).toBe(400);
    expect(body.detail).toEqual({ missing: [{ access_token: 'required' }] });
  });

  it('names unknown credential properties and wrong types', async () => {
    const sandbox = createTestSandbox();
    const path = '/vault/connections/file-storage/boxfort/import';
    const unknown = await call(sandbox, path, {
      method: 'POST',
      headers,
      body: { credentials: { access_token: 'a', token_type: 'bearer' } },
    });
    expect(unknown.status).toBe(400);
    expect(Object.keys(unknown.body.detail.invalid[0])).toEqual(['token_type']);
    const wrong = await call(sandbox, path, {
      method: 'POST',
      headers,
      body: { credentials: { access_token: 'a', expires_in: 'soon' } },
    });
    expect(wrong.status).toBe(422);
    expect(Object.keys(wrong.body.detail.invalid[0])).toEqual(['expires_in']);
  });

  it('only imports OAuth connections', async () => {
    const sandbox = createTestSandbox();
    const { status } = await call(sandbox, '/vault/connections/accounting/tallybook/import', {
      method: 'POST',
      headers,
      body: { credentials: { access_token: 'a' } },
    });
    expect(status).toBe(422);
  });
});

describe('POST …/validate', () => {
  it('heals a degraded connection and keeps rejected credentials invalid', async () => {
    const sandbox = createTestSandbox();
    expect(
      (await call(sandbox, '/vault/connections/accounting/auditry', { headers })).body.data.health,
    ).toBe('degraded');
    await call(sandbox, '/vault/connections/accounting/auditry/validate', {
      method: 'POST',
      headers,
    });
    expect(
      (await call(sandbox, '/vault/connections/accounting/auditry', { headers })).body.data.health,
    ).toBe('ok');

    const rejected = await call(
      sandbox,
      '/vault/connections/accounting/clearbooks-cloud/validate',
      { method: 'POST', headers, body: {} },
    );
    expect(rejected.body.data.state).toBe('invalid');
  });

  it('reports the state of a key-based connection', async () => {
    const sandbox = createTestSandbox();
    const { body } = await call(sandbox, '/vault/connections/crm/relata/validate', {
      method: 'POST',
      headers,
      body: {},
    });
    expect(body.data).toEqual({ id: 'crm+relata', state: 'added' });
  });

  it('answers 404 for a connection that was never added', async () => {
    const sandbox = createTestSandbox();
    expect(
      (
        await call(sandbox, '/vault/connections/ats/talentpool/validate', {
          method: 'POST',
          headers,
        })
      ).status,
    ).toBe(404);
  });
});
