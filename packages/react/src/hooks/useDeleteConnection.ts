'use client';
import type { ConnectionRef } from '@plugboard/core';
import {
  type UseMutationOptions,
  type UseMutationResult,
  useMutation,
} from '@tanstack/react-query';
import type { ConnectionCacheSnapshot } from '../connectionCache';
import { mergeMutationOptions } from '../mergeMutationOptions';
import { deleteConnectionMutationOptions } from '../mutations/deleteConnectionMutationOptions';
import { usePlugboard } from '../PlugboardContext';

/**
 * Deletes a connection, optimistically; it becomes an available integration again.
 *
 * @example
 * const remove = useDeleteConnection({ onSuccess: () => toast('Deleted') });
 * remove.mutate({ unifiedApi: 'crm', serviceId: 'pipedrive' });
 *
 * Every TanStack mutation option can be passed; lifecycle callbacks run after Plugboard's own.
 */
export function useDeleteConnection(
  options?: Partial<UseMutationOptions<void, Error, ConnectionRef, ConnectionCacheSnapshot>>,
): UseMutationResult<void, Error, ConnectionRef, ConnectionCacheSnapshot> {
  const { client, queryClient } = usePlugboard();
  return useMutation(
    mergeMutationOptions(deleteConnectionMutationOptions(client), options),
    queryClient,
  );
}
