import { UnauthorizedError } from '../errors/PlugboardError';
import { vaultErrorFromResponse } from '../errors/vaultErrorFromResponse';
import type { RetryConfig } from '../http/retries';
import {
  type HttpRequest,
  type HttpResult,
  type RequestOptions,
  sendRequest,
  type TransportConfig,
} from '../http/transport';
import { decodeSessionToken, type SessionClaims } from './sessionToken';

export const DEFAULT_VAULT_BASE_URL = 'https://unify.apideck.com';

interface CommonConfig {
  /** The consumer whose connections are managed. With a session, read from its claims when omitted. */
  consumerId?: string;
  /** Your Unify application id. With a session, read from its claims when omitted. */
  appId?: string;
  /** @default 'https://unify.apideck.com' */
  baseUrl?: string;
  /** A `fetch` to use instead of the global one (tests, proxies, instrumentation). */
  fetch?: typeof fetch;
  /** Headers sent with every call. */
  headers?: HeadersInit;
  /** Extra `fetch` options for every call (`credentials`, `cache` …). */
  fetchOptions?: RequestOptions['fetchOptions'];
  /**
   * Retry policy for idempotent calls (GET, PUT, DELETE). Other calls retry only when a call
   * passes `retries` itself.
   * @default { strategy: 'backoff', backoff: { initialInterval: 500, maxInterval: 8000, exponent: 1.5, maxElapsedTime: 30000 }, retryConnectionErrors: true }
   */
  retries?: RetryConfig;
  /** Per-attempt time limit in milliseconds. @default 30000 */
  timeoutMs?: number;
}

/**
 * A client for the browser: authenticated by a short-lived session JWT from your backend. Pass the
 * token, a way to get one (`refreshSession`), or both.
 */
export type VaultSessionConfig = CommonConfig & {
  apiKey?: never;
  /**
   * Called for the first token when `session` is omitted, and when the API says the session
   * expired (401 "Invalid Authorization Token"): return a fresh session JWT and the failed call is
   * retried once with it. Calls that need a token at the same time share one call.
   */
  refreshSession?: () => Promise<string>;
} & (
    | {
        /** The session JWT (`data.session_token` of `POST /vault/sessions`). */
        session: string;
      }
    | { session?: undefined; refreshSession: () => Promise<string> }
  );

/** A client for a server: authenticated by your secret API key. Never use it in a browser. */
export interface VaultApiKeyConfig extends CommonConfig {
  apiKey: string;
  session?: undefined;
  /** Required with an API key. */
  appId: string;
  refreshSession?: never;
  /** Lets an API-key client be created where `document` exists (server-side rendering tests). @default false */
  dangerouslyAllowBrowser?: boolean;
}

export type VaultClientConfig = VaultSessionConfig | VaultApiKeyConfig;

/** A configured Vault client. Pass it as the first argument of every operation. */
export interface VaultClient {
  readonly baseUrl: string;
  readonly authType: 'session' | 'apiKey';
  /** The app id sent as `x-apideck-app-id`. */
  readonly appId: string | undefined;
  /** The consumer id sent as `x-apideck-consumer-id`. */
  readonly consumerId: string | undefined;
  /** The current session's claims (`undefined` with an API key). */
  readonly sessionClaims: SessionClaims | undefined;
  /** Replaces the session JWT, e.g. after a refresh; app and consumer ids follow its claims. */
  setSession(token: string): void;
  /**
   * Fetches a new session through the configured `refreshSession` and uses it. Calls made at the
   * same time (and a 401-triggered refresh) share one fetch.
   * @throws when the client has no `refreshSession`.
   */
  refreshSession(): Promise<void>;
  /** Sends a request with this client's authentication, retries and error mapping. */
  request(request: HttpRequest, options?: RequestOptions): Promise<HttpResult>;
}

function hasDocument(): boolean {
  return typeof (globalThis as { document?: unknown }).document !== 'undefined';
}

