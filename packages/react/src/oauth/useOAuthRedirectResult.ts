'use client';
import { type ConnectionRef, OAuthProviderError, PlugboardError } from '@plugboard/core';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { connectionKeys } from '../connectionKeys';
import { confirmConnectionMutationOptions } from '../mutations/confirmConnectionMutationOptions';
import { usePlugboard } from '../PlugboardContext';
import { assertCallbackNonce, completeOAuthRedirect } from './completeOAuthRedirect';

export interface OAuthRedirectState {
  /** `none` when this page load is not the return from a full-page OAuth redirect. */
  status: 'none' | 'confirming' | 'success' | 'error';
  /** The connection the flow was for. */
  connection: ConnectionRef | undefined;
  kind: 'authorize' | 'revoke' | undefined;
  error: Error | null;
}

/**
 * Resumes an OAuth flow after a full-page redirect (when the popup was blocked): on the page the
 * user returns to, it confirms the connection with the callback's `confirm_token`, refreshes it,
 * and reports the outcome. In a popup, it hands the result to the opener instead.
 *
 * @example
 * const oauth = useOAuthRedirectResult();
 * if (oauth.status === 'error') return <Alert>{oauth.error.message}</Alert>;
 */
export function useOAuthRedirectResult(): OAuthRedirectState {
  const { client, queryClient } = usePlugboard();
  const confirm = useMutation(confirmConnectionMutationOptions(client), queryClient);
  const [state, setState] = useState<OAuthRedirectState>({
    status: 'none',
    connection: undefined,
    kind: undefined,
    error: null,
  });
  // The URL is read once: StrictMode's second effect run must not confirm twice.
  const handled = useRef(false);

  useEffect(() => {
    if (handled.current) return;
    handled.current = true;
    const result = completeOAuthRedirect();
    if (result.mode !== 'redirect') return;
    const { callback, flow } = result;
    const ref = flow ? { unifiedApi: flow.unifiedApi, serviceId: flow.serviceId } : undefined;
    const base = { connection: ref, kind: flow?.kind };
    if (callback.type === 'error') {
      setState({ ...base, status: 'error', error: new OAuthProviderError(callback) });
      return;
    }
    if (!flow || !ref) {
      setState({
        ...base,
        status: 'error',
        error: new PlugboardError(
          'This authorization was not started here, or it expired. Please try again.',
        ),
      });
      return;
    }
    const run = async () => {
      if (callback.type === 'success' && callback.confirmToken) {
        assertCallbackNonce(callback, flow.nonce);
        setState({ ...base, status: 'confirming', error: null });
        await confirm.mutateAsync({ ...ref, confirmToken: callback.confirmToken });
      }
      await queryClient.invalidateQueries({ queryKey: connectionKeys.all });
    };
    run().then(
      () => setState({ ...base, status: 'success', error: null }),
      (error: Error) => setState({ ...base, status: 'error', error }),
    );
  }, [confirm, queryClient]);

  return state;
}
