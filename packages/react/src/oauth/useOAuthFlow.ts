'use client';
import {
  buildAuthorizeUrl,
  buildRevokeUrl,
  type Connection,
  type ConnectionRef,
  createOAuthNonce,
  type OAuthCallback,
  OAuthProviderError,
} from '@plugboard/core';
import { useMutation } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { connectionKeys } from '../connectionKeys';
import { confirmConnectionMutationOptions } from '../mutations/confirmConnectionMutationOptions';
import { usePlugboard } from '../PlugboardContext';
import {
  assertCallbackNonce,
  isOAuthCallbackMessage,
  OAUTH_POPUP_NAME,
} from './completeOAuthRedirect';
import { savePendingOAuthFlow } from './oauthFlowStorage';

export type OAuthFlowStatus = 'idle' | 'pending' | 'confirming' | 'success' | 'error';

export interface OAuthFlowOptions {
  /** Where the provider sends the user back. @default the provider's `redirectUri`, else this page */
  redirectUri?: string;
  /** OAuth scopes to request (authorize only). */
  scope?: string | string[];
  /** Called once the connection is authorized (or revoked). */
  onSuccess?: (ref: ConnectionRef) => void;
  /** Called with a typed error: `OAuthProviderError` for a denied consent, API errors for a failed confirm. */
  onError?: (error: Error) => void;
}

export interface OAuthFlowResult {
  /** Starts the flow. Call it directly in a click handler: the popup opens before anything is awaited. */
  start: () => void;
  status: OAuthFlowStatus;
  error: Error | null;
  /** Back to `idle`, clearing the error. */
  reset: () => void;
}

const POPUP_FEATURES = 'popup,width=600,height=720';
const CLOSED_POLL_MS = 500;

function currentPageUrl(): string {
  const url = new URL(window.location.href);
  url.hash = '';
  return url.toString();
}

/** Shared by `useAuthorizeConnection` and `useRevokeConnection`. */
export function useOAuthFlow(
  kind: 'authorize' | 'revoke',
  connection: Connection | undefined,
  options: OAuthFlowOptions = {},
): OAuthFlowResult {
  const { client, queryClient, redirectUri: defaultRedirectUri, allowedOrigins } = usePlugboard();
  const [status, setStatus] = useState<OAuthFlowStatus>('idle');
  const [error, setError] = useState<Error | null>(null);
  const popupRef = useRef<Window | null>(null);
  const cleanupRef = useRef<(() => void) | null>(null);
  const optionsRef = useRef(options);
  optionsRef.current = options;
  const confirm = useMutation(confirmConnectionMutationOptions(client), queryClient);

  useEffect(() => () => cleanupRef.current?.(), []);

  const fail = useCallback((failure: Error) => {
    setError(failure);
    setStatus('error');
    optionsRef.current.onError?.(failure);
  }, []);

  const finish = useCallback(
    async (ref: ConnectionRef, callback: OAuthCallback, nonce: string | undefined) => {
      try {
        if (callback.type === 'error') throw new OAuthProviderError(callback);
        if (kind === 'authorize' && callback.type === 'success') {
          assertCallbackNonce(callback, nonce);
          if (callback.confirmToken) {
            setStatus('confirming');
            await confirm.mutateAsync({ ...ref, confirmToken: callback.confirmToken });
          }
        }
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: connectionKeys.detail(ref) }),
          queryClient.invalidateQueries({ queryKey: connectionKeys.lists() }),
        ]);
        setStatus('success');
        optionsRef.current.onSuccess?.(ref);
      } catch (failure) {
        fail(failure as Error);
      }
    },
    [kind, confirm, queryClient, fail],
  );

  const start = useCallback(() => {
    if (!connection) return;
    const open = popupRef.current;
    if (open && !open.closed) {
      open.focus();
      return;
    }
    const ref = { unifiedApi: connection.unified_api, serviceId: connection.service_id };
    const redirectUri = optionsRef.current.redirectUri ?? defaultRedirectUri ?? currentPageUrl();
    const nonce = kind === 'authorize' ? createOAuthNonce() : undefined;
    // This page's own origin is trusted too: it is where the provider sends the user back.
    const trusted = [...allowedOrigins, window.location.origin];
    let url: string;
    try {
      url =
        kind === 'authorize'
          ? buildAuthorizeUrl(connection, {
              redirectUri,
              nonce,
              scope: optionsRef.current.scope,
              allowedOrigins: trusted,
            })
          : buildRevokeUrl(connection, { redirectUri, allowedOrigins: trusted });
    } catch (failure) {
      fail(failure as Error);
      return;
    }
    setError(null);
    setStatus('pending');
    savePendingOAuthFlow({
      ...ref,
      kind,
      nonce,
      returnTo: window.location.href,
      startedAt: Date.now(),
    });

    // Opened synchronously inside the click, so popup blockers let it through.
    const popup = window.open(url, OAUTH_POPUP_NAME, POPUP_FEATURES);
    if (!popup) {
      // Blocked: go through the provider in this tab; completeOAuthRedirect() resumes on return.
      window.location.assign(url);
      return;
    }
    popupRef.current = popup;
    let settled = false;
    const onMessage = (event: MessageEvent) => {
      if (!isOAuthCallbackMessage(event, { origin: window.location.origin, source: popup })) return;
      settled = true;
      cleanup();
      void finish(ref, event.data.callback, nonce);
    };
    const poll = setInterval(() => {
      if (!popup.closed || settled) return;
      // Closed without a result: the user gave up, or the landing page could not message us.
      cleanup();
      setStatus('idle');
      void queryClient.invalidateQueries({ queryKey: connectionKeys.detail(ref) });
    }, CLOSED_POLL_MS);
    const cleanup = () => {
      window.removeEventListener('message', onMessage);
      clearInterval(poll);
      popupRef.current = null;
      cleanupRef.current = null;
    };
    cleanupRef.current?.();
    cleanupRef.current = cleanup;
    window.addEventListener('message', onMessage);
  }, [connection, kind, defaultRedirectUri, allowedOrigins, fail, finish, queryClient]);

  const reset = useCallback(() => {
    setError(null);
    setStatus('idle');
  }, []);

  return { start, status, error, reset };
}
