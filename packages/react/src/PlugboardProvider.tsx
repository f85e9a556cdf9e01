'use client';
import {
  createVaultClient,
  sessionExpiresIn,
  type VaultClient,
  type VaultClientConfig,
} from '@plugboard/core';
import { QueryClient, QueryClientContext } from '@tanstack/react-query';
import { type ReactNode, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { PlugboardContext, type PlugboardContextValue } from './PlugboardContext';

/** How long before a session's `exp` the provider fetches a new one. */
export const SESSION_REFRESH_MARGIN_MS = 60_000;

/**
 * When to fetch the next session: a margin before it expires, or half-way through what is left
 * of a session too short for the margin (never sooner than a second), so that short sessions
 * do not turn into a stream of refreshes.
 */
function refreshDelay(expiresIn: number): number {
  if (expiresIn > 2 * SESSION_REFRESH_MARGIN_MS) return expiresIn - SESSION_REFRESH_MARGIN_MS;
  return Math.max(expiresIn / 2, 1000);
}

/** Client settings the provider uses when it builds the client itself (everything but the token). */
export type PlugboardClientConfig = Omit<
  Extract<VaultClientConfig, { refreshSession?: () => Promise<string> }>,
  'apiKey' | 'refreshSession'
> & { session?: string };

export interface PlugboardProviderProps {
  /** A ready client. Omit it to let the provider build one from `config` and `getSessionToken`. */
  client?: VaultClient;
  /** Base URL, ids, retries, headers … for the client the provider builds. */
  config?: PlugboardClientConfig;
  /**
   * Fetches a session JWT from your backend. Called for the first token (unless `config.session`
   * has one), shortly before each token expires, and when a call answers that the session expired;
   * the failed call is then retried once.
   *
   * @example
   * getSessionToken={() => fetch('/api/vault-session', { method: 'POST' }).then((r) => r.json()).then((b) => b.token)}
   */
  getSessionToken?: () => Promise<string>;
  /** Called when `getSessionToken` fails: the user's session is over (sign them in again). */
  onSessionExpired?: (error: unknown) => void;
  /**
   * The app's own QueryClient. Defaults to the one of a surrounding `QueryClientProvider`, else one
   * the provider creates (queries not retried by TanStack: the client already retries safely).
   */
  queryClient?: QueryClient;
  /** The page the OAuth provider returns to; it should call `completeOAuthRedirect()`. */
  redirectUri?: string;
  /**
   * Non-https origins trusted for OAuth URLs, links and images, e.g. a local sandbox
   * (`http://127.0.0.1:4010`). Never needed in production.
   * @default []
   */
  allowedOrigins?: string[];
  children?: ReactNode;
}

function createDefaultQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, staleTime: 30_000 },
      mutations: { retry: false },
    },
  });
}

/**
 * Provides a Vault client, session handling and a query cache to every Plugboard hook and component.
 *
 * @example
 * <PlugboardProvider getSessionToken={fetchSessionToken} onSessionExpired={() => signIn()}>
 *   <IntegrationsPage />
 * </PlugboardProvider>
 */
export function PlugboardProvider({
  client: givenClient,
  config,
  getSessionToken,
  onSessionExpired,
  queryClient: givenQueryClient,
  redirectUri,
  allowedOrigins,
  children,
}: PlugboardProviderProps) {
  const surroundingQueryClient = useContext(QueryClientContext);
  const [ownQueryClient] = useState(createDefaultQueryClient);
  const queryClient = givenQueryClient ?? surroundingQueryClient ?? ownQueryClient;

  // Callbacks change identity on every render of the app; the client must not.
  const callbacks = useRef({ getSessionToken, onSessionExpired });
  callbacks.current = { getSessionToken, onSessionExpired };
  const [sessionVersion, setSessionVersion] = useState(0);

  const [ownClient] = useState<VaultClient | undefined>(() => {
    if (givenClient) return undefined;
    if (!getSessionToken && !config?.session) {
      throw new Error(
        'PlugboardProvider: pass `client`, or `getSessionToken` (and optionally `config`).',
      );
    }
    const refreshSession = async () => {
      const fetchToken = callbacks.current.getSessionToken;
      if (!fetchToken)
        throw new Error('PlugboardProvider: the session expired and no getSessionToken was given.');
      try {
        const token = await fetchToken();
        setSessionVersion((version) => version + 1);
        return token;
      } catch (error) {
        callbacks.current.onSessionExpired?.(error);
        throw error;
      }
    };
    return createVaultClient({ ...config, refreshSession } as VaultClientConfig);
  });
  const client = givenClient ?? (ownClient as VaultClient);

  // Fetch a new session before the current one expires (sharing any refresh in flight).
  // biome-ignore lint/correctness/useExhaustiveDependencies: sessionVersion re-arms the timer after each refresh.
  useEffect(() => {
    const expiresIn = sessionExpiresIn(client.sessionClaims);
    if (expiresIn === undefined || (!ownClient && !callbacks.current.getSessionToken)) return;
    const timer = setTimeout(async () => {
      try {
        if (ownClient) {
          await ownClient.refreshSession();
        } else {
          const fetchToken = callbacks.current.getSessionToken;
          if (fetchToken) client.setSession(await fetchToken());
          setSessionVersion((version) => version + 1);
        }
      } catch (error) {
        if (!ownClient) callbacks.current.onSessionExpired?.(error);
      }
    }, refreshDelay(expiresIn));
    return () => clearTimeout(timer);
  }, [client, ownClient, sessionVersion]);

  const value = useMemo<PlugboardContextValue>(
    () => ({ client, queryClient, redirectUri, allowedOrigins: allowedOrigins ?? [] }),
    [client, queryClient, redirectUri, allowedOrigins],
  );
  return <PlugboardContext.Provider value={value}>{children}</PlugboardContext.Provider>;
}
