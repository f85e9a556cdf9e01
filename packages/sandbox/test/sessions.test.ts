import { describe, expect, it } from 'vitest';
import { decodeTokenClaims } from '../src/crypto/tokenSigner';
import { DEFAULT_CONSUMER_ID, SANDBOX_APP_ID } from '../src/index';
import { createTestSandbox } from './support/testSandbox';
import { apiKeyHeaders, call, sessionHeaders } from './support/vaultRequests';

describe('POST /vault/sessions', () => {
  it('creates a session token carrying the Vault claims, valid one hour by default', async () => {
    const sandbox = createTestSandbox();
    const { status, body } = await call(sandbox, '/vault/sessions', {
      method: 'POST',
      headers: apiKeyHeaders('account:42'),
      body: {
        consumer_metadata: { account_name: 'Acme', user_name: 'Ada', email: 'ada@acme.example' },
        redirect_uri: 'https://app.acme.example/integrations',
        settings: {
          allow_actions: ['delete', 'disconnect'],
          unified_apis: ['crm'],
          sandbox_mode: true,
        },
        theme: { vault_name: 'Acme integrations', primary_color: '#286efa' },
      },
    });
    expect(status).toBe(200);
    expect(Object.keys(body)).toEqual(['status_code', 'status', 'data']);
    expect(body.data.session_uri).toBe(
      `https://unify.apideck.com/sandbox/session/${body.data.session_token}`,
    );
    const claims = decodeTokenClaims(body.data.session_token);
    expect(claims).toMatchObject({
      application_id: SANDBOX_APP_ID,
      consumer_id: 'account:42',
      consumer_metadata: { account_name: 'Acme' },
      redirect_uri: 'https://app.acme.example/integrations',
      settings: {
        allow_actions: ['delete', 'disconnect'],
        unified_apis: ['crm'],
        sandbox_mode: true,
      },
      theme: { vault_name: 'Acme integrations' },
    });
    expect((claims?.exp as number) - (claims?.iat as number)).toBe(3600);

    const listed = await call(sandbox, '/vault/connections', {
      headers: sessionHeaders(body.data.session_token, 'account:42'),
    });
    expect(listed.status).toBe(200);
  });

  it('honours settings.session_length', async () => {
    const sandbox = createTestSandbox();
    for (const [length, seconds] of [
      ['30m', 1800],
      ['7d', 604_800],
    ] as const) {
      const { body } = await call(sandbox, '/vault/sessions', {
        method: 'POST',
        headers: apiKeyHeaders(),
        body: { settings: { session_length: length } },
      });
      const claims = decodeTokenClaims(body.data.session_token);
      expect((claims?.exp as number) - (claims?.iat as number)).toBe(seconds);
    }
  });

  it('refuses a session longer than a week', async () => {
    const sandbox = createTestSandbox();
    const { status, body } = await call(sandbox, '/vault/sessions', {
      method: 'POST',
      headers: apiKeyHeaders(),
      body: { settings: { session_length: '8d' } },
    });
    expect(status).toBe(400);
    expect(Object.keys(body.detail.invalid[0])).toEqual(['settings.session_length']);
  });

  it('answers 400 naming unknown properties and wrong types', async () => {
    const sandbox = createTestSandbox();
    const { status, body } = await call(sandbox, '/vault/sessions', {
      method: 'POST',
      headers: apiKeyHeaders(),
      body: { settings: { dark_mode: true, allow_actions: ['explode'] }, colour: 'red' },
    });
    expect(status).toBe(400);
    expect(body.detail.invalid.map((entry: object) => Object.keys(entry)[0])).toEqual([
      'colour',
      'settings.dark_mode',
      'settings.allow_actions',
    ]);
  });

  it('takes no body at all', async () => {
    const sandbox = createTestSandbox();
    const { status, body } = await call(sandbox, '/vault/sessions', {
      method: 'POST',
      headers: apiKeyHeaders(),
    });
    expect(status).toBe(200);
    expect(decodeTokenClaims(body.data.session_token)?.consumer_id).toBe(DEFAULT_CONSUMER_ID);
  });

  it('requires the API key and a consumer', async () => {
    const sandbox = createTestSandbox();
    const token = await sandbox.createSessionToken({ consumerId: DEFAULT_CONSUMER_ID });
    expect(
      (await call(sandbox, '/vault/sessions', { method: 'POST', headers: sessionHeaders(token) }))
        .status,
    ).toBe(401);
    const noConsumer = await call(sandbox, '/vault/sessions', {
      method: 'POST',
      headers: apiKeyHeaders(null),
    });
    expect(noConsumer.status).toBe(400);
    expect(noConsumer.body.detail).toBe('Missing Header: x-apideck-consumer-id');
  });

  it('serves a page at the session_uri', async () => {
    const sandbox = createTestSandbox();
    const { body } = await call(sandbox, '/vault/sessions', {
      method: 'POST',
      headers: apiKeyHeaders(),
    });
    const page = await sandbox.handle(new Request(body.data.session_uri));
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('test-consumer');
  });
});
