import {
  type Connection,
  type ConnectionRef,
  type ConnectionUpdate,
  updateConnection,
  type VaultClient,
} from '@plugboard/core';
import { mutationOptions } from '@tanstack/react-query';
import {
  type ConnectionCacheSnapshot,
  optimisticConnectionChange,
  writeConnectionToCaches,
} from '../connectionCache';
import { connectionMutationKeys } from '../connectionKeys';

export type UpdateConnectionVariables = ConnectionRef & { connection: ConnectionUpdate };

/** What the cache shows while an update is in flight: the change applied to the cached connection. */
export function applyConnectionUpdate(
  connection: Connection,
  update: ConnectionUpdate,
): Connection {
  const next: Connection = { ...connection };
  if (update.enabled !== undefined) {
    next.enabled = update.enabled;
    // Enabling an available integration adds it; the answer brings the exact state.
    if (update.enabled && connection.state === 'available') next.state = 'added';
  }
  if (update.settings) next.settings = { ...connection.settings, ...update.settings };
  if (update.metadata) next.metadata = { ...connection.metadata, ...update.metadata };
  return next;
}

/**
 * Mutation options for `PATCH` on a connection, optimistic across the list and detail caches:
 * the change shows at once, is rolled back if the API refuses it, and settles with the API's
 * answer plus one refetch of the lists on screen.
 */
export function updateConnectionMutationOptions(client: VaultClient) {
  return mutationOptions<Connection, Error, UpdateConnectionVariables, ConnectionCacheSnapshot>({
    mutationKey: connectionMutationKeys.update(),
    mutationFn: (variables) => updateConnection(client, variables),
    ...optimisticConnectionChange<UpdateConnectionVariables>((connection, variables) =>
      applyConnectionUpdate(connection, variables.connection),
    ),
    onSuccess: (connection, _variables, _snapshot, { client: queryClient }) => {
      writeConnectionToCaches(queryClient, connection);
    },
  });
}
