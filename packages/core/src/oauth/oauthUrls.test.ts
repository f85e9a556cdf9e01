import { describe, expect, it } from 'vitest';
import { PlugboardError } from '../errors/PlugboardError';
import type { Connection } from '../schemas/connection';
import { buildAuthorizeUrl, buildRevokeUrl } from './oauthUrls';
import { UnsafeUrlError } from './UnsafeUrlError';

const AUTHORIZE_URL =
  'https://unify.apideck.com/vault/authorize/salesforce/app-1?state=eyJhbGciOi.J9~x';
const REVOKE_URL = 'https://unify.apideck.com/vault/revoke/salesforce/app-1?state=abc';
const REDIRECT = 'https://app.example.com/integrations/callback?tab=crm&x=a b';

function connection(overrides: Partial<Connection> = {}): Connection {
  return {
    id: 'crm+salesforce',
    service_id: 'salesforce',
    unified_api: 'crm',
    authorize_url: AUTHORIZE_URL,
    revoke_url: REVOKE_URL,
    ...overrides,
  };
}

describe('buildAuthorizeUrl', () => {
  it('keeps the state parameter verbatim and appends an encoded redirect_uri', () => {
    const url = buildAuthorizeUrl(connection(), { redirectUri: REDIRECT });
    expect(url).toBe(`${AUTHORIZE_URL}&redirect_uri=${encodeURIComponent(REDIRECT)}`);
    expect(url).toContain(
      'redirect_uri=https%3A%2F%2Fapp.example.com%2Fintegrations%2Fcallback%3Ftab%3Dcrm%26x%3Da%20b',
    );
    const params = new URL(url).searchParams;
    expect(params.get('state')).toBe('eyJhbGciOi.J9~x');
    expect(params.get('redirect_uri')).toBe(REDIRECT);
    expect(params.get('tab')).toBeNull();
  });

  it('accepts the URL itself instead of a connection', () => {
    const url = buildAuthorizeUrl(AUTHORIZE_URL, { redirectUri: 'https://app.example.com/cb' });
    expect(new URL(url).searchParams.get('redirect_uri')).toBe('https://app.example.com/cb');
  });

  it('adds the query when the authorize URL has none', () => {
    const url = buildAuthorizeUrl('https://unify.apideck.com/vault/authorize/x/app', {
      redirectUri: 'https://app.example.com/cb',
    });
    expect(url).toBe(
      'https://unify.apideck.com/vault/authorize/x/app?redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb',
    );
  });

  it('sends scope lists space-delimited, in order', () => {
    const url = buildAuthorizeUrl(connection(), {
      redirectUri: 'https://app.example.com/cb',
      scope: ['openid', 'leads:write', ' ', 'profile:read'],
    });
    expect(url).toContain('&scope=openid%20leads%3Awrite%20profile%3Aread');
    expect(new URL(url).searchParams.get('scope')).toBe('openid leads:write profile:read');
  });

  it('sends a scope string as given and leaves out empty scopes', () => {
    const single = buildAuthorizeUrl(connection(), {
      redirectUri: 'https://app.example.com/cb',
      scope: 'openid',
    });
    expect(new URL(single).searchParams.get('scope')).toBe('openid');
    const empty = buildAuthorizeUrl(connection(), {
      redirectUri: 'https://app.example.com/cb',
      scope: [],
    });
    expect(new URL(empty).searchParams.has('scope')).toBe(false);
  });

  it('appends the nonce', () => {
    const url = buildAuthorizeUrl(connection(), {
      redirectUri: 'https://app.example.com/cb',
      nonce: 'a1b2c3d4-e5f6',
    });
    expect(url.endsWith('&nonce=a1b2c3d4-e5f6')).toBe(true);
    expect(new URL(url).searchParams.has('nonce')).toBe(true);
    const without = buildAuthorizeUrl(connection(), { redirectUri: 'https://app.example.com/cb' });
    expect(new URL(without).searchParams.has('nonce')).toBe(false);
  });

  it('replaces a redirect_uri the authorize URL already carries instead of sending two', () => {
    const url = buildAuthorizeUrl(`${AUTHORIZE_URL}&redirect_uri=https%3A%2F%2Fold.example.com`, {
      redirectUri: 'https://app.example.com/cb',
    });
    expect(new URL(url).searchParams.getAll('redirect_uri')).toEqual([
      'https://app.example.com/cb',
    ]);
    expect(new URL(url).searchParams.get('state')).toBe('eyJhbGciOi.J9~x');
  });

  it('allows http on allow-listed origins, for the sandbox', () => {
    const url = buildAuthorizeUrl('http://127.0.0.1:4010/vault/authorize/x/app?state=s', {
      redirectUri: 'http://localhost:6006/callback',
      allowedOrigins: ['http://127.0.0.1:4010', 'http://localhost:6006'],
    });
    expect(url).toBe(
      'http://127.0.0.1:4010/vault/authorize/x/app?state=s&redirect_uri=http%3A%2F%2Flocalhost%3A6006%2Fcallback',
    );
  });

  it.each([
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'http://unify.apideck.com/vault/authorize/x/app',
    '/vault/authorize/x/app',
    'https://user:pass@unify.apideck.com/vault/authorize/x/app',
  ])('refuses the unsafe authorize URL %s', (authorizeUrl) => {
    const build = () =>
      buildAuthorizeUrl(connection({ authorize_url: authorizeUrl }), { redirectUri: REDIRECT });
    expect(build).toThrow(UnsafeUrlError);
    expect(build).toThrow(/authorize_url/);
  });

  it.each([
    'javascript:alert(1)',
    'http://app.example.com/cb',
    '/integrations/callback',
    'callback',
    '',
  ])('refuses the redirect_uri %j', (redirectUri) => {
    let caught: unknown;
    try {
      buildAuthorizeUrl(connection(), { redirectUri });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(UnsafeUrlError);
    expect(caught).toBeInstanceOf(PlugboardError);
    expect((caught as UnsafeUrlError).field).toBe('redirect_uri');
    expect((caught as UnsafeUrlError).name).toBe('UnsafeUrlError');
  });

  it('does not leak the refused URL (it may carry a state token) into the message', () => {
    const build = () =>
      buildAuthorizeUrl(
        connection({ authorize_url: 'http://unify.apideck.com/x?state=secret-token' }),
        {
          redirectUri: REDIRECT,
        },
      );
    expect(build).toThrow(UnsafeUrlError);
    expect(build).not.toThrow(/secret-token/);
  });

  it('throws a clear error when the connection has no authorize_url', () => {
    const build = () =>
      buildAuthorizeUrl(connection({ authorize_url: null }), { redirectUri: REDIRECT });
    expect(build).toThrow(PlugboardError);
    expect(build).toThrow('Connection crm/salesforce has no authorize_url');
    expect(() => buildAuthorizeUrl('', { redirectUri: REDIRECT })).toThrow(
      'No authorize_url was given.',
    );
  });
});

describe('buildRevokeUrl', () => {
  it('keeps the state and appends an encoded redirect_uri', () => {
    const url = buildRevokeUrl(connection(), { redirectUri: REDIRECT });
    expect(url).toBe(`${REVOKE_URL}&redirect_uri=${encodeURIComponent(REDIRECT)}`);
  });

  it('reads revoke_url, not authorize_url', () => {
    const url = buildRevokeUrl(connection({ authorize_url: null }), { redirectUri: REDIRECT });
    expect(new URL(url).pathname).toBe('/vault/revoke/salesforce/app-1');
  });

  it('refuses unsafe revoke URLs and redirect URIs', () => {
    expect(() =>
      buildRevokeUrl(connection({ revoke_url: 'javascript:alert(1)' }), { redirectUri: REDIRECT }),
    ).toThrow(/revoke_url/);
    expect(() => buildRevokeUrl(connection(), { redirectUri: 'data:text/html,x' })).toThrow(
      UnsafeUrlError,
    );
  });

  it('throws a clear error when the connection has no revoke_url', () => {
    expect(() =>
      buildRevokeUrl(connection({ revoke_url: undefined }), { redirectUri: REDIRECT }),
    ).toThrow('Connection crm/salesforce has no revoke_url');
  });
});
