import { type ListConnectionsParams, listConnections, type VaultClient } from '@plugboard/core';
import { queryOptions } from '@tanstack/react-query';
import { connectionKeys } from '../connectionKeys';

/**
 * Query options for the consumer's connections: use with `useQuery`, `useSuspenseQuery`,
 * `queryClient.fetchQuery` or `prefetchQuery`.
 *
 * @example
 * await queryClient.prefetchQuery(connectionsQueryOptions(client, { api: 'crm' }));
 */
export function connectionsQueryOptions(client: VaultClient, filters: ListConnectionsParams = {}) {
  return queryOptions({
    queryKey: connectionKeys.list(filters),
    queryFn: ({ signal }) => listConnections(client, filters, { signal }),
  });
}
