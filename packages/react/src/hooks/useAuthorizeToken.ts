'use client';
import type { Connection, ConnectionRef } from '@plugboard/core';
import {
  type UseMutationOptions,
  type UseMutationResult,
  useMutation,
} from '@tanstack/react-query';
import { mergeMutationOptions } from '../mergeMutationOptions';
import { authorizeTokenMutationOptions } from '../mutations/authorizeTokenMutationOptions';
import { usePlugboard } from '../PlugboardContext';

/**
 * Authorizes a client_credentials / password connection by exchanging its stored credentials for a token.
 *
 * Every TanStack mutation option can be passed; lifecycle callbacks run after Plugboard's own.
 */
export function useAuthorizeToken(
  options?: Partial<UseMutationOptions<Connection, Error, ConnectionRef, unknown>>,
): UseMutationResult<Connection, Error, ConnectionRef, unknown> {
  const { client, queryClient } = usePlugboard();
  return useMutation(
    mergeMutationOptions(authorizeTokenMutationOptions(client), options),
    queryClient,
  );
}
