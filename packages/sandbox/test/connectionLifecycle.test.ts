import { describe, expect, it } from 'vitest';
import { createTestSandbox } from './support/testSandbox';
import { apiKeyHeaders, call } from './support/vaultRequests';

const headers = apiKeyHeaders();

describe('connection state machine', () => {
  it('walks an API-key connector from available to callable, invalid, disabled and back to available', async () => {
    let now = Date.parse('2026-09-01T10:00:00Z');
    const sandbox = createTestSandbox({ now: () => now });
    const path = '/vault/connections/accounting/tallybook';

    const available = await call(sandbox, path, { headers });
    expect(available.body.data).toMatchObject({
      state: 'available',
      enabled: false,
      updated_at: null,
    });
    expect(available.body.data.health).toBeUndefined();
    expect(available.body.data.created_at).toBeUndefined();

    now += 1000;
    const added = await call(sandbox, path, { method: 'PATCH', headers, body: { enabled: true } });
    expect(added.status).toBe(200);
    expect(added.body.data).toMatchObject({
      state: 'added',
      enabled: true,
      health: 'missing_settings',
    });
    expect(added.body.data.created_at).toBe(now);
    expect(added.body.data.updated_at).toBe(now);

    now += 1000;
    const callable = await call(sandbox, path, {
      method: 'PATCH',
      headers,
      body: { settings: { api_key: 'tb_live_123' } },
    });
    expect(callable.body.data).toMatchObject({ state: 'callable', health: 'ok' });
    expect(callable.body.data.settings).toMatchObject({ api_key: 'tb_live_123' });
    expect(
      callable.body.data.form_fields.find((field: { id: string }) => field.id === 'api_key').value,
    ).toBe('tb_live_123');
    expect(callable.body.data.updated_at).toBe(now);
    expect(callable.body.data.created_at).toBe(added.body.data.created_at);

    // A secret starting with "invalid" is how the sandbox plays a provider rejecting credentials.
    const invalid = await call(sandbox, path, {
      method: 'PATCH',
      headers,
      body: { settings: { api_key: 'invalid-key' } },
    });
    expect(invalid.body.data).toMatchObject({ state: 'invalid', health: 'needs_auth' });
    expect(invalid.body.data.updated_at).toBeGreaterThan(callable.body.data.updated_at);

    await call(sandbox, path, {
      method: 'PATCH',
      headers,
      body: { settings: { api_key: 'tb_live_456' } },
    });
    const disabled = await call(sandbox, path, {
      method: 'PATCH',
      headers,
      body: { enabled: false },
    });
    expect(disabled.body.data).toMatchObject({ state: 'callable', enabled: false });

    const deleted = await call(sandbox, path, { method: 'DELETE', headers });
    expect(deleted.status).toBe(204);
    expect(deleted.body).toBeUndefined();
    const again = await call(sandbox, path, { headers });
    expect(again.body.data).toMatchObject({ state: 'available', enabled: false, settings: {} });
    expect((await call(sandbox, path, { method: 'DELETE', headers })).status).toBe(404);
  });

  it('makes a connector without auth callable as soon as it is enabled', async () => {
    const sandbox = createTestSandbox();
    const { body } = await call(sandbox, '/vault/connections/file-storage/open-bucket', {
      method: 'PATCH',
      headers,
      body: { enabled: true },
    });
    expect(body.data).toMatchObject({ auth_type: 'none', state: 'callable', health: 'ok' });
  });

  it('adds a basic-auth connector and makes it callable once username and password are set', async () => {
    const sandbox = createTestSandbox();
    const path = '/vault/connections/ecommerce/market-stall';
    expect(
      (await call(sandbox, path, { method: 'PATCH', headers, body: { enabled: true } })).body.data
        .state,
    ).toBe('added');
    const { body } = await call(sandbox, path, {
      method: 'PATCH',
      headers,
      body: { settings: { username: 'acme', password: 'hunter22' } },
    });
    expect(body.data).toMatchObject({ auth_type: 'basic', state: 'callable' });
  });

  it('pre-fills default values when a connection is added', async () => {
    const sandbox = createTestSandbox();
    const { body } = await call(sandbox, '/vault/connections/hris/payday-hr', {
      method: 'PATCH',
      headers,
      body: { enabled: true },
    });
    expect(body.data.settings).toEqual({ pay_period: 'monthly' });
  });

  it('ignores read-only fields in an update', async () => {
    const sandbox = createTestSandbox();
    const { body } = await call(sandbox, '/vault/connections/crm/relata', {
      method: 'PATCH',
      headers,
      body: { state: 'callable', name: 'Renamed', auth_type: 'none', health: 'ok' },
    });
    expect(body.data).toMatchObject({
      state: 'added',
      name: 'Relata',
      auth_type: 'basic',
      health: 'missing_settings',
    });
  });

  it('refuses to add a connector whose integration the application disabled', async () => {
    const sandbox = createTestSandbox();
    const { status, body } = await call(sandbox, '/vault/connections/issue-tracking/ticketforge', {
      method: 'PATCH',
      headers,
      body: { enabled: true },
    });
    expect(status).toBe(422);
    expect(body.type_name).toBe('InvalidStateError');
    expect(
      (await call(sandbox, '/vault/connections/issue-tracking/ticketforge', { headers })).body.data
        .state,
    ).toBe('available');
  });

  it('keeps consumers apart', async () => {
    const sandbox = createTestSandbox();
    const other = apiKeyHeaders('consumer-b');
    await call(sandbox, '/vault/connections/accounting/tallybook', {
      method: 'PATCH',
      headers: other,
      body: { enabled: true },
    });

    const mine = await call(sandbox, '/vault/connections?configured=true', { headers });
    const theirs = await call(sandbox, '/vault/connections?configured=true', { headers: other });
    expect(theirs.body.data.map((connection: { id: string }) => connection.id)).toEqual([
      'accounting+tallybook',
    ]);
    expect(mine.body.data.map((connection: { id: string }) => connection.id)).not.toContain(
      'accounting+tallybook',
    );
    expect(mine.body.data.length).toBeGreaterThan(20);
    // The other consumer cannot see or delete the default consumer's connections.
    expect(
      (await call(sandbox, '/vault/connections/crm/nimbus-crm', { headers: other })).body.data
        .state,
    ).toBe('available');
    expect(
      (
        await call(sandbox, '/vault/connections/crm/nimbus-crm', {
          method: 'DELETE',
          headers: other,
        })
      ).status,
    ).toBe(404);
    expect(
      (await call(sandbox, '/vault/connections/crm/nimbus-crm', { headers })).body.data.state,
    ).toBe('callable');
  });

  it('answers 404 for an unknown connector or unified API', async () => {
    const sandbox = createTestSandbox();
    const unknownService = await call(sandbox, '/vault/connections/crm/no-such-crm', { headers });
    expect(unknownService.status).toBe(404);
    expect(unknownService.body).toMatchObject({
      type_name: 'EntityNotFoundError',
      message: 'Unknown Connector',
    });
    const unknownApi = await call(sandbox, '/vault/connections/telepathy/nimbus-crm', { headers });
    expect(unknownApi.status).toBe(404);
    expect(unknownApi.body.message).toBe('Unknown Unified API');
    const wrongApi = await call(sandbox, '/vault/connections/hris/nimbus-crm', {
      method: 'PATCH',
      headers,
      body: { enabled: true },
    });
    expect(wrongApi.status).toBe(404);
  });

  it('restores the seeded state on reset', async () => {
    const sandbox = createTestSandbox();
    await call(sandbox, '/vault/connections/crm/nimbus-crm', { method: 'DELETE', headers });
    sandbox.faults.add({ status: 500 });
    await sandbox.reset();
    expect(sandbox.faults.list()).toEqual([]);
    expect(
      (await call(sandbox, '/vault/connections/crm/nimbus-crm', { headers })).body.data.state,
    ).toBe('callable');
  });
});

