'use client';
import type { ConnectionRef, ConnectionValidation } from '@plugboard/core';
import {
  type UseMutationOptions,
  type UseMutationResult,
  useMutation,
} from '@tanstack/react-query';
import { mergeMutationOptions } from '../mergeMutationOptions';
import { validateConnectionMutationOptions } from '../mutations/validateConnectionMutationOptions';
import { usePlugboard } from '../PlugboardContext';

/**
 * Validates a connection's state (required settings, or a forced token refresh for OAuth).
 *
 * Every TanStack mutation option can be passed; lifecycle callbacks run after Plugboard's own.
 */
export function useValidateConnection(
  options?: Partial<UseMutationOptions<ConnectionValidation, Error, ConnectionRef, unknown>>,
): UseMutationResult<ConnectionValidation, Error, ConnectionRef, unknown> {
  const { client, queryClient } = usePlugboard();
  return useMutation(
    mergeMutationOptions(validateConnectionMutationOptions(client), options),
    queryClient,
  );
}
