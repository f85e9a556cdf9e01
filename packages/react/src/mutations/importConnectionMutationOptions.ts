import {
  type Connection,
  type ConnectionImport,
  type ConnectionRef,
  importConnection,
  type VaultClient,
} from '@plugboard/core';
import { mutationOptions } from '@tanstack/react-query';
import { refetchConnectionLists, writeConnectionToCaches } from '../connectionCache';
import { connectionMutationKeys } from '../connectionKeys';

export type ImportConnectionVariables = ConnectionRef & { data: ConnectionImport };

/** Mutation options for importing credentials (`POST …/import`); the answer lands in the caches. */
export function importConnectionMutationOptions(client: VaultClient) {
  return mutationOptions<Connection, Error, ImportConnectionVariables>({
    mutationKey: connectionMutationKeys.import(),
    mutationFn: (variables) => importConnection(client, variables),
    onSuccess: (connection, _variables, _result, { client: queryClient }) =>
      writeConnectionToCaches(queryClient, connection),
    onSettled: (_data, _error, _variables, _result, { client: queryClient }) =>
      refetchConnectionLists(queryClient),
  });
}
