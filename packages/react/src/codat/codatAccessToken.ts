import type { CodatAccessToken } from './codatConnectionsSdk';

/** How long before a Codat token expires the launcher mounts the SDK again with a new one. */
export const CODAT_TOKEN_REFRESH_MARGIN_MS = 60_000;

/** A token with its expiry resolved to epoch milliseconds. */
export interface ResolvedCodatAccessToken {
  accessToken: string;
  receivedAt: number;
  expiresAt: number | undefined;
}

function expiryOf(token: Exclude<CodatAccessToken, string>, now: number): number | undefined {
  const { expiresAt, expiresIn } = token;
  if (expiresAt instanceof Date) return expiresAt.getTime();
  if (typeof expiresAt === 'number') return expiresAt;
  if (typeof expiresAt === 'string') {
    const parsed = Date.parse(expiresAt);
    if (!Number.isNaN(parsed)) return parsed;
  }
  return typeof expiresIn === 'number' && Number.isFinite(expiresIn)
    ? now + expiresIn * 1000
    : undefined;
}

/** Reads what `getAccessToken` returned; throws when there is no token in it. */
export function resolveCodatAccessToken(
  token: CodatAccessToken,
  now: number,
): ResolvedCodatAccessToken {
  const accessToken = typeof token === 'string' ? token : token?.accessToken;
  if (typeof accessToken !== 'string' || accessToken === '') {
    throw new TypeError('getAccessToken returned no access token.');
  }
  return {
    accessToken,
    receivedAt: now,
    expiresAt: typeof token === 'string' ? undefined : expiryOf(token, now),
  };
}

/**
 * When to fetch the next token: the margin before expiry, but never more than a tenth of the
 * token's lifetime, so short-lived tokens are not refreshed in a loop.
 */
export function tokenRefreshDelay(
  token: ResolvedCodatAccessToken,
  now: number,
): number | undefined {
  if (token.expiresAt === undefined) return undefined;
  const lifetime = token.expiresAt - token.receivedAt;
  // Already expired when it arrived: mount anyway; the SDK's 401 then asks for one more token.
  if (lifetime <= 0) return undefined;
  const margin = Math.min(CODAT_TOKEN_REFRESH_MARGIN_MS, lifetime / 10);
  // setTimeout holds at most 2^31 − 1 ms.
  return Math.min(Math.max(0, token.expiresAt - margin - now), 2_147_483_647);
}
