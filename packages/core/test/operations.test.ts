import { createSandboxServer } from '@plugboard/sandbox/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  ApiError,
  authorizeConnectionToken,
  BadRequestError,
  ConflictError,
  type Connection,
  confirmConnection,
  deleteConnection,
  getConnection,
  getResourceConfig,
  importConnection,
  listConnections,
  NetworkError,
  NotFoundError,
  PaymentRequiredError,
  PlugboardError,
  ResponseValidationError,
  UnauthorizedError,
  UnprocessableError,
  updateConnection,
  updateResourceConfig,
  type VaultClient,
  validateConnection,
} from '../src/index';
import { sessionClientFor, useSandboxOverMsw } from './sandboxSetup';

const { sandbox, server } = useSandboxOverMsw();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => sandbox.reset());
afterEach(() => sandbox.faults.clear());
afterAll(() => server.close());

const refOf = (connection: Connection) => ({
  unifiedApi: connection.unified_api,
  serviceId: connection.service_id,
});

async function pick(
  client: VaultClient,
  predicate: (connection: Connection) => boolean,
): Promise<Connection> {
  const found = (await listConnections(client)).find(predicate);
  if (!found) throw new Error('The sandbox catalogue has no connection for this test.');
  return found;
}

describe('every operation on the sandbox (MSW)', () => {
  it('lists with api and configured filters', async () => {
    const client = await sessionClientFor(sandbox);
    const all = await listConnections(client);
    const crm = await listConnections(client, { api: 'crm' });
    const configured = await listConnections(client, { configured: true });
    expect(all.length).toBeGreaterThanOrEqual(40);
    expect(crm.length).toBeGreaterThan(0);
    expect(crm.every((c) => c.unified_api === 'crm')).toBe(true);
    expect(configured.length).toBeLessThan(all.length);
    expect(configured.every((c) => c.state !== 'available')).toBe(true);
  });

  it('gets one connection, and 404s an unknown one', async () => {
    const client = await sessionClientFor(sandbox);
    const target = await pick(client, (c) => c.state === 'callable');
    expect((await getConnection(client, refOf(target))).id).toBe(target.id);
    await expect(
      getConnection(client, { unifiedApi: 'crm', serviceId: 'nope' }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it('adds an available integration with enabled: true, then deletes it back to available', async () => {
    const client = await sessionClientFor(sandbox);
    const target = await pick(client, (c) => c.state === 'available' && c.auth_type === 'apiKey');
    const added = await updateConnection(client, {
      ...refOf(target),
      connection: { enabled: true },
    });
    expect(added.state).toBe('added');
    expect(added.enabled).toBe(true);
    await deleteConnection(client, refOf(target));
    expect((await getConnection(client, refOf(target))).state).toBe('available');
    await expect(deleteConnection(client, refOf(target))).rejects.toBeInstanceOf(NotFoundError);
  });

  it('refuses settings the form does not have (400) and values of the wrong type (422), naming the field', async () => {
    const client = await sessionClientFor(sandbox);
    const target = await pick(
      client,
      (c) =>
        c.state === 'callable' &&
        (c.form_fields ?? []).some((f) => f.type === 'text' && !f.disabled),
    );
    const unknown = await updateConnection(client, {
      ...refOf(target),
      connection: { settings: { no_such_setting: 'x' } },
    }).catch((e: unknown) => e);
    expect(unknown).toBeInstanceOf(BadRequestError);
    expect((unknown as BadRequestError).fieldErrors).toHaveProperty('no_such_setting');

    const textField = (target.form_fields ?? []).find((f) => f.type === 'text' && !f.disabled);
    const wrongType = await updateConnection(client, {
      ...refOf(target),
      connection: { settings: { [textField?.id as string]: 42 } },
    }).catch((e: unknown) => e);
    expect(wrongType).toBeInstanceOf(UnprocessableError);
    expect(Object.keys((wrongType as UnprocessableError).fieldErrors)).toEqual([textField?.id]);
  });

  it('imports credentials, exchanges tokens, validates', async () => {
    const client = await sessionClientFor(sandbox);
    const oauth = await pick(
      client,
      (c) => c.oauth_grant_type === 'authorization_code' && c.state === 'added',
    );
    const imported = await importConnection(client, {
      ...refOf(oauth),
      data: { credentials: { access_token: 'at', refresh_token: 'rt', expires_in: 3600 } },
    });
    expect(imported.state).toBe('callable');
    const missingToken = await importConnection(client, {
      ...refOf(oauth),
      data: { credentials: {} as never },
    }).catch((e: unknown) => e);
    expect((missingToken as BadRequestError).fieldErrors).toHaveProperty(['access_token']);

    const grant = await pick(
      client,
      (c) =>
        c.oauth_grant_type === 'client_credentials' &&
        c.state !== 'callable' &&
        c.integration_state !== 'needs_configuration',
    );
    const missing = (grant.form_fields ?? []).filter((f) => f.required && !grant.settings?.[f.id]);
    await updateConnection(client, {
      ...refOf(grant),
      connection: { settings: Object.fromEntries(missing.map((f) => [f.id, 'credential'])) },
    });
    expect((await authorizeConnectionToken(client, refOf(grant))).state).toBe('callable');

    const validatable = await pick(
      client,
      (c) => c.validation_support === true && c.state === 'callable',
    );
    expect(await validateConnection(client, refOf(validatable))).toMatchObject({
      id: validatable.id,
      state: 'callable',
    });
  });

  it('reads and writes resource defaults', async () => {
    const client = await sessionClientFor(sandbox);
    const target = await pick(
      client,
      (c) => c.state === 'callable' && (c.configurable_resources ?? []).length > 0,
    );
    const resource = target.configurable_resources?.[0] as string;
    const config = await getResourceConfig(client, { ...refOf(target), resource });
    const field = config.configuration[0];
    expect(field?.id).toBeTruthy();
    const updated = await updateResourceConfig(client, {
      ...refOf(target),
      resource,
      defaults: [{ id: field?.id as string, value: 'Plugboard default' }].filter(
        () => !field?.options?.length,
      ),
    });
    expect(updated.id).toBe(target.id);
    const unknown = await updateResourceConfig(client, {
      ...refOf(target),
      resource,
      defaults: [{ id: 'no_such_default', value: 'x' }],
    }).catch((e: unknown) => e);
    expect((unknown as BadRequestError).fieldErrors).toHaveProperty('no_such_default');
  });

  it('rejects an unknown confirm_token', async () => {
    const client = await sessionClientFor(sandbox);
    const target = await pick(client, (c) => c.oauth_grant_type === 'authorization_code');
    const error = await confirmConnection(client, {
      ...refOf(target),
      confirmToken: 'forged',
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlugboardError);
    expect([400, 401, 404, 409, 422]).toContain((error as ApiError).status);
  });
});

describe('documented statuses, faults and sessions', () => {
  const statuses = [
    [400, BadRequestError],
    [401, UnauthorizedError],
    [402, PaymentRequiredError],
    [404, NotFoundError],
    [409, ConflictError],
    [422, UnprocessableError],
    [500, ApiError],
  ] as const;

  it.each(statuses)('%i from the sandbox becomes its error class', async (status, ErrorClass) => {
    const client = await sessionClientFor(sandbox);
    sandbox.faults.add({ operationId: 'connectionsOne', status });
    const error = await getConnection(client, { unifiedApi: 'crm', serviceId: 'anything' }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ErrorClass);
    expect((error as ApiError).typeName).toBeTruthy();
  });

  it('retries a 503 with Retry-After, then succeeds', async () => {
    const client = await sessionClientFor(sandbox);
    sandbox.faults.add({ operationId: 'connectionsAll', status: 503, retryAfter: '0', times: 2 });
    expect((await listConnections(client)).length).toBeGreaterThan(0);
  });

  it('turns dropped connections and broken bodies into typed errors', async () => {
    const client = await sessionClientFor(sandbox);
    sandbox.faults.add({ operationId: 'connectionsAll', drop: true });
    await expect(listConnections(client)).rejects.toBeInstanceOf(NetworkError);
    sandbox.faults.clear();
    sandbox.faults.add({ operationId: 'connectionsAll', body: 'schema-violation', times: 1 });
    await expect(listConnections(client)).rejects.toBeInstanceOf(ResponseValidationError);
  });

  it('does not report a deletion done when the answer is not the 204 it should be', async () => {
    const client = await sessionClientFor(sandbox);
    const target = await pick(client, (c) => c.state === 'callable');
    // A cut-off body in place of the answer: nothing was deleted, and the caller is not told so.
    sandbox.faults.add({ operationId: 'connectionsDelete', body: 'malformed-json', times: 1 });
    await expect(deleteConnection(client, refOf(target))).rejects.toBeInstanceOf(
      ResponseValidationError,
    );
    expect((await getConnection(client, refOf(target))).state).toBe('callable');
    // The real answer, made invalid: refused as well, though the sandbox did delete.
    sandbox.faults.add({ operationId: 'connectionsDelete', body: 'schema-violation', times: 1 });
    await expect(deleteConnection(client, refOf(target))).rejects.toBeInstanceOf(
      ResponseValidationError,
    );
    expect((await getConnection(client, refOf(target))).state).toBe('available');
  });

  it('keeps consumers apart, and flags an expired session', async () => {
    const alice = await sessionClientFor(sandbox, { consumerId: 'alice' });
    const bob = await sessionClientFor(sandbox, { consumerId: 'bob' });
    const target = await pick(alice, (c) => c.state === 'available' && c.auth_type === 'apiKey');
    await updateConnection(alice, { ...refOf(target), connection: { enabled: true } });
    expect((await getConnection(alice, refOf(target))).state).toBe('added');
    expect((await getConnection(bob, refOf(target))).state).toBe('available');

    const expired = await sandbox.createSessionToken({ consumerId: 'alice', expiresInSeconds: -5 });
    const stale = (await import('../src/index')).createVaultClient({ session: expired });
    const error = (await listConnections(stale).catch((e: unknown) => e)) as UnauthorizedError;
    expect(error).toBeInstanceOf(UnauthorizedError);
    expect(error.isSessionExpired).toBe(true);
  });
});

describe('over real HTTP (createSandboxServer)', () => {
  const httpServer = createSandboxServer({ port: 0 });
  let baseUrl = '';
  beforeAll(async () => {
    server.close();
    baseUrl = (await httpServer.listen()).baseUrl;
  });
  afterAll(async () => {
    await httpServer.close();
    server.listen({ onUnhandledRequest: 'error' });
  });

  it('lists, updates, gets and deletes through a real socket', async () => {
    const client = await sessionClientFor(httpServer.sandbox, { baseUrl });
    const connections = await listConnections(client);
    expect(connections.length).toBeGreaterThanOrEqual(40);
    expect(connections[0]?.logo?.startsWith(baseUrl)).toBe(true);
    const target = connections.find(
      (c) => c.state === 'available' && c.auth_type === 'apiKey',
    ) as Connection;
    await updateConnection(client, { ...refOf(target), connection: { enabled: true } });
    expect((await getConnection(client, refOf(target))).state).toBe('added');
    await deleteConnection(client, refOf(target));
    await expect(deleteConnection(client, refOf(target))).rejects.toBeInstanceOf(NotFoundError);
  });

  it('reports a dropped socket as a NetworkError', async () => {
    const client = await sessionClientFor(httpServer.sandbox, { baseUrl });
    httpServer.sandbox.faults.add({ operationId: 'connectionsAll', drop: true });
    await expect(
      listConnections(client, {}, { retries: { strategy: 'none' } }),
    ).rejects.toBeInstanceOf(NetworkError);
    httpServer.sandbox.faults.clear();
  });
});
