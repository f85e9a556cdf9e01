import { describe, expect, it } from 'vitest';
import type { SandboxState, SandboxStore } from '../src/index';
import { createTestSandbox } from './support/testSandbox';
import { apiKeyHeaders, call } from './support/vaultRequests';

/** A store like localStorage: JSON text in one slot. */
function memoryStore(): SandboxStore & { saves: number } {
  let text: string | undefined;
  return {
    saves: 0,
    load: () => (text === undefined ? undefined : (JSON.parse(text) as SandboxState)),
    save(state) {
      this.saves += 1;
      text = JSON.stringify(state);
    },
  };
}

describe('a shared store', () => {
  it('lets two sandbox instances (two browser windows) share one state', async () => {
    const store = memoryStore();
    const first = createTestSandbox({ store });
    const second = createTestSandbox({ store });
    await call(first, '/vault/connections/accounting/tallybook', {
      method: 'PATCH',
      headers: apiKeyHeaders(),
      body: { enabled: true },
    });
    const seen = await call(second, '/vault/connections/accounting/tallybook', {
      headers: apiKeyHeaders(),
    });
    expect(seen.body.data.state).toBe('added');
  });

  it('writes only after changes', async () => {
    const store = memoryStore();
    const sandbox = createTestSandbox({ store });
    await call(sandbox, '/vault/connections', { headers: apiKeyHeaders() });
    const afterRead = store.saves;
    await call(sandbox, '/vault/connections', { headers: apiKeyHeaders() });
    expect(store.saves).toBe(afterRead);
    await call(sandbox, '/vault/connections/crm/relata', {
      method: 'PATCH',
      headers: apiKeyHeaders(),
      body: { enabled: false },
    });
    expect(store.saves).toBe(afterRead + 1);
  });

  it('lets another instance with the same secret confirm a token, once', async () => {
    const store = memoryStore();
    const popup = createTestSandbox({ store });
    const page = createTestSandbox({ store });
    const list = await call(popup, '/vault/connections?api=ats', { headers: apiKeyHeaders() });
    const authorizeUrl = list.body.data.find(
      (connection: { id: string }) => connection.id === 'ats+talentpool',
    ).authorize_url;
    const location = await popup.completeOAuthFlow(
      `${authorizeUrl}&redirect_uri=${encodeURIComponent('https://app.example/cb')}&nonce=x`,
      'approve',
    );
    const confirmToken = new URLSearchParams(new URL(location).hash.slice(1)).get('confirm_token');
    const confirm = () =>
      call(page, '/vault/connections/ats/talentpool/confirm', {
        method: 'POST',
        headers: apiKeyHeaders(),
        body: { confirm_token: confirmToken },
      });
    expect((await confirm()).status).toBe(200);
    expect((await confirm()).status).toBe(422);
    expect(
      (await call(popup, '/vault/connections/ats/talentpool', { headers: apiKeyHeaders() })).body
        .data.state,
    ).toBe('callable');
  });

  it('does not accept tokens from a sandbox with another secret', async () => {
    const one = createTestSandbox({ secret: 'one' });
    const two = createTestSandbox({ secret: 'two' });
    const token = await one.createSessionToken({ consumerId: 'test-consumer' });
    const { status } = await call(two, '/vault/connections', {
      headers: {
        authorization: `Bearer ${token}`,
        'x-apideck-auth-type': 'JWT',
        'x-apideck-app-id': 'sandbox-app',
        'x-apideck-consumer-id': 'test-consumer',
      },
    });
    expect(status).toBe(401);
  });

  it('keeps concurrent changes on one instance', async () => {
    const sandbox = createTestSandbox({ store: memoryStore() });
    await Promise.all(
      ['tallybook', 'summit-erp'].map((service) =>
        call(sandbox, `/vault/connections/accounting/${service}`, {
          method: 'PATCH',
          headers: apiKeyHeaders(),
          body: { enabled: true },
        }),
      ),
    );
    const state = await sandbox.getState();
    expect(Object.keys(state.consumers['test-consumer']?.connections ?? {})).toEqual(
      expect.arrayContaining(['accounting+tallybook', 'accounting+summit-erp']),
    );
  });
});
