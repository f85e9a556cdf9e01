/** The OAuth flow succeeded; with a nonce, confirm it with `confirmToken` (valid 30 minutes). */
export interface OAuthCallbackSuccess {
  type: 'success';
  nonce?: string | undefined;
  confirmToken?: string | undefined;
  serviceId?: string | undefined;
}

/** The OAuth flow failed; throw an `OAuthProviderError` made from it to surface it. */
export interface OAuthCallbackError {
  type: 'error';
  errorType: string;
  errorMessage: string;
  serviceId?: string | undefined;
}

/** The URL carries no OAuth callback parameters. */
export interface OAuthCallbackNone {
  type: 'none';
}

/** What `parseOAuthCallback` reads from the page the OAuth flow returned to. */
export type OAuthCallback = OAuthCallbackSuccess | OAuthCallbackError | OAuthCallbackNone;

// Lets callers pass `location.search` or `location.hash` on their own as well as a full URL.
const RELATIVE_BASE = 'https://callback.invalid/';

function parseUrl(url: string | URL): URL | undefined {
  try {
    return new URL(url, RELATIVE_BASE);
  } catch {
    return undefined;
  }
}

function read(params: URLSearchParams, name: string): string | undefined {
  return params.get(name) || undefined;
}

/**
 * Reads the page URL that Vault redirected to after an OAuth flow. On success with a nonce the
 * fragment carries `#nonce=…&confirm_token=…&service_id=…`; on failure the query carries
 * `?error_type=…&error_message=…&service_id=…`. Values are URL-decoded; an error wins when both
 * appear. Never throws: an unreadable URL gives `{ type: 'none' }`.
 *
 * @example
 * const callback = parseOAuthCallback(pageUrl);
 * if (callback.type === 'success' && callback.nonce === expectedNonce && callback.confirmToken) {
 *   await confirmConnection(client, ref, { confirm_token: callback.confirmToken });
 * }
 */
export function parseOAuthCallback(url: string | URL): OAuthCallback {
  const parsed = parseUrl(url);
  if (!parsed) return { type: 'none' };

  const query = parsed.searchParams;
  const errorType = read(query, 'error_type');
  const errorMessage = read(query, 'error_message');
  if (errorType !== undefined || errorMessage !== undefined) {
    return {
      type: 'error',
      errorType: errorType ?? 'unknown_error',
      errorMessage: errorMessage ?? 'The authorization failed without a message from the provider.',
      serviceId: read(query, 'service_id'),
    };
  }

  const fragment = new URLSearchParams(parsed.hash.slice(1));
  const nonce = read(fragment, 'nonce');
  const confirmToken = read(fragment, 'confirm_token');
  if (nonce !== undefined || confirmToken !== undefined) {
    return { type: 'success', nonce, confirmToken, serviceId: read(fragment, 'service_id') };
  }
  return { type: 'none' };
}
