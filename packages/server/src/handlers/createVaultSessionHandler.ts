import type { RetryConfig } from '@plugboard/core';
import { createSession } from '../vault/createSession';
import type { ConsumerMetadata, SessionBody } from '../vault/SessionBody';
import { HandlerConfigurationError } from './HandlerConfigurationError';
import {
  defaultReporter,
  failureAnswer,
  internalError,
  jsonAnswer,
  methodNotAllowed,
  notSignedIn,
} from './handlerResponses';
import type { HandlerErrorReporter, RequestHandler } from './RequestHandler';

/**
 * The signed-in consumer, as your own authentication knows them.
 * @example
 * resolveConsumer: async () => ({ consumerId: user.orgId, metadata: { user_name: user.name } })
 */
export interface ResolvedConsumer {
  /** The Vault consumer id: your user's or organisation's id. */
  consumerId: string;
  /** Shown in Vault's sidebar; merged over `session.consumer_metadata`. */
  metadata?: ConsumerMetadata;
}

/**
 * Options of {@link createVaultSessionHandler}.
 * @example
 * const options: VaultSessionHandlerOptions = {
 *   apiKey: process.env.APIDECK_API_KEY!,
 *   appId: process.env.APIDECK_APP_ID!,
 *   resolveConsumer: async (request) => consumerFromCookie(request.headers.get('cookie')),
 * };
 */
export interface VaultSessionHandlerOptions {
  /** Your Vault API key (`APIDECK_API_KEY`). Checked on each request, so a build without it still loads. */
  apiKey: string;
  /** Your Unify application id (`APIDECK_APP_ID`). */
  appId: string;
  /**
   * Who is asking, from your own authentication (a session cookie, a verified bearer token):
   * return `null` or `undefined` when nobody is signed in (the handler answers 401). Never take the
   * consumer id from the request body or headers as they come: a browser can put anything there.
   */
  resolveConsumer(
    request: Request,
  ): Promise<ResolvedConsumer | null | undefined> | ResolvedConsumer | null | undefined;
  /**
   * The session body (settings, theme, redirect URI …), fixed or per consumer.
   * @default {}
   */
  session?:
    | SessionBody
    | ((consumer: ResolvedConsumer, request: Request) => SessionBody | Promise<SessionBody>);
  /** @default 'https://unify.apideck.com' */
  baseUrl?: string;
  /** A `fetch` to use instead of the global one. */
  fetch?: typeof fetch;
  /** Retry policy of the `POST /vault/sessions` call. @default { strategy: 'none' } */
  retries?: RetryConfig;
  /** Per-attempt time limit in milliseconds. @default 10000 */
  timeoutMs?: number;
  /** Where 5XX failures are reported. @default a one-line, secret-free `console.error` */
  onError?: HandlerErrorReporter;
}

/**
 * A `POST` endpoint that creates a Vault session for the signed-in consumer and answers
 * `200 {token, expiresAt}` (`expiresAt` an ISO 8601 string) with `cache-control: no-store` —
 * what `PlugboardProvider`'s `getSessionToken` fetches.
 *
 * Other methods get 405 with `Allow: POST`; no signed-in consumer 401 `{error: 'Not signed in.'}`;
 * a failing resolver or setup 500 `{error: 'Internal server error.'}`; a Vault error answer 502
 * `{error, status}` with the Vault's status (no time: 504). Answers never contain the API key, the
 * Vault's body or its headers. The request body is never read: the consumer comes only from
 * `resolveConsumer`.
 *
 * @example
 * // app/api/vault-session/route.ts (Next.js App Router)
 * import { createVaultSessionHandler } from '@plugboard/server';
 *
 * export const POST = createVaultSessionHandler({
 *   apiKey: process.env.APIDECK_API_KEY!,
 *   appId: process.env.APIDECK_APP_ID!,
 *   resolveConsumer: async () => {
 *     const user = await currentUser(); // your auth
 *     return user && { consumerId: user.orgId, metadata: { user_name: user.name, email: user.email } };
 *   },
 *   session: { settings: { unified_apis: ['crm'], session_length: '1h' } },
 * });
 *
 * @example
 * // Express
 * import { toNodeHandler } from '@plugboard/server/node';
 *
 * app.post('/api/vault-session', toNodeHandler(createVaultSessionHandler({ … })));
 */
export function createVaultSessionHandler(options: VaultSessionHandlerOptions): RequestHandler {
  const report = options.onError ?? defaultReporter('createVaultSessionHandler');
  return async function handleVaultSession(request) {
    if (request.method !== 'POST') return methodNotAllowed(['POST']);
    let consumer: ResolvedConsumer | null | undefined;
    try {
      consumer = await options.resolveConsumer(request);
    } catch (error) {
      report(error, request);
      return internalError();
    }
    if (!consumer) return notSignedIn();
    try {
      if (!options.apiKey || !options.appId) {
        throw new HandlerConfigurationError(
          'createVaultSessionHandler needs `apiKey` and `appId` (set APIDECK_API_KEY and APIDECK_APP_ID).',
        );
      }
      if (typeof consumer.consumerId !== 'string' || consumer.consumerId.trim() === '') {
        throw new HandlerConfigurationError(
          'resolveConsumer returned a consumer without a `consumerId`; return null when nobody is signed in.',
        );
      }
      const base =
        typeof options.session === 'function'
          ? await options.session(consumer, request)
          : options.session;
      const session: SessionBody = consumer.metadata
        ? { ...base, consumer_metadata: { ...base?.consumer_metadata, ...consumer.metadata } }
        : (base ?? {});
      const created = await createSession({
        apiKey: options.apiKey,
        appId: options.appId,
        consumerId: consumer.consumerId,
        session,
        signal: request.signal,
        ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
        ...(options.fetch ? { fetch: options.fetch } : {}),
        ...(options.retries ? { retries: options.retries } : {}),
        ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
      });
      return jsonAnswer(
        { token: created.sessionToken, expiresAt: created.expiresAt.toISOString() },
        200,
      );
    } catch (error) {
      return failureAnswer('Vault', error, request, report);
    }
  };
}
