import {
  type ConnectionRef,
  type ConnectionValidation,
  type VaultClient,
  validateConnection,
} from '@plugboard/core';
import { mutationOptions } from '@tanstack/react-query';
import { updateConnectionInCaches } from '../connectionCache';
import { connectionKeys, connectionMutationKeys } from '../connectionKeys';

/** Mutation options for validating a connection (`POST …/validate`); the new state lands in the caches. */
export function validateConnectionMutationOptions(client: VaultClient) {
  return mutationOptions<ConnectionValidation, Error, ConnectionRef>({
    mutationKey: connectionMutationKeys.validate(),
    mutationFn: (ref) => validateConnection(client, ref),
    onSuccess: (validation, ref, _result, { client: queryClient }) => {
      const state = validation.state;
      if (state)
        updateConnectionInCaches(queryClient, ref, (connection) => ({ ...connection, state }));
    },
    onSettled: (_data, _error, ref, _result, { client: queryClient }) =>
      queryClient.invalidateQueries({ queryKey: connectionKeys.detail(ref), exact: true }),
  });
}
