import { type ConnectionRef, getConnection, type VaultClient } from '@plugboard/core';
import { queryOptions } from '@tanstack/react-query';
import { connectionKeys } from '../connectionKeys';

/** Query options for one connection. */
export function connectionQueryOptions(client: VaultClient, ref: ConnectionRef) {
  return queryOptions({
    queryKey: connectionKeys.detail(ref),
    queryFn: ({ signal }) => getConnection(client, ref, { signal }),
  });
}
