import { decodeSessionToken } from '@plugboard/core';
import { SANDBOX_API_KEY, SANDBOX_APP_ID } from '@plugboard/sandbox';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createVaultSessionHandler,
  HandlerConfigurationError,
  type VaultSessionHandlerOptions,
} from '../src/index';
import { readSafely, useSandboxServer } from './sandboxServer';

const sandboxServer = useSandboxServer();
const WRONG_KEY = 'sk_live_vault_key_that_must_not_leak';
const SECRETS = [SANDBOX_API_KEY, WRONG_KEY];

afterEach(() => {
  vi.restoreAllMocks();
});

function handlerWith(overrides: Partial<VaultSessionHandlerOptions> = {}) {
  const onError = vi.fn();
  const handler = createVaultSessionHandler({
    apiKey: SANDBOX_API_KEY,
    appId: SANDBOX_APP_ID,
    baseUrl: sandboxServer.baseUrl,
    resolveConsumer: async () => ({ consumerId: 'alice' }),
    onError,
    ...overrides,
  });
  return { handler, onError };
}

const request = (init: RequestInit = {}) =>
  new Request('https://app.example/api/vault-session', { method: 'POST', ...init });

describe('createVaultSessionHandler', () => {
  it('answers 200 {token, expiresAt} with no-store for the resolved consumer', async () => {
    const { handler, onError } = handlerWith({
      session: { settings: { session_length: '15m', allow_actions: ['disconnect'] } },
    });
    const response = await handler(request());
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const body = (await readSafely(response, SECRETS)) as { token: string; expiresAt: string };
    expect(Object.keys(body).sort()).toEqual(['expiresAt', 'token']);
    const claims = decodeSessionToken(body.token);
    expect(claims?.consumer_id).toBe('alice');
    expect(claims?.settings?.allow_actions).toEqual(['disconnect']);
    expect((claims?.exp ?? 0) - (claims?.iat ?? 0)).toBe(15 * 60);
    expect(new Date(body.expiresAt).getTime()).toBe((claims?.exp ?? 0) * 1000);
    expect(body.expiresAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
    expect(onError).not.toHaveBeenCalled();
  });

  it('builds the session per consumer and merges the consumer metadata', async () => {
    const session = vi.fn(async (consumer: { consumerId: string }) => ({
      consumer_metadata: { account_name: 'Fallback', email: 'team@acme.example' },
      settings: { unified_apis: consumer.consumerId === 'bob' ? ['hris'] : ['crm'] },
      theme: { vault_name: 'Acme integrations' },
    }));
    const { handler } = handlerWith({
      resolveConsumer: async () => ({ consumerId: 'bob', metadata: { account_name: 'Bob Co' } }),
      session,
    });
    const incoming = request();
    const body = (await readSafely(await handler(incoming), SECRETS)) as { token: string };
    expect(session).toHaveBeenCalledWith(
      { consumerId: 'bob', metadata: { account_name: 'Bob Co' } },
      incoming,
    );
    const claims = decodeSessionToken(body.token);
    expect(claims?.consumer_id).toBe('bob');
    expect(claims?.settings?.unified_apis).toEqual(['hris']);
    expect(claims?.theme).toMatchObject({ vault_name: 'Acme integrations' });
    expect(claims?.consumer_metadata).toEqual({
      account_name: 'Bob Co',
      email: 'team@acme.example',
    });
  });

  it.each(['GET', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'])(
    'answers %s with 405 and Allow: POST, without resolving anyone',
    async (method) => {
      const resolveConsumer = vi.fn(async () => ({ consumerId: 'alice' }));
      const { handler } = handlerWith({ resolveConsumer });
      const response = await handler(request({ method }));
      expect(response.status).toBe(405);
      expect(response.headers.get('allow')).toBe('POST');
      expect(response.headers.get('cache-control')).toBe('no-store');
      await readSafely(response, SECRETS);
      expect(resolveConsumer).not.toHaveBeenCalled();
    },
  );

  it.each([null, undefined])('answers 401 when resolveConsumer returns %s', async (nobody) => {
    const { handler, onError } = handlerWith({ resolveConsumer: async () => nobody });
    const response = await handler(request());
    expect(response.status).toBe(401);
    expect(await readSafely(response, SECRETS)).toEqual({ error: 'Not signed in.' });
    expect(onError).not.toHaveBeenCalled();
  });

  it('answers 500 with a safe message when resolveConsumer throws, and reports the error', async () => {
    const failure = new Error('connect ECONNREFUSED postgres://admin:hunter2@db');
    const { handler, onError } = handlerWith({
      resolveConsumer: async () => {
        throw failure;
      },
    });
    const incoming = request();
    const response = await handler(incoming);
    expect(response.status).toBe(500);
    const body = await readSafely(response, [...SECRETS, 'hunter2']);
    expect(body).toEqual({ error: 'Internal server error.' });
    expect(onError).toHaveBeenCalledWith(failure, incoming);
  });

  it('logs one secret-free line by default', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const handler = createVaultSessionHandler({
      apiKey: WRONG_KEY,
      appId: SANDBOX_APP_ID,
      baseUrl: sandboxServer.baseUrl,
      resolveConsumer: async (incoming) => {
        if (incoming.headers.has('x-throw')) throw new Error('session store password hunter2');
        return { consumerId: 'alice' };
      },
    });
    expect((await handler(request())).status).toBe(502);
    expect((await handler(request({ headers: { 'x-throw': '1' } }))).status).toBe(500);
    expect(consoleError).toHaveBeenCalledTimes(2);
    const logged = JSON.stringify(consoleError.mock.calls);
    expect(logged).toContain('UnauthorizedError 401');
    for (const secret of [WRONG_KEY, btoa(WRONG_KEY), 'hunter2']) {
      expect(logged).not.toContain(secret);
    }
  });

  it('answers 502 {error, status} when the Vault refuses the key, never echoing key or upstream body', async () => {
    const { handler, onError } = handlerWith({ apiKey: WRONG_KEY });
    const response = await handler(request());
    expect(response.status).toBe(502);
    const body = (await readSafely(response, SECRETS)) as Record<string, unknown>;
    expect(body).toEqual({ error: "The Vault API refused the server's credentials.", status: 401 });
    // Nothing of the Vault's error body (type_name, detail) comes through.
    expect(JSON.stringify(body)).not.toMatch(/UnauthorizedError|Invalid Authorization Token/);
    expect(onError).toHaveBeenCalledTimes(1);
  });

  it.each([
    [500, 'The Vault API is unavailable; try again shortly.'],
    [402, 'The Vault account has reached a plan or usage limit.'],
  ])('answers a Vault %i with 502 and that status', async (status, message) => {
    sandboxServer.sandbox.faults.add({ operationId: 'sessionsCreate', status });
    const { handler } = handlerWith();
    const response = await handler(request());
    expect(response.status).toBe(502);
    expect(await readSafely(response, SECRETS)).toEqual({ error: message, status });
  });

  it('answers 502 without a status when the Vault cannot be reached', async () => {
    sandboxServer.sandbox.faults.add({ operationId: 'sessionsCreate', drop: true });
    const { handler } = handlerWith();
    const response = await handler(request());
    expect(response.status).toBe(502);
    expect(await readSafely(response, SECRETS)).toEqual({
      error: 'Could not reach the Vault API.',
    });
  });

  it('answers 502 with the upstream 400 when the configured session is invalid', async () => {
    const { handler } = handlerWith({ session: { settings: { session_length: '9w' } } });
    const response = await handler(request());
    expect(response.status).toBe(502);
    expect(await readSafely(response, SECRETS)).toMatchObject({ status: 400 });
  });

  it('ignores a consumer id claimed in the request body or headers: the resolver decides', async () => {
    const { handler } = handlerWith({
      resolveConsumer: async (incoming) =>
        incoming.headers.get('cookie') === 'session=alice' ? { consumerId: 'alice' } : null,
    });
    const response = await handler(
      request({
        headers: {
          cookie: 'session=alice',
          'content-type': 'application/json',
          'x-apideck-consumer-id': 'mallory',
        },
        body: JSON.stringify({
          consumerId: 'mallory',
          consumer_id: 'mallory',
          settings: { allow_actions: ['delete'] },
        }),
      }),
    );
    expect(response.status).toBe(200);
    const { token } = (await readSafely(response, SECRETS)) as { token: string };
    const claims = decodeSessionToken(token);
    expect(claims?.consumer_id).toBe('alice');
    expect(claims?.settings?.allow_actions).toBeUndefined();
  });

  it('answers 500 and reports a configuration error when the key is missing', async () => {
    const { handler, onError } = handlerWith({ apiKey: '' });
    const response = await handler(request());
    expect(response.status).toBe(500);
    expect(await readSafely(response, SECRETS)).toEqual({ error: 'Internal server error.' });
    expect(onError.mock.calls[0]?.[0]).toBeInstanceOf(HandlerConfigurationError);
    expect(String(onError.mock.calls[0]?.[0])).toMatch(/APIDECK_API_KEY/);
  });

  it('answers 500 when the resolver returns a consumer without an id', async () => {
    const { handler, onError } = handlerWith({
      resolveConsumer: async () => ({ consumerId: '' }),
    });
    const response = await handler(request());
    expect(response.status).toBe(500);
    expect(onError.mock.calls[0]?.[0]).toBeInstanceOf(HandlerConfigurationError);
  });
});
