import { type ConnectionRef, getResourceConfig, type VaultClient } from '@plugboard/core';
import { queryOptions } from '@tanstack/react-query';
import { connectionKeys } from '../connectionKeys';

/** Query options for a resource's settings and defaults (`GET …/{resource}/config`). */
export function resourceConfigQueryOptions(
  client: VaultClient,
  params: ConnectionRef & { resource: string },
) {
  return queryOptions({
    queryKey: connectionKeys.resourceConfig(params, params.resource),
    queryFn: ({ signal }) => getResourceConfig(client, params, { signal }),
  });
}
