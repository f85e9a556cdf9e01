import {
  type Connection,
  type ConnectionRef,
  type ResourceDefaultUpdate,
  updateResourceConfig,
  type VaultClient,
} from '@plugboard/core';
import { mutationOptions } from '@tanstack/react-query';
import { writeConnectionToCaches } from '../connectionCache';
import { connectionKeys, connectionMutationKeys } from '../connectionKeys';

export type UpdateResourceConfigVariables = ConnectionRef & {
  resource: string;
  defaults: ResourceDefaultUpdate[];
};

/** Mutation options for writing a resource's defaults (`PATCH …/{resource}/config`). */
export function updateResourceConfigMutationOptions(client: VaultClient) {
  return mutationOptions<Connection, Error, UpdateResourceConfigVariables>({
    mutationKey: connectionMutationKeys.updateResourceConfig(),
    mutationFn: (variables) => updateResourceConfig(client, variables),
    onSuccess: (connection, variables, _result, { client: queryClient }) => {
      writeConnectionToCaches(queryClient, connection);
      return queryClient.invalidateQueries({
        queryKey: connectionKeys.resourceConfig(variables, variables.resource),
      });
    },
  });
}
