import { PlugboardError } from '../errors/PlugboardError';
import type { Connection } from '../schemas/connection';
import { isSafeUrl, type SafeUrlOptions } from './safeUrl';
import { UnsafeUrlError } from './UnsafeUrlError';

/** Options of `buildRevokeUrl`; `buildAuthorizeUrl` takes a few more. */
export interface OAuthUrlOptions extends SafeUrlOptions {
  /**
   * Where Vault sends the user back after the flow: an absolute `https:` URL, or one on an
   * `allowedOrigins` origin.
   */
  redirectUri: string;
}

/** Options of `buildAuthorizeUrl`. */
export interface AuthorizeUrlOptions extends OAuthUrlOptions {
  /** OAuth scopes to request; a list is sent space-delimited, as the spec's `scope` parameter says. */
  scope?: string | readonly string[] | undefined;
  /**
   * Binds the flow to its callback (see `createOAuthNonce`). With a nonce the connection waits in
   * `pending_confirmation` until `POST …/confirm` with the callback's `confirm_token`.
   */
  nonce?: string | undefined;
}

/** A connection (only its OAuth URLs and ids are read) or the URL itself. */
export type OAuthUrlSource =
  | string
  | Pick<Connection, 'authorize_url' | 'revoke_url' | 'service_id' | 'unified_api'>;

type OAuthUrlField = 'authorize_url' | 'revoke_url';

function baseUrl(source: OAuthUrlSource, field: OAuthUrlField): string {
  const url = typeof source === 'string' ? source : source[field];
  if (!url) {
    if (typeof source === 'string') throw new PlugboardError(`No ${field} was given.`);
    throw new PlugboardError(
      `Connection ${source.unified_api}/${source.service_id} has no ${field}: it does not use the OAuth authorization-code flow, or it is not added or configured yet.`,
    );
  }
  return url;
}

function queryKey(pair: string): string {
  const key = pair.split('=', 1)[0] ?? '';
  try {
    return decodeURIComponent(key.replace(/\+/g, ' '));
  } catch {
    return key;
  }
}

function buildOAuthUrl(
  source: OAuthUrlSource,
  field: OAuthUrlField,
  options: OAuthUrlOptions,
  params: ReadonlyArray<readonly [string, string | undefined]>,
): string {
  const base = baseUrl(source, field);
  if (!isSafeUrl(base, options)) throw new UnsafeUrlError(field);
  if (!isSafeUrl(options.redirectUri, options)) throw new UnsafeUrlError('redirect_uri');

  const url = new URL(base);
  const added = params.filter((param): param is readonly [string, string] => Boolean(param[1]));
  const addedKeys = new Set(added.map(([key]) => key));
  // The existing query is kept byte for byte (it carries a signed `state`); only parameters this
  // function sets are replaced.
  const kept = url.search
    .slice(1)
    .split('&')
    .filter((pair) => pair !== '' && !addedKeys.has(queryKey(pair)));
  const appended = added.map(([key, value]) => `${key}=${encodeURIComponent(value)}`);
  url.search = [...kept, ...appended].join('&');
  return url.href;
}

function scopeParam(scope: AuthorizeUrlOptions['scope']): string | undefined {
  if (scope === undefined) return undefined;
  const scopes = typeof scope === 'string' ? [scope] : scope;
  return scopes
    .map((item) => item.trim())
    .filter(Boolean)
    .join(' ');
}

/**
 * The URL to open (popup or redirect) to authorize a connection: its `authorize_url`, existing
 * query (such as `state`) kept, with `redirect_uri` URL-encoded and, when given, `scope`
 * (space-delimited) and `nonce` appended.
 *
 * @throws {UnsafeUrlError} when the authorize URL or `redirectUri` is not safe (see `isSafeUrl`).
 * @throws {PlugboardError} when the connection has no `authorize_url`.
 * @example
 * const nonce = createOAuthNonce();
 * const url = buildAuthorizeUrl(connection, {
 *   redirectUri: 'https://app.example.com/integrations/callback',
 *   scope: ['openid', 'leads:write'],
 *   nonce,
 * });
 */
export function buildAuthorizeUrl(source: OAuthUrlSource, options: AuthorizeUrlOptions): string {
  return buildOAuthUrl(source, 'authorize_url', options, [
    ['redirect_uri', options.redirectUri],
    ['scope', scopeParam(options.scope)],
    ['nonce', options.nonce],
  ]);
}

/**
 * The URL to open to revoke (disconnect) a connection: its `revoke_url`, existing query kept, with
 * `redirect_uri` URL-encoded and appended.
 *
 * @throws {UnsafeUrlError} when the revoke URL or `redirectUri` is not safe (see `isSafeUrl`).
 * @throws {PlugboardError} when the connection has no `revoke_url`.
 * @example
 * const url = buildRevokeUrl(connection, { redirectUri: 'https://app.example.com/integrations' });
 */
export function buildRevokeUrl(source: OAuthUrlSource, options: OAuthUrlOptions): string {
  return buildOAuthUrl(source, 'revoke_url', options, [['redirect_uri', options.redirectUri]]);
}
