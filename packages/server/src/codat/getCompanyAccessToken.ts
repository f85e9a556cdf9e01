import { parseBody, type RetryConfig, sendRequest } from '@plugboard/core';
import * as z from 'zod/mini';
import { requireText } from '../requireText';
import { DEFAULT_SERVER_TIMEOUT_MS } from '../serverDefaults';
import { codatErrorFromResponse } from './codatErrorFromResponse';

/**
 * Codat's API origin.
 * @example
 * getCompanyAccessToken(companyId, { apiKey, baseUrl: process.env.CODAT_BASE_URL ?? DEFAULT_CODAT_BASE_URL });
 */
export const DEFAULT_CODAT_BASE_URL = 'https://api.codat.io';

/**
 * The short retry policy of Codat token calls: 429, 408, 5XX and connection failures are retried
 * with `Retry-After` honoured, and no more than 4 s are spent in all, so a browser waiting on
 * your endpoint is not kept hanging. A `Retry-After` longer than what is left gives up at once.
 *
 * @example
 * // A longer budget for a background job:
 * getCompanyAccessToken(companyId, {
 *   apiKey,
 *   retries: { ...DEFAULT_CODAT_RETRIES, backoff: { maxElapsedTime: 30_000 } },
 * });
 */
export const DEFAULT_CODAT_RETRIES: RetryConfig = {
  strategy: 'backoff',
  backoff: { initialInterval: 250, maxInterval: 2000, exponent: 2, maxElapsedTime: 4000 },
  retryConnectionErrors: true,
};

/**
 * Which Codat endpoint issues the token:
 * - `company`: `GET /companies/{companyId}/accessToken` (`get-company-access-token`), valid one day;
 * - `connectionManagement`: the deprecated `GET /companies/{companyId}/connectionManagement/accessToken`
 *   (`get-connection-management-access-token`, what the Go SDK's `ConnectionManagement.GetAccessToken`
 *   calls), valid one hour. Codat announced it answers 404 after 2026-10-12.
 */
export type CodatAccessTokenEndpoint = 'company' | 'connectionManagement';

/**
 * Options of {@link getCompanyAccessToken}.
 * @example
 * { apiKey: process.env.CODAT_API_KEY!, endpoint: 'company' }
 */
export interface GetCompanyAccessTokenOptions {
  /** Your Codat API key (`CODAT_API_KEY`). Sent as `Authorization: Basic base64(key)`; never logged. */
  apiKey: string;
  /** @default 'company' */
  endpoint?: CodatAccessTokenEndpoint;
  /** @default 'https://api.codat.io' */
  baseUrl?: string;
  /** A `fetch` to use instead of the global one (proxies, instrumentation). */
  fetch?: typeof fetch;
  /** Cancels the call, including waits between retries. */
  signal?: AbortSignal;
  /** @default DEFAULT_CODAT_RETRIES (short: at most 4 s in all) */
  retries?: RetryConfig;
  /** Per-attempt time limit in milliseconds. @default 10000 */
  timeoutMs?: number;
}

/** A Codat company access token, for the Connections SDK in the browser. */
export interface CompanyAccessToken {
  accessToken: string;
  /** Seconds the token is valid, counted from the answer (3600 for `connectionManagement`). */
  expiresIn: number;
  /** Always `Bearer` so far. */
  tokenType: string;
  /** The answer's arrival plus `expiresIn` (a `Date`; `JSON.stringify` writes an ISO 8601 string). */
  expiresAt: Date;
}

const CompanyAccessTokenSchema = z.looseObject({
  accessToken: z.string(),
  expiresIn: z.number(),
  tokenType: z.string(),
});

const ConnectionManagementAccessTokenSchema = z.looseObject({ accessToken: z.string() });

/** The deprecated endpoint's tokens are valid one hour and it does not say so. */
const CONNECTION_MANAGEMENT_TOKEN_SECONDS = 3600;

/** `base64(key)` with web standards only, so this module runs outside Node too. */
function basicCredentials(apiKey: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(apiKey)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/**
 * Gets an access token for one Codat company, for Codat's Connections SDK in that company's
 * browser. Server side only: the API key must never reach a browser.
 *
 * It is a GET, so it is retried — briefly — on 429, 5XX and connection failures, honouring
 * `Retry-After` (seconds or an HTTP date); see {@link DEFAULT_CODAT_RETRIES}. Codat's error answers
 * become a {@link CodatApiError} (401 bad key, 402 payment required, 403 forbidden, 404 unknown
 * company or endpoint gone, 429 rate limited, 500/503); no answer becomes core's `NetworkError` or
 * `TimeoutError`; an answer of the wrong shape a `ResponseValidationError`.
 *
 * @example
 * import { getCompanyAccessToken } from '@plugboard/server';
 *
 * const { accessToken, expiresAt } = await getCompanyAccessToken(user.codatCompanyId, {
 *   apiKey: process.env.CODAT_API_KEY!,
 * });
 */
export async function getCompanyAccessToken(
  companyId: string,
  options: GetCompanyAccessTokenOptions,
): Promise<CompanyAccessToken> {
  requireText('getCompanyAccessToken', 'companyId', companyId);
  const apiKey = requireText('getCompanyAccessToken', 'apiKey', options.apiKey);
  const endpoint = options.endpoint ?? 'company';
  if (endpoint !== 'company' && endpoint !== 'connectionManagement') {
    throw new TypeError(
      "getCompanyAccessToken: `endpoint` must be 'company' or 'connectionManagement'.",
    );
  }
  const company = `/companies/${encodeURIComponent(companyId)}`;
  const result = await sendRequest(
    {
      baseUrl: options.baseUrl ?? DEFAULT_CODAT_BASE_URL,
      fetch: options.fetch,
      retries: options.retries ?? DEFAULT_CODAT_RETRIES,
      timeoutMs: options.timeoutMs ?? DEFAULT_SERVER_TIMEOUT_MS,
      authHeaders: () => ({ authorization: `Basic ${basicCredentials(apiKey)}` }),
      errorFromResponse: (response, body) =>
        codatErrorFromResponse(response, body, { companyId, endpoint }),
    },
    {
      method: 'GET',
      path:
        endpoint === 'company'
          ? `${company}/accessToken`
          : `${company}/connectionManagement/accessToken`,
    },
    options.signal ? { signal: options.signal } : {},
  );
  const answeredAt = Date.now();
  const token =
    endpoint === 'company'
      ? parseBody(CompanyAccessTokenSchema, result)
      : {
          accessToken: parseBody(ConnectionManagementAccessTokenSchema, result).accessToken,
          expiresIn: CONNECTION_MANAGEMENT_TOKEN_SECONDS,
          tokenType: 'Bearer',
        };
  return {
    accessToken: token.accessToken,
    expiresIn: token.expiresIn,
    tokenType: token.tokenType,
    expiresAt: new Date(answeredAt + token.expiresIn * 1000),
  };
}
