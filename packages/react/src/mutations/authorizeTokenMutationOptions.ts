import {
  authorizeConnectionToken,
  type Connection,
  type ConnectionRef,
  type VaultClient,
} from '@plugboard/core';
import { mutationOptions } from '@tanstack/react-query';
import { refetchConnectionLists, writeConnectionToCaches } from '../connectionCache';
import { connectionMutationKeys } from '../connectionKeys';

/** Mutation options for the client_credentials / password token exchange (`POST …/token`). */
export function authorizeTokenMutationOptions(client: VaultClient) {
  return mutationOptions<Connection, Error, ConnectionRef>({
    mutationKey: connectionMutationKeys.authorizeToken(),
    mutationFn: (ref) => authorizeConnectionToken(client, ref),
    onSuccess: (connection, _ref, _result, { client: queryClient }) =>
      writeConnectionToCaches(queryClient, connection),
    onSettled: (_data, _error, _ref, _result, { client: queryClient }) =>
      refetchConnectionLists(queryClient),
  });
}
