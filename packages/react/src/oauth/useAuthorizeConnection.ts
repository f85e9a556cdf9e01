'use client';
import type { Connection } from '@plugboard/core';
import { type OAuthFlowOptions, type OAuthFlowResult, useOAuthFlow } from './useOAuthFlow';

export interface AuthorizeConnectionResult extends Omit<OAuthFlowResult, 'start'> {
  /** Opens the provider's consent page in a popup (or this tab when popups are blocked). */
  authorize: () => void;
}

/**
 * Runs the OAuth authorization of a connection: a popup on the provider's consent page, the
 * result back by `postMessage` (origin and source checked), `confirm` when a `confirm_token`
 * comes back, then a refreshed connection. A second call while the popup is open focuses it.
 * Re-authorizing a connected account is the same call.
 *
 * @example
 * const { authorize, status, error } = useAuthorizeConnection(connection);
 * <button onClick={authorize} disabled={status === 'confirming'}>Connect</button>
 */
export function useAuthorizeConnection(
  connection: Connection | undefined,
  options?: OAuthFlowOptions,
): AuthorizeConnectionResult {
  const { start, ...rest } = useOAuthFlow('authorize', connection, options);
  return { authorize: start, ...rest };
}
