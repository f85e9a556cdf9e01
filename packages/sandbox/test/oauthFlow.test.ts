import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Sandbox } from '../src/index';
import { createTestSandbox } from './support/testSandbox';
import { apiKeyHeaders, call } from './support/vaultRequests';

const headers = apiKeyHeaders();
const REDIRECT = 'https://app.acme.example/integrations?tab=crm';

async function connection(sandbox: Sandbox, id: string) {
  const [api, service] = id.split('+');
  return (await call(sandbox, `/vault/connections/${api}/${service}`, { headers })).body.data;
}

/** The authorize (or revoke) URL as a client opens it: redirect_uri appended, URL-encoded. */
function flowUrl(base: string, extra: Record<string, string> = {}): string {
  const url = new URL(base);
  url.searchParams.set('redirect_uri', REDIRECT);
  for (const [key, value] of Object.entries(extra)) url.searchParams.set(key, value);
  return url.toString();
}

async function openPage(sandbox: Sandbox, url: string) {
  const response = await sandbox.handle(new Request(url, { headers: { accept: 'text/html' } }));
  const html = await response.text();
  const decisionToken = /name="decision_token" value="([^"]+)"/.exec(html)?.[1];
  return { response, html, decisionToken };
}

async function submit(
  sandbox: Sandbox,
  url: string,
  decisionToken: string | undefined,
  decision: string,
) {
  return sandbox.handle(
    new Request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ decision_token: decisionToken ?? '', decision }).toString(),
    }),
  );
}

