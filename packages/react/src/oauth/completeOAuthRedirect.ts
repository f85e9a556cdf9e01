import {
  type OAuthCallback,
  type OAuthCallbackSuccess,
  PlugboardError,
  parseOAuthCallback,
} from '@plugboard/core';
import { type PendingOAuthFlow, takePendingOAuthFlow } from './oauthFlowStorage';

/** The message a popup's landing page sends to the page that opened it. */
export const OAUTH_MESSAGE_TYPE = 'plugboard:oauth-callback';

/** The window name of the OAuth popup, so its landing page knows it is one. */
export const OAUTH_POPUP_NAME = 'plugboard-oauth';

export interface OAuthCallbackMessage {
  type: typeof OAUTH_MESSAGE_TYPE;
  callback: OAuthCallback;
}

export type OAuthRedirectResult =
  /** This page is an OAuth popup: the result went to the opener and the popup closes. */
  | { mode: 'popup'; callback: OAuthCallback }
  /** The whole page went through the provider and came back: resume with `flow`. */
  | { mode: 'redirect'; callback: OAuthCallback; flow: PendingOAuthFlow | undefined }
  /** No OAuth result in this URL. */
  | { mode: 'none' };

/**
 * Call on the page the OAuth provider returns to (your `redirectUri`). In a popup it passes the
 * result to the opener — only to a page of the same origin — and closes the popup. After a
 * full-page redirect it returns the result and the flow it belongs to, and removes the OAuth
 * parameters from the address bar; `useOAuthRedirectResult()` then confirms the connection.
 *
 * @example
 * // At the top of the page named as redirectUri:
 * completeOAuthRedirect();
 */
export function completeOAuthRedirect(): OAuthRedirectResult {
  if (typeof window === 'undefined') return { mode: 'none' };
  const callback = parseOAuthCallback(window.location.href);
  const opener = window.opener as Window | null;
  if (opener && opener !== window) {
    if (callback.type === 'none' && window.name !== OAUTH_POPUP_NAME) return { mode: 'none' };
    const message: OAuthCallbackMessage = { type: OAUTH_MESSAGE_TYPE, callback };
    opener.postMessage(message, window.location.origin);
    window.close();
    return { mode: 'popup', callback };
  }
  if (callback.type === 'none') {
    const revoke = takePendingOAuthFlow({});
    return revoke ? { mode: 'redirect', callback, flow: revoke } : { mode: 'none' };
  }
  const flow = takePendingOAuthFlow({
    nonce: callback.type === 'success' ? callback.nonce : undefined,
  });
  const url = new URL(window.location.href);
  for (const name of ['error_type', 'error_message', 'service_id']) url.searchParams.delete(name);
  url.hash = '';
  window.history.replaceState(window.history.state, '', url.toString());
  return { mode: 'redirect', callback, flow };
}

/** True for a message event that a Plugboard landing page of this origin sent from `source`. */
export function isOAuthCallbackMessage(
  event: MessageEvent,
  expected: { origin: string; source: unknown },
): event is MessageEvent<OAuthCallbackMessage> {
  const data = event.data as Partial<OAuthCallbackMessage> | null;
  return (
    event.origin === expected.origin &&
    event.source === expected.source &&
    data !== null &&
    typeof data === 'object' &&
    data.type === OAUTH_MESSAGE_TYPE &&
    typeof data.callback === 'object'
  );
}

/** Throws when a successful callback answers another request than the flow started with `nonce`. */
export function assertCallbackNonce(
  callback: OAuthCallbackSuccess,
  nonce: string | undefined,
): void {
  if (nonce && callback.nonce !== nonce) {
    throw new PlugboardError(
      'The OAuth callback does not belong to this request (nonce mismatch).',
    );
  }
}