describe('listing connections', () => {
  it('shows the default consumer a realistic mix of states', async () => {
    const sandbox = createTestSandbox();
    const { body } = await call(sandbox, '/vault/connections', { headers });
    const states = new Set(body.data.map((connection: { state: string }) => connection.state));
    expect(states).toEqual(new Set(['available', 'added', 'authorized', 'callable', 'invalid']));
    const health = new Set(
      body.data.map((connection: { health?: string }) => connection.health).filter(Boolean),
    );
    expect(health).toEqual(
      new Set([
        'ok',
        'needs_auth',
        'missing_settings',
        'pending_confirmation',
        'pending_refresh',
        'revoked',
        'degraded',
        'needs_consent',
      ]),
    );
  });

  it('filters by unified API and by configured', async () => {
    const sandbox = createTestSandbox();
    const crm = await call(sandbox, '/vault/connections?api=crm', { headers });
    expect(crm.body.data.length).toBeGreaterThan(0);
    expect(
      crm.body.data.every(
        (connection: { unified_api: string }) => connection.unified_api === 'crm',
      ),
    ).toBe(true);

    const configured = await call(sandbox, '/vault/connections?configured=true', { headers });
    const notConfigured = await call(sandbox, '/vault/connections?configured=false', { headers });
    expect(
      configured.body.data.every(
        (connection: { state: string }) => connection.state !== 'available',
      ),
    ).toBe(true);
    expect(
      notConfigured.body.data.every(
        (connection: { state: string }) => connection.state === 'available',
      ),
    ).toBe(true);
    const all = await call(sandbox, '/vault/connections', { headers });
    expect(configured.body.data.length + notConfigured.body.data.length).toBe(all.body.data.length);
  });

  it('answers an empty list for a known unified API without connectors, 404 for an unknown one', async () => {
    const sandbox = createTestSandbox();
    expect((await call(sandbox, '/vault/connections?api=sms', { headers })).body.data).toEqual([]);
    const unknown = await call(sandbox, '/vault/connections?api=telepathy', { headers });
    expect(unknown.status).toBe(404);
    expect(unknown.body.type_name).toBe('EntityNotFoundError');
  });

  it('answers 400 naming configured when it is not a boolean', async () => {
    const sandbox = createTestSandbox();
    const { status, body } = await call(sandbox, '/vault/connections?configured=maybe', {
      headers,
    });
    expect(status).toBe(400);
    expect(body.detail).toEqual({ invalid: [{ configured: 'configured must be true or false' }] });
  });

  it('gives OAuth connections authorize and revoke URLs on the sandbox origin, others none', async () => {
    const sandbox = createTestSandbox({ baseUrl: 'http://localhost:4010' });
    const { body } = await call(sandbox, '/vault/connections', { headers });
    const nimbus = body.data.find(
      (connection: { id: string }) => connection.id === 'crm+nimbus-crm',
    );
    expect(nimbus.authorize_url).toMatch(
      /^http:\/\/localhost:4010\/vault\/authorize\/nimbus-crm\/sandbox-app\?state=[\w.-]+$/,
    );
    expect(nimbus.revoke_url).toMatch(
      /^http:\/\/localhost:4010\/vault\/revoke\/nimbus-crm\/sandbox-app\?state=/,
    );
    expect(nimbus.logo).toBe('http://localhost:4010/sandbox/logos/nimbus-crm.svg');
    const pipeline = body.data.find(
      (connection: { id: string }) => connection.id === 'crm+pipeline-pro',
    );
    expect(pipeline.authorize_url).toBeNull();
    expect(pipeline.revoke_url).toBeNull();
  });
});
