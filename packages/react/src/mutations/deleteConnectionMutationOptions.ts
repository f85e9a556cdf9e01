import { type ConnectionRef, deleteConnection, type VaultClient } from '@plugboard/core';
import { mutationOptions } from '@tanstack/react-query';
import { type ConnectionCacheSnapshot, optimisticConnectionChange } from '../connectionCache';
import { connectionKeys, connectionMutationKeys } from '../connectionKeys';

/**
 * Mutation options for deleting a connection, optimistic: the connection turns back into an
 * available catalogue entry in every list at once (and leaves lists of configured connections),
 * is restored if the API refuses, and settles with one refetch of the lists on screen.
 */
export function deleteConnectionMutationOptions(client: VaultClient) {
  return mutationOptions<void, Error, ConnectionRef, ConnectionCacheSnapshot>({
    mutationKey: connectionMutationKeys.delete(),
    mutationFn: (ref) => deleteConnection(client, ref),
    ...optimisticConnectionChange<ConnectionRef>((connection, _ref, filters) =>
      filters?.configured === true
        ? undefined
        : { ...connection, state: 'available', enabled: false, settings: {} },
    ),
    onSuccess: (_data, ref, _snapshot, { client: queryClient }) => {
      queryClient.removeQueries({ queryKey: connectionKeys.detail(ref) });
    },
  });
}
