import {
  DEFAULT_VAULT_BASE_URL,
  decodeSessionToken,
  envelopeOf,
  parseBody,
  ResponseValidationError,
  type RetryConfig,
  type SessionClaims,
  sendRequest,
  vaultErrorFromResponse,
} from '@plugboard/core';
import * as z from 'zod/mini';
import { requireText } from '../requireText';
import { DEFAULT_SERVER_TIMEOUT_MS } from '../serverDefaults';
import type { SessionBody } from './SessionBody';

const CreateSessionResponseSchema = envelopeOf(
  z.looseObject({ session_uri: z.string(), session_token: z.string() }),
);

/**
 * Options of {@link createSession}.
 * @example
 * { apiKey: process.env.APIDECK_API_KEY!, appId: process.env.APIDECK_APP_ID!, consumerId: user.orgId }
 */
export interface CreateSessionOptions {
  /** Your Vault API key (`APIDECK_API_KEY`). Sent as `Authorization: Bearer …`; never logged. */
  apiKey: string;
  /** Your Unify application id (`APIDECK_APP_ID`), sent as `x-apideck-app-id`. */
  appId: string;
  /**
   * The consumer the session is for, sent as `x-apideck-consumer-id`. Take it from your own
   * authentication (the signed-in user or their organisation), never from what the browser sends.
   */
  consumerId: string;
  /** The session body: consumer metadata, redirect URI, settings, theme. @default {} */
  session?: SessionBody;
  /** @default 'https://unify.apideck.com' */
  baseUrl?: string;
  /** A `fetch` to use instead of the global one (proxies, instrumentation). */
  fetch?: typeof fetch;
  /**
   * Retry policy. Creating a session is a POST, which is not idempotent, so it is **not retried**
   * unless you pass a policy here (a retried POST may create two sessions, which is harmless
   * beyond the extra call).
   * @default { strategy: 'none' }
   */
  retries?: RetryConfig;
  /** Per-attempt time limit in milliseconds. @default 10000 */
  timeoutMs?: number;
  /** Cancels the call, including waits between retries. */
  signal?: AbortSignal;
}

/** A Vault session for one consumer, ready to hand to the browser. */
export interface VaultSession {
  /** The session JWT (`data.session_token`): what `PlugboardProvider`'s `getSessionToken` returns. */
  sessionToken: string;
  /** The hosted Vault URL for this session (`data.session_uri`). */
  sessionUri: string;
  /**
   * When the token expires, from its `exp` claim (a `Date`; `JSON.stringify` writes it as an ISO
   * 8601 string). Tokens without `exp` are given `settings.session_length`, else one hour.
   */
  expiresAt: Date;
}

const SESSION_LENGTH_UNITS: Record<string, number> = {
  s: 1,
  m: 60,
  h: 3600,
  d: 86_400,
  w: 604_800,
};

function expiresAtOf(claims: SessionClaims, session: SessionBody | undefined, now: number): Date {
  if (claims.exp !== undefined) return new Date(claims.exp * 1000);
  const match = /^\s*(\d+)\s*([smhdw])\s*$/i.exec(session?.settings?.session_length ?? '');
  const seconds =
    match?.[1] && match[2]
      ? Number(match[1]) * (SESSION_LENGTH_UNITS[match[2].toLowerCase()] ?? 0)
      : 3600;
  return new Date(now + seconds * 1000);
}

/**
 * Creates a Vault session for one consumer with your API key (`POST /vault/sessions`) and returns
 * the session JWT your browser code needs. Server side only: the API key must never reach a
 * browser.
 *
 * Not retried by default — a POST is not idempotent; pass `retries` to opt in. Errors are core's
 * typed Vault errors: `BadRequestError` (400, `fieldErrors` names the session properties at fault,
 * e.g. `settings.session_length`), `UnauthorizedError` (401, wrong key or app id),
 * `PaymentRequiredError` (402), `NotFoundError` (404), `UnprocessableError` (422), `ApiError`
 * (others), `NetworkError`, `TimeoutError`, and `ResponseValidationError` when the answer is not
 * the documented `CreateSessionResponse` or its token is not a readable JWT. No error carries the
 * API key.
 *
 * @example
 * // app/api/vault-session/route.ts (Next.js), when you want more control than the handler gives:
 * import { createSession } from '@plugboard/server';
 *
 * export async function POST() {
 *   const user = await currentUser(); // your own authentication
 *   if (!user) return Response.json({ error: 'Not signed in.' }, { status: 401 });
 *   const { sessionToken, expiresAt } = await createSession({
 *     apiKey: process.env.APIDECK_API_KEY!,
 *     appId: process.env.APIDECK_APP_ID!,
 *     consumerId: user.organisationId,
 *     session: { settings: { unified_apis: ['crm'], session_length: '30m' } },
 *   });
 *   return Response.json({ token: sessionToken, expiresAt }, { headers: { 'cache-control': 'no-store' } });
 * }
 */
export async function createSession(options: CreateSessionOptions): Promise<VaultSession> {
  const apiKey = requireText('createSession', 'apiKey', options.apiKey);
  const appId = requireText('createSession', 'appId', options.appId);
  const consumerId = requireText('createSession', 'consumerId', options.consumerId);
  const result = await sendRequest(
    {
      baseUrl: options.baseUrl ?? DEFAULT_VAULT_BASE_URL,
      fetch: options.fetch,
      timeoutMs: options.timeoutMs ?? DEFAULT_SERVER_TIMEOUT_MS,
      errorFromResponse: vaultErrorFromResponse,
      authHeaders: () => ({
        authorization: `Bearer ${apiKey}`,
        'x-apideck-app-id': appId,
        'x-apideck-consumer-id': consumerId,
      }),
    },
    { method: 'POST', path: '/vault/sessions', body: options.session ?? {} },
    {
      retries: options.retries ?? { strategy: 'none' },
      ...(options.signal ? { signal: options.signal } : {}),
    },
  );
  const { data } = parseBody(CreateSessionResponseSchema, result);
  const claims = decodeSessionToken(data.session_token);
  if (!claims) {
    throw new ResponseValidationError(
      'The Vault answered a session_token that is not a readable JWT.',
      {
        status: result.response.status,
        body: result.body,
        response: result.response,
        issues: [{ path: ['data', 'session_token'], message: 'Not a readable JWT' }],
      },
    );
  }
  return {
    sessionToken: data.session_token,
    sessionUri: data.session_uri,
    expiresAt: expiresAtOf(claims, options.session, Date.now()),
  };
}
