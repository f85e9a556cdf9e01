/**
 * The claims of a Vault session JWT that the browser relies on. Other claims (`consumer_metadata`,
 * `redirect_uri`, `theme` …) are kept as they come.
 */
export interface SessionClaims {
  application_id?: string;
  consumer_id?: string;
  consumer_metadata?: Record<string, unknown>;
  redirect_uri?: string;
  settings?: {
    unified_apis?: string[];
    hide_resource_settings?: boolean;
    sandbox_mode?: boolean;
    isolation_mode?: boolean;
    show_logs?: boolean;
    hide_guides?: boolean;
    auto_redirect?: boolean;
    /** Which of `delete`, `disconnect`, `reauthorize`, `disable` the UI may offer; absent: all. */
    allow_actions?: string[];
    [claim: string]: unknown;
  };
  theme?: Record<string, unknown>;
  /** Expiry, in seconds since the epoch. */
  exp?: number;
  iat?: number;
  [claim: string]: unknown;
}

function decodeBase64Url(segment: string): string {
  const base64 = segment.replace(/-/g, '+').replace(/_/g, '/');
  const padded = base64 + '='.repeat((4 - (base64.length % 4)) % 4);
  const bytes = Uint8Array.from(atob(padded), (char) => char.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const CLAIM_TYPES: Record<string, 'string' | 'number' | 'object'> = {
  application_id: 'string',
  consumer_id: 'string',
  redirect_uri: 'string',
  exp: 'number',
  iat: 'number',
  settings: 'object',
  theme: 'object',
  consumer_metadata: 'object',
};

/**
 * Reads a session JWT's claims without verifying its signature (the browser cannot, and need not:
 * the API verifies every call). Returns `undefined` for anything that is not a readable JWT or
 * whose known claims have the wrong types.
 */
export function decodeSessionToken(token: string): SessionClaims | undefined {
  const payload = token.split('.')[1];
  if (!payload) return undefined;
  let claims: unknown;
  try {
    claims = JSON.parse(decodeBase64Url(payload));
  } catch {
    return undefined;
  }
  if (!isObject(claims)) return undefined;
  for (const [claim, type] of Object.entries(CLAIM_TYPES)) {
    const value = claims[claim];
    if (value === undefined) continue;
    if (type === 'object' ? !isObject(value) : typeof value !== type) return undefined;
  }
  const allowActions = isObject(claims.settings) ? claims.settings.allow_actions : undefined;
  if (
    allowActions !== undefined &&
    !(Array.isArray(allowActions) && allowActions.every((a) => typeof a === 'string'))
  ) {
    return undefined;
  }
  return claims as SessionClaims;
}

/** Milliseconds until the token's `exp`, or `undefined` when it has none. */
export function sessionExpiresIn(
  claims: SessionClaims | undefined,
  now = Date.now(),
): number | undefined {
  return claims?.exp === undefined ? undefined : claims.exp * 1000 - now;
}
