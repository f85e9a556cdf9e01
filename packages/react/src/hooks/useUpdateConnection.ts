'use client';
import type { Connection } from '@plugboard/core';
import {
  type UseMutationOptions,
  type UseMutationResult,
  useMutation,
} from '@tanstack/react-query';
import type { ConnectionCacheSnapshot } from '../connectionCache';
import { mergeMutationOptions } from '../mergeMutationOptions';
import {
  type UpdateConnectionVariables,
  updateConnectionMutationOptions,
} from '../mutations/updateConnectionMutationOptions';
import { usePlugboard } from '../PlugboardContext';

/**
 * Updates a connection (enable, disable, settings, metadata …), optimistically: the change shows at once and is rolled back if the API refuses it.
 *
 * @example
 * const update = useUpdateConnection();
 * update.mutate({ unifiedApi: 'crm', serviceId: 'pipedrive', connection: { enabled: true } });
 *
 * Every TanStack mutation option can be passed; lifecycle callbacks run after Plugboard's own.
 */
export function useUpdateConnection(
  options?: Partial<
    UseMutationOptions<Connection, Error, UpdateConnectionVariables, ConnectionCacheSnapshot>
  >,
): UseMutationResult<Connection, Error, UpdateConnectionVariables, ConnectionCacheSnapshot> {
  const { client, queryClient } = usePlugboard();
  return useMutation(
    mergeMutationOptions(updateConnectionMutationOptions(client), options),
    queryClient,
  );
}
