'use client';
import type { Connection } from '@plugboard/core';
import { type OAuthFlowOptions, type OAuthFlowResult, useOAuthFlow } from './useOAuthFlow';

export interface RevokeConnectionResult extends Omit<OAuthFlowResult, 'start'> {
  /** Opens the provider's revoke page in a popup (or this tab when popups are blocked). */
  revoke: () => void;
}

/**
 * Disconnects an OAuth connection through its `revoke_url`, with the same popup, message and
 * redirect handling as `useAuthorizeConnection`. The connection goes back to `added`.
 */
export function useRevokeConnection(
  connection: Connection | undefined,
  options?: Omit<OAuthFlowOptions, 'scope'>,
): RevokeConnectionResult {
  const { start, ...rest } = useOAuthFlow('revoke', connection, options);
  return { revoke: start, ...rest };
}
