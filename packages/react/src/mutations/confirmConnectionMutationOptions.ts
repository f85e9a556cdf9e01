import {
  type ConnectionConfirmation,
  type ConnectionRef,
  confirmConnection,
  type VaultClient,
} from '@plugboard/core';
import { mutationOptions } from '@tanstack/react-query';
import { refetchConnectionLists } from '../connectionCache';
import { connectionKeys, connectionMutationKeys } from '../connectionKeys';

export type ConfirmConnectionVariables = ConnectionRef & { confirmToken: string };

/** Mutation options for confirming an OAuth connection with its `confirm_token` (`POST …/confirm`). */
export function confirmConnectionMutationOptions(client: VaultClient) {
  return mutationOptions<ConnectionConfirmation, Error, ConfirmConnectionVariables>({
    mutationKey: connectionMutationKeys.confirm(),
    mutationFn: (variables) => confirmConnection(client, variables),
    onSettled: (_data, _error, ref, _result, { client: queryClient }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: connectionKeys.detail(ref), exact: true }),
        refetchConnectionLists(queryClient),
      ]),
  });
}