/**
 * Creates a Vault client.
 *
 * @example
 * // In the browser, with a session JWT from your backend:
 * const client = createVaultClient({ session: token, refreshSession: fetchNewToken });
 * const connections = await listConnections(client, { api: 'crm' });
 */
export function createVaultClient(config: VaultClientConfig): VaultClient {
  if (config.apiKey && config.session) {
    throw new TypeError('createVaultClient: pass either `session` or `apiKey`, not both.');
  }
  if (!config.apiKey && !config.session && !config.refreshSession) {
    throw new TypeError(
      'createVaultClient: pass a `session` JWT or a `refreshSession` function (browser), or an `apiKey` (server).',
    );
  }
  if (config.apiKey) {
    if (hasDocument() && !config.dangerouslyAllowBrowser) {
      throw new TypeError(
        'createVaultClient: an API key must never reach a browser. Create a session on your backend (`@plugboard/server`) and pass `session` instead.',
      );
    }
    if (!config.appId)
      throw new TypeError('createVaultClient: `appId` is required with an API key.');
  }
  const baseUrl = config.baseUrl ?? DEFAULT_VAULT_BASE_URL;
  try {
    new URL(baseUrl);
  } catch {
    throw new TypeError(`createVaultClient: \`baseUrl\` is not an absolute URL: ${baseUrl}`);
  }

  let session = config.session;
  let claims = session ? decodeSessionToken(session) : undefined;
  if (session && !claims) {
    throw new TypeError('createVaultClient: `session` is not a readable JWT.');
  }
  let refreshing: Promise<string> | undefined;

  const transport: TransportConfig = {
    baseUrl,
    fetch: config.fetch,
    headers: config.headers,
    retries: config.retries,
    timeoutMs: config.timeoutMs,
    fetchOptions: config.fetchOptions,
    errorFromResponse: vaultErrorFromResponse,
    authHeaders() {
      const headers: Record<string, string> = {};
      const appId = client.appId;
      const consumerId = client.consumerId;
      if (session) {
        headers.authorization = `Bearer ${session}`;
        headers['x-apideck-auth-type'] = 'JWT';
      } else if (config.apiKey) {
        headers.authorization = `Bearer ${config.apiKey}`;
      }
      if (appId) headers['x-apideck-app-id'] = appId;
      if (consumerId) headers['x-apideck-consumer-id'] = consumerId;
      return headers;
    },
  };

  async function refreshOnce(): Promise<string> {
    const refreshSession = config.refreshSession;
    if (!refreshSession)
      throw new TypeError('This client has no `refreshSession` to fetch a session with.');
    // Calls that fail together share one refresh.
    refreshing ??= refreshSession().finally(() => {
      refreshing = undefined;
    });
    return refreshing;
  }

  const client: VaultClient = {
    baseUrl,
    authType: config.apiKey ? 'apiKey' : 'session',
    get appId() {
      return config.appId ?? claims?.application_id;
    },
    get consumerId() {
      return config.consumerId ?? claims?.consumer_id;
    },
    get sessionClaims() {
      return claims;
    },
    setSession(token: string) {
      const next = decodeSessionToken(token);
      if (!next) throw new TypeError('setSession: the token is not a readable JWT.');
      session = token;
      claims = next;
    },
    async refreshSession() {
      client.setSession(await refreshOnce());
    },
    async request(request, options) {
      if (!session && !config.apiKey) client.setSession(await refreshOnce());
      const sentWith = session;
      try {
        return await sendRequest(transport, request, options);
      } catch (error) {
        if (
          !(error instanceof UnauthorizedError) ||
          !error.isSessionExpired ||
          !config.refreshSession
        ) {
          throw error;
        }
        // Another call may have refreshed the session while this one was in flight.
        if (session === sentWith) {
          try {
            client.setSession(await refreshOnce());
          } catch {
            // The refresh failed: the caller still learns that the session expired.
            throw error;
          }
        }
        return sendRequest(transport, request, options);
      }
    },
  };
  return client;
}
