import {
  ApiError,
  BadRequestError,
  createVaultClient,
  decodeSessionToken,
  listConnections,
  UnauthorizedError,
} from '@plugboard/core';
import { DEFAULT_CONSUMER_ID, SANDBOX_API_KEY, SANDBOX_APP_ID } from '@plugboard/sandbox';
import { describe, expect, it } from 'vitest';
import { createSession, type SessionBody } from '../src/index';
import { expectNoSecretInError, rejectionOf, useSandboxServer } from './sandboxServer';

const sandboxServer = useSandboxServer();

const credentials = () => ({
  apiKey: SANDBOX_API_KEY,
  appId: SANDBOX_APP_ID,
  baseUrl: sandboxServer.baseUrl,
});

describe('createSession', () => {
  it('creates a session whose token carries the consumer, settings, theme and session length', async () => {
    const session: SessionBody = {
      consumer_metadata: { account_name: 'Acme Inc.', user_name: 'Ada', email: 'ada@acme.example' },
      redirect_uri: 'https://app.acme.example/integrations',
      settings: {
        unified_apis: ['crm', 'accounting'],
        allow_actions: ['disconnect', 'reauthorize'],
        session_length: '30m',
        hide_resource_settings: true,
      },
      theme: { vault_name: 'Acme integrations', primary_color: '#286efa' },
    };
    const before = Math.floor(Date.now() / 1000);
    const created = await createSession({ ...credentials(), consumerId: 'acme-42', session });

    const claims = decodeSessionToken(created.sessionToken);
    expect(claims).toBeDefined();
    expect(claims?.consumer_id).toBe('acme-42');
    expect(claims?.application_id).toBe(SANDBOX_APP_ID);
    expect(claims?.settings?.unified_apis).toEqual(['crm', 'accounting']);
    expect(claims?.settings?.allow_actions).toEqual(['disconnect', 'reauthorize']);
    expect(claims?.settings?.hide_resource_settings).toBe(true);
    expect(claims?.theme).toMatchObject({
      vault_name: 'Acme integrations',
      primary_color: '#286efa',
    });
    expect(claims?.consumer_metadata).toMatchObject({ account_name: 'Acme Inc.' });
    expect(claims?.redirect_uri).toBe('https://app.acme.example/integrations');

    const exp = claims?.exp ?? 0;
    expect(exp - (claims?.iat ?? 0)).toBe(30 * 60);
    expect(exp).toBeGreaterThanOrEqual(before + 30 * 60);
    expect(created.expiresAt).toBeInstanceOf(Date);
    expect(created.expiresAt.getTime()).toBe(exp * 1000);
    expect(created.sessionUri).toContain(created.sessionToken);
  });

  it('defaults to a one-hour session with an empty body', async () => {
    const created = await createSession({ ...credentials(), consumerId: 'acme-42' });
    const claims = decodeSessionToken(created.sessionToken);
    expect((claims?.exp ?? 0) - (claims?.iat ?? 0)).toBe(3600);
  });

  it('rejects a wrong API key with UnauthorizedError, and no error view carries the key', async () => {
    const wrongKey = 'sk_live_wrong_key_that_must_not_leak';
    const error = await rejectionOf(
      createSession({ ...credentials(), apiKey: wrongKey, consumerId: 'acme-42' }),
    );
    expect(error).toBeInstanceOf(UnauthorizedError);
    expect((error as UnauthorizedError).status).toBe(401);
    expectNoSecretInError(error, [wrongKey]);
  });

  it('rejects a bad body with BadRequestError naming the field', async () => {
    const error = await rejectionOf(
      createSession({
        ...credentials(),
        consumerId: 'acme-42',
        // Two weeks: longer than the Vault's one-week maximum.
        session: { settings: { session_length: '2w' } },
      }),
    );
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as BadRequestError).status).toBe(400);
    expect(Object.keys((error as BadRequestError).fieldErrors)).toContain(
      'settings.session_length',
    );
  });

  it('names unknown properties of the body too', async () => {
    const error = await rejectionOf(
      createSession({
        ...credentials(),
        consumerId: 'acme-42',
        session: { consumer_id: 'mallory' } as unknown as SessionBody,
      }),
    );
    expect(error).toBeInstanceOf(BadRequestError);
    expect(Object.keys((error as BadRequestError).fieldErrors)).toContain('consumer_id');
  });

  it("gives a token that core's session client can use against GET /vault/connections", async () => {
    const { sessionToken } = await createSession({
      ...credentials(),
      consumerId: DEFAULT_CONSUMER_ID,
    });
    const client = createVaultClient({ session: sessionToken, baseUrl: sandboxServer.baseUrl });
    expect(client.consumerId).toBe(DEFAULT_CONSUMER_ID);
    const connections = await listConnections(client);
    expect(connections.length).toBeGreaterThan(0);
    expect(connections.some((connection) => connection.state === 'callable')).toBe(true);
  });

  it('does not retry by default (POST), and retries when given a policy', async () => {
    sandboxServer.sandbox.faults.add({ operationId: 'sessionsCreate', status: 503, times: 1 });
    const error = await rejectionOf(createSession({ ...credentials(), consumerId: 'acme-42' }));
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(503);
    expect(sandboxServer.sandbox.faults.list()).toEqual([]);

    sandboxServer.sandbox.faults.add({
      operationId: 'sessionsCreate',
      status: 503,
      retryAfter: '0',
      times: 1,
    });
    const created = await createSession({
      ...credentials(),
      consumerId: 'acme-42',
      retries: { strategy: 'backoff', backoff: { initialInterval: 10, maxElapsedTime: 2000 } },
    });
    expect(decodeSessionToken(created.sessionToken)?.consumer_id).toBe('acme-42');
  });

  it('refuses to start without a key, app id or consumer id, without echoing values', async () => {
    await expect(
      createSession({ ...credentials(), apiKey: '', consumerId: 'acme-42' }),
    ).rejects.toThrow(/`apiKey` is required/);
    await expect(createSession({ ...credentials(), appId: ' ', consumerId: 'x' })).rejects.toThrow(
      /`appId` is required/,
    );
    await expect(createSession({ ...credentials(), consumerId: '' })).rejects.toThrow(
      /`consumerId` is required/,
    );
  });
});
