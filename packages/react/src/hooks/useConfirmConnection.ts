'use client';
import type { ConnectionConfirmation } from '@plugboard/core';
import {
  type UseMutationOptions,
  type UseMutationResult,
  useMutation,
} from '@tanstack/react-query';
import { mergeMutationOptions } from '../mergeMutationOptions';
import {
  type ConfirmConnectionVariables,
  confirmConnectionMutationOptions,
} from '../mutations/confirmConnectionMutationOptions';
import { usePlugboard } from '../PlugboardContext';

/**
 * Confirms an OAuth connection with the `confirm_token` its callback returned.
 *
 * Every TanStack mutation option can be passed; lifecycle callbacks run after Plugboard's own.
 */
export function useConfirmConnection(
  options?: Partial<
    UseMutationOptions<ConnectionConfirmation, Error, ConfirmConnectionVariables, unknown>
  >,
): UseMutationResult<ConnectionConfirmation, Error, ConfirmConnectionVariables, unknown> {
  const { client, queryClient } = usePlugboard();
  return useMutation(
    mergeMutationOptions(confirmConnectionMutationOptions(client), options),
    queryClient,
  );
}
