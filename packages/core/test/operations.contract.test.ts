import { vaultSpecValidator } from '@plugboard/contract-testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  authorizeConnectionToken,
  type Connection,
  confirmConnection,
  deleteConnection,
  EXTRA_FORM_FIELD_TYPES,
  getConnection,
  getResourceConfig,
  importConnection,
  listConnections,
  updateConnection,
  updateResourceConfig,
  validateConnection,
} from '../src/index';
import { sessionClientFor, useSandboxOverMsw } from './sandboxSetup';

const spec = vaultSpecValidator();
const { sandbox, server, exchanges } = useSandboxOverMsw();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const refOf = (connection: Connection) => ({
  unifiedApi: connection.unified_api,
  serviceId: connection.service_id,
});

describe('what core sends and what the sandbox answers match the spec', () => {
  it('drives every operation, then validates each request and response', async () => {
    const client = await sessionClientFor(sandbox);
    const connections = await listConnections(client, { api: 'crm', configured: true });
    const all = await listConnections(client);
    const find = (predicate: (c: Connection) => boolean) => all.find(predicate) as Connection;

    const callable = find(
      (c) => c.state === 'callable' && (c.configurable_resources ?? []).length > 0,
    );
    await getConnection(client, refOf(callable));
    await updateConnection(client, {
      ...refOf(callable),
      connection: { enabled: true, metadata: { plan: 'pro' }, custom_mappings: [] },
    });
    const resource = callable.configurable_resources?.[0] as string;
    const config = await getResourceConfig(client, { ...refOf(callable), resource });
    const textDefault = config.configuration.find((f) => !f.options?.length);
    await updateResourceConfig(client, {
      ...refOf(callable),
      resource,
      defaults: textDefault
        ? [{ id: textDefault.id, value: 'x', target: textDefault.target ?? 'resource' }]
        : [],
    });
    const validatable = find((c) => c.validation_support === true && c.state !== 'available');
    await validateConnection(client, refOf(validatable));
    const oauth = find((c) => c.oauth_grant_type === 'authorization_code' && c.state === 'added');
    await importConnection(client, {
      ...refOf(oauth),
      data: {
        credentials: {
          access_token: 'a',
          refresh_token: 'r',
          expires_in: 3600,
          issued_at: '2026-01-01T00:00:00Z',
        },
        settings: {},
        metadata: { source: 'import' },
      },
    });
    const grant = find(
      (c) => c.oauth_grant_type === 'client_credentials' && c.state !== 'callable',
    );
    await authorizeConnectionToken(client, refOf(grant)).catch(() => undefined);
    await confirmConnection(client, { ...refOf(oauth), confirmToken: 'not-a-real-token' }).catch(
      () => undefined,
    );
    await deleteConnection(client, refOf(callable));
    await deleteConnection(client, refOf(callable)).catch(() => undefined);
    await getConnection(client, { unifiedApi: 'crm', serviceId: 'missing' }).catch(() => undefined);
    expect(connections.length).toBeGreaterThan(0);

    const operations = new Set<string>();
    const problems: string[] = [];
    for (const { request, response, info } of exchanges) {
      if (info.api !== 'vault' || response.type === 'error') continue;
      const text = await request.clone().text();
      const requestCheck = spec.validateRequest({
        method: request.method,
        url: request.url,
        headers: request.headers,
        body: text ? JSON.parse(text) : undefined,
      });
      const bodyText = await response.clone().text();
      const responseCheck = spec.validateResponse(
        {
          method: request.method,
          url: request.url,
          status: response.status,
          body: bodyText ? JSON.parse(bodyText) : undefined,
        },
        // Types the spec's enum lacks but real payloads carry (specs/README.md).
        { enumExtensions: { type: EXTRA_FORM_FIELD_TYPES } },
      );
      operations.add(`${requestCheck.operationId} ${response.status}`);
      for (const error of [...requestCheck.errors, ...responseCheck.errors]) {
        problems.push(
          `${request.method} ${new URL(request.url).pathname} → ${response.status}: ${error}`,
        );
      }
    }
    expect(problems).toEqual([]);
    expect([...operations].sort()).toEqual(
      expect.arrayContaining([
        'connectionsAll 200',
        'connectionsOne 200',
        'connectionsOne 404',
        'connectionsUpdate 200',
        'connectionsDelete 204',
        'connectionsDelete 404',
        'connectionsImport 200',
        'connectionsToken 400',
        'validateConnectionState 200',
        'connectionSettingsAll 200',
        'connectionSettingsUpdate 200',
      ]),
    );
    expect([...operations].some((entry) => entry.startsWith('connectionsConfirm 4'))).toBe(true);
  });
});
