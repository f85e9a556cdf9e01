'use client';
import type { Connection } from '@plugboard/core';
import {
  type UseMutationOptions,
  type UseMutationResult,
  useMutation,
} from '@tanstack/react-query';
import { mergeMutationOptions } from '../mergeMutationOptions';
import {
  type UpdateResourceConfigVariables,
  updateResourceConfigMutationOptions,
} from '../mutations/updateResourceConfigMutationOptions';
import { usePlugboard } from '../PlugboardContext';

/**
 * Writes a resource's default values.
 *
 * Every TanStack mutation option can be passed; lifecycle callbacks run after Plugboard's own.
 */
export function useUpdateResourceConfig(
  options?: Partial<UseMutationOptions<Connection, Error, UpdateResourceConfigVariables, unknown>>,
): UseMutationResult<Connection, Error, UpdateResourceConfigVariables, unknown> {
  const { client, queryClient } = usePlugboard();
  return useMutation(
    mergeMutationOptions(updateResourceConfigMutationOptions(client), options),
    queryClient,
  );
}
