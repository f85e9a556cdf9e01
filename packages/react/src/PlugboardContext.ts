'use client';
import type { VaultClient } from '@plugboard/core';
import type { QueryClient } from '@tanstack/react-query';
import { createContext, useContext } from 'react';

/** What `PlugboardProvider` hands down to every hook. */
export interface PlugboardContextValue {
  client: VaultClient;
  queryClient: QueryClient;
  /** Where the OAuth provider sends the user back (a page that calls `completeOAuthRedirect()`). */
  redirectUri: string | undefined;
  /** Non-https origins trusted for OAuth URLs, links and images (local sandboxes only). */
  allowedOrigins: string[];
}

export const PlugboardContext = createContext<PlugboardContextValue | null>(null);
PlugboardContext.displayName = 'PlugboardContext';

/**
 * The Vault client and query client of the nearest `PlugboardProvider`.
 *
 * @throws when called outside `<PlugboardProvider>`.
 */
export function usePlugboard(): PlugboardContextValue {
  const value = useContext(PlugboardContext);
  if (!value) {
    throw new Error(
      'usePlugboard: no <PlugboardProvider> above this component. Wrap your integrations UI in <PlugboardProvider client={…}> or <PlugboardProvider getSessionToken={…}>.',
    );
  }
  return value;
}