describe('simulated OAuth round trip', () => {
  it('serves a self-contained, accessible consent page a strict CSP allows', async () => {
    const sandbox = createTestSandbox();
    await call(sandbox, '/vault/connections/crm/nimbus-crm', { method: 'DELETE', headers });
    await call(sandbox, '/vault/connections/crm/nimbus-crm', {
      method: 'PATCH',
      headers,
      body: { settings: { instance_url: 'https://acme.my.nimbus-crm.example' } },
    });
    const { authorize_url: authorizeUrl } = await connection(sandbox, 'crm+nimbus-crm');
    const { response, html, decisionToken } = await openPage(
      sandbox,
      flowUrl(authorizeUrl, { scope: 'leads:read contacts:read' }),
    );

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(html).toContain('<h1 id="title">Connect Nimbus CRM</h1>');
    expect(html).toContain('aria-label="Nimbus CRM logo"');
    expect(html).toContain('<code>leads:read</code>');
    expect(html).toContain('<form method="post">');
    expect(html).toContain('value="approve" class="primary">Approve</button>');
    expect(html).toContain('value="deny">Deny</button>');
    expect(decisionToken).toBeDefined();
    // Nothing external, nothing executable.
    // Self-contained: no script, no handlers, nothing loaded from elsewhere (a data: icon is fine).
    expect(html).not.toMatch(/<script|\son\w+=|src="http|href="http|<link(?![^>]*href="data:)/i);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("form-action 'self' https://app.acme.example");
    expect(csp).toContain("frame-ancestors 'none'");
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
    expect(csp).toContain(
      `style-src 'sha256-${createHash('sha256').update(style).digest('base64')}'`,
    );
  });

  it('approves with a nonce: fragment, pending confirmation, confirm, callable; the token is single use', async () => {
    const sandbox = createTestSandbox();
    const { authorize_url: authorizeUrl } = await connection(sandbox, 'ats+talentpool');
    const url = flowUrl(authorizeUrl, { nonce: 'n-123' });
    const { decisionToken } = await openPage(sandbox, url);

    const approved = await submit(sandbox, url, decisionToken, 'approve');
    expect(approved.status).toBe(302);
    const location = new URL(approved.headers.get('location') ?? '');
    expect(`${location.origin}${location.pathname}${location.search}`).toBe(REDIRECT);
    const fragment = new URLSearchParams(location.hash.slice(1));
    expect(fragment.get('nonce')).toBe('n-123');
    expect(fragment.get('service_id')).toBe('talentpool');
    const confirmToken = fragment.get('confirm_token') ?? '';
    expect(confirmToken).not.toBe('');

    expect(await connection(sandbox, 'ats+talentpool')).toMatchObject({
      state: 'authorized',
      health: 'pending_confirmation',
      enabled: true,
    });

    const confirmed = await call(sandbox, '/vault/connections/ats/talentpool/confirm', {
      method: 'POST',
      headers,
      body: { confirm_token: confirmToken },
    });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body).toEqual({ status_code: 200, status: 'OK', data: { confirmed: true } });
    expect(await connection(sandbox, 'ats+talentpool')).toMatchObject({
      state: 'callable',
      health: 'ok',
    });

    const replayed = await call(sandbox, '/vault/connections/ats/talentpool/confirm', {
      method: 'POST',
      headers,
      body: { confirm_token: confirmToken },
    });
    expect(replayed.status).toBe(422);
    expect(replayed.body.detail).toEqual({
      invalid: [{ confirm_token: 'This confirm token has already been used' }],
    });

    // The consent form itself can be submitted once.
    const again = await submit(sandbox, url, decisionToken, 'approve');
    expect(again.status).toBe(400);
    expect(await again.text()).toContain('Already submitted');
  });

  it('confirms at once without a nonce', async () => {
    const sandbox = createTestSandbox();
    const { authorize_url: authorizeUrl } = await connection(sandbox, 'file-storage+boxfort');
    const url = flowUrl(authorizeUrl);
    const { decisionToken } = await openPage(sandbox, url);
    const approved = await submit(sandbox, url, decisionToken, 'approve');
    expect(approved.headers.get('location')).toBe(REDIRECT);
    expect(await connection(sandbox, 'file-storage+boxfort')).toMatchObject({
      state: 'callable',
      health: 'ok',
    });
  });

  it('leaves a connection authorized while required settings are still empty', async () => {
    const sandbox = createTestSandbox();
    await call(sandbox, '/vault/connections/team-messaging/chatterbox', {
      method: 'DELETE',
      headers,
    });
    const { authorize_url: authorizeUrl } = await connection(sandbox, 'team-messaging+chatterbox');
    await sandbox.completeOAuthFlow(flowUrl(authorizeUrl), 'approve');
    expect(await connection(sandbox, 'team-messaging+chatterbox')).toMatchObject({
      state: 'authorized',
      health: 'missing_settings',
    });
    const filled = await call(sandbox, '/vault/connections/team-messaging/chatterbox', {
      method: 'PATCH',
      headers,
      body: { settings: { channel: 'sales' } },
    });
    expect(filled.body.data).toMatchObject({ state: 'callable', health: 'ok' });
  });

  it('redirects with error_type=access_denied when the user denies', async () => {
    const sandbox = createTestSandbox();
    const { authorize_url: authorizeUrl } = await connection(sandbox, 'ats+talentpool');
    const url = flowUrl(authorizeUrl, { nonce: 'n-9' });
    const { decisionToken } = await openPage(sandbox, url);
    const denied = await submit(sandbox, url, decisionToken, 'deny');
    expect(denied.status).toBe(302);
    const location = new URL(denied.headers.get('location') ?? '');
    expect(location.origin + location.pathname).toBe('https://app.acme.example/integrations');
    expect(location.searchParams.get('tab')).toBe('crm');
    expect(location.searchParams.get('error_type')).toBe('access_denied');
    expect(location.searchParams.get('error_message')).toBe(
      'The user denied access to TalentPool.',
    );
    expect(location.searchParams.get('service_id')).toBe('talentpool');
    expect(location.hash).toBe('');
    expect((await connection(sandbox, 'ats+talentpool')).state).toBe('available');
  });

  it('revokes through the revoke page: back to added, health revoked', async () => {
    const sandbox = createTestSandbox();
    const { revoke_url: revokeUrl } = await connection(sandbox, 'crm+nimbus-crm');
    const url = flowUrl(revokeUrl);
    const { html, decisionToken } = await openPage(sandbox, url);
    expect(html).toContain('Disconnect Nimbus CRM');
    const revoked = await submit(sandbox, url, decisionToken, 'revoke');
    expect(revoked.status).toBe(302);
    expect(revoked.headers.get('location')).toBe(REDIRECT);
    expect(await connection(sandbox, 'crm+nimbus-crm')).toMatchObject({
      state: 'added',
      health: 'revoked',
      enabled: true,
    });

    // Authorizing again makes it callable.
    const { authorize_url: authorizeUrl } = await connection(sandbox, 'crm+nimbus-crm');
    await sandbox.completeOAuthFlow(flowUrl(authorizeUrl), 'approve');
    expect((await connection(sandbox, 'crm+nimbus-crm')).state).toBe('callable');
  });

  it('re-authorizes a connection whose refresh failed', async () => {
    const sandbox = createTestSandbox();
    const before = await connection(sandbox, 'accounting+clearbooks-cloud');
    expect(before).toMatchObject({ state: 'invalid', health: 'needs_auth' });
    expect(before.last_refresh_failed_at).toBeGreaterThan(0);
    await sandbox.completeOAuthFlow(flowUrl(before.authorize_url), 'approve');
    expect(await connection(sandbox, 'accounting+clearbooks-cloud')).toMatchObject({
      state: 'callable',
      last_refresh_failed_at: 0,
      credentials_expire_at: 0,
    });
  });

  it('records consent for Data Scopes applications', async () => {
    const sandbox = createTestSandbox();
    const before = await connection(sandbox, 'hris+teamtrack');
    expect(before).toMatchObject({ consent_state: 'requires_reconsent', health: 'needs_consent' });
    await sandbox.completeOAuthFlow(flowUrl(before.authorize_url), 'approve');
    const after = await connection(sandbox, 'hris+teamtrack');
    expect(after).toMatchObject({ consent_state: 'granted', health: 'ok' });
    expect(after.latest_consent).toMatchObject({ granted: true });
    expect(after.consents).toHaveLength(1);
  });

  it('does not start when settings required for authorization are empty or the integration needs configuration', async () => {
    const sandbox = createTestSandbox();
    const cartly = await connection(sandbox, 'ecommerce+cartly');
    const blocked = await sandbox.handle(new Request(flowUrl(cartly.authorize_url)));
    expect(blocked.status).toBe(302);
    const location = new URL(blocked.headers.get('location') ?? '');
    expect(location.searchParams.get('error_type')).toBe('invalid_request');
    expect(location.searchParams.get('error_message')).toMatch(/store_domain/);

    const hubline = await connection(sandbox, 'crm+hubline');
    expect(hubline.integration_state).toBe('needs_configuration');
    const needsConfiguration = await sandbox.handle(new Request(flowUrl(hubline.authorize_url)));
    expect(
      new URL(needsConfiguration.headers.get('location') ?? '').searchParams.get('error_message'),
    ).toMatch(/needs configuration/);
  });

  it('answers an HTML error page with status 400 for a bad state or redirect_uri', async () => {
    const sandbox = createTestSandbox();
    const { authorize_url: authorizeUrl } = await connection(sandbox, 'ats+talentpool');
    const noRedirect = await sandbox.handle(new Request(authorizeUrl));
    expect(noRedirect.status).toBe(400);
    expect(noRedirect.headers.get('content-type')).toContain('text/html');
    expect(await noRedirect.text()).toContain('redirect_uri');

    const relative = new URL(authorizeUrl);
    relative.searchParams.set('redirect_uri', '/integrations');
    expect((await sandbox.handle(new Request(relative))).status).toBe(400);

    const forged = new URL(flowUrl(authorizeUrl));
    forged.searchParams.set('state', 'eyJhbGciOiJIUzI1NiJ9.e30.c2lnbmF0dXJl');
    const badState = await sandbox.handle(new Request(forged));
    expect(badState.status).toBe(400);
    expect(await badState.text()).toContain('This link is not valid');

    const otherService = flowUrl(authorizeUrl).replace('/talentpool/', '/boxfort/');
    expect((await sandbox.handle(new Request(otherService))).status).toBe(400);

    const json = await sandbox.handle(
      new Request(authorizeUrl, { headers: { accept: 'application/json' } }),
    );
    expect(json.status).toBe(400);
    expect((await json.json()).type_name).toBe('RequestValidationError');
  });

  it('rejects a form without a valid decision token', async () => {
    const sandbox = createTestSandbox();
    const { authorize_url: authorizeUrl } = await connection(sandbox, 'ats+talentpool');
    const response = await submit(sandbox, flowUrl(authorizeUrl), 'forged', 'approve');
    expect(response.status).toBe(400);
    expect((await connection(sandbox, 'ats+talentpool')).state).toBe('available');
  });
});

describe('POST …/confirm', () => {
  async function pendingConfirmation(sandbox: Sandbox) {
    const { authorize_url: authorizeUrl } = await connection(sandbox, 'ats+talentpool');
    const location = await sandbox.completeOAuthFlow(
      flowUrl(authorizeUrl, { nonce: 'n' }),
      'approve',
    );
    return new URLSearchParams(new URL(location).hash.slice(1)).get('confirm_token') ?? '';
  }

  it('rejects an expired confirm token (30 minutes)', async () => {
    let now = Date.parse('2026-09-01T10:00:00Z');
    const sandbox = createTestSandbox({ now: () => now });
    const token = await pendingConfirmation(sandbox);
    now += 31 * 60 * 1000;
    const { status, body } = await call(sandbox, '/vault/connections/ats/talentpool/confirm', {
      method: 'POST',
      headers,
      body: { confirm_token: token },
    });
    expect(status).toBe(422);
    expect(body.detail.invalid[0].confirm_token).toMatch(/expired/);
  });

  it('rejects a token for another connection, an unknown token and a missing one', async () => {
    const sandbox = createTestSandbox();
    const token = await pendingConfirmation(sandbox);
    const other = await call(sandbox, '/vault/connections/crm/nimbus-crm/confirm', {
      method: 'POST',
      headers,
      body: { confirm_token: token },
    });
    expect(other.status).toBe(422);
    expect(other.body.detail.invalid[0].confirm_token).toMatch(/another connection/);
    const unknown = await call(sandbox, '/vault/connections/ats/talentpool/confirm', {
      method: 'POST',
      headers,
      body: { confirm_token: '550e8400-e29b-41d4-a716-446655440000' },
    });
    expect(unknown.status).toBe(400);
    expect(Object.keys(unknown.body.detail.invalid[0])).toEqual(['confirm_token']);
    const missing = await call(sandbox, '/vault/connections/ats/talentpool/confirm', {
      method: 'POST',
      headers,
      body: {},
    });
    expect(missing.status).toBe(400);
    expect(missing.body.detail).toEqual({ missing: [{ confirm_token: 'required' }] });
  });

  it('rejects the first token once a newer authorization replaced it', async () => {
    const sandbox = createTestSandbox();
    const first = await pendingConfirmation(sandbox);
    const second = await pendingConfirmation(sandbox);
    const stale = await call(sandbox, '/vault/connections/ats/talentpool/confirm', {
      method: 'POST',
      headers,
      body: { confirm_token: first },
    });
    expect(stale.status).toBe(422);
    const fresh = await call(sandbox, '/vault/connections/ats/talentpool/confirm', {
      method: 'POST',
      headers,
      body: { confirm_token: second },
    });
    expect(fresh.status).toBe(200);
  });
});
