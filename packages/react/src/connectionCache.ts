import type { Connection, ConnectionRef } from '@plugboard/core';
import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { connectionKeys } from './connectionKeys';

/** Cached data a mutation may have to put back. */
export type ConnectionCacheSnapshot = Array<[QueryKey, unknown]>;

const isSame = (connection: Connection, ref: ConnectionRef) =>
  connection.service_id === ref.serviceId && connection.unified_api === ref.unifiedApi;

/** Stops in-flight reads of this connection (lists and detail) so they cannot overwrite an optimistic value. */
export async function cancelConnectionQueries(
  queryClient: QueryClient,
  ref: ConnectionRef,
): Promise<void> {
  await Promise.all([
    queryClient.cancelQueries({ queryKey: connectionKeys.lists() }),
    queryClient.cancelQueries({ queryKey: connectionKeys.detail(ref), exact: true }),
  ]);
}

/** The current list and detail entries, to restore if the mutation fails. */
export function snapshotConnectionCaches(
  queryClient: QueryClient,
  ref: ConnectionRef,
): ConnectionCacheSnapshot {
  return [
    ...queryClient.getQueriesData({ queryKey: connectionKeys.lists() }),
    [connectionKeys.detail(ref), queryClient.getQueryData(connectionKeys.detail(ref))],
  ];
}

export function restoreConnectionCaches(
  queryClient: QueryClient,
  snapshot: ConnectionCacheSnapshot | undefined,
) {
  for (const [queryKey, data] of snapshot ?? []) queryClient.setQueryData(queryKey, data);
}

/**
 * Applies `update` to the connection wherever it is cached: every list and its detail entry.
 * Returning `undefined` from `update` removes it from lists (and drops the detail entry).
 */
export function updateConnectionInCaches(
  queryClient: QueryClient,
  ref: ConnectionRef,
  update: (
    connection: Connection,
    listFilters?: { configured?: boolean | undefined },
  ) => Connection | undefined,
): void {
  for (const [queryKey, list] of queryClient.getQueriesData<Connection[]>({
    queryKey: connectionKeys.lists(),
  })) {
    if (!list) continue;
    const filters = queryKey[3] as { configured?: boolean } | undefined;
    const next = list.flatMap((connection) => {
      if (!isSame(connection, ref)) return [connection];
      const updated = update(connection, filters);
      return updated ? [updated] : [];
    });
    queryClient.setQueryData(queryKey, next);
  }
  const detail = queryClient.getQueryData<Connection>(connectionKeys.detail(ref));
  if (detail) {
    const updated = update(detail);
    if (updated) queryClient.setQueryData(connectionKeys.detail(ref), updated);
    else queryClient.removeQueries({ queryKey: connectionKeys.detail(ref), exact: true });
  }
}

/** Writes the server's answer for one connection into every cache that holds it. */
export function writeConnectionToCaches(queryClient: QueryClient, connection: Connection): void {
  const ref = { unifiedApi: connection.unified_api, serviceId: connection.service_id };
  updateConnectionInCaches(queryClient, ref, () => connection);
  queryClient.setQueryData(connectionKeys.detail(ref), connection);
}

/** Marks lists stale and refetches the ones on screen: one request per visible list. */
export function refetchConnectionLists(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries({ queryKey: connectionKeys.lists() });
}

/** How a mutation changes a cached connection while the API answers (see `updateConnectionInCaches`). */
export type OptimisticChange<Variables> = (
  connection: Connection,
  variables: Variables,
  listFilters?: { configured?: boolean | undefined },
) => Connection | undefined;

/**
 * The optimistic half of a connection mutation, to spread into its options: stops reads that
 * could overwrite the change, shows `change` in every cached copy at once, puts the copies back
 * if the API refuses, and settles with one refetch of the lists on screen.
 */
export function optimisticConnectionChange<Variables extends ConnectionRef>(
  change: OptimisticChange<Variables>,
) {
  type Context = { client: QueryClient };
  return {
    onMutate: async (variables: Variables, { client }: Context) => {
      await cancelConnectionQueries(client, variables);
      const snapshot = snapshotConnectionCaches(client, variables);
      updateConnectionInCaches(client, variables, (connection, filters) =>
        change(connection, variables, filters),
      );
      return snapshot;
    },
    onError: (
      _error: Error,
      _variables: Variables,
      snapshot: ConnectionCacheSnapshot | undefined,
      { client }: Context,
    ) => restoreConnectionCaches(client, snapshot),
    onSettled: (
      _data: unknown,
      _error: Error | null,
      _variables: Variables,
      _snapshot: ConnectionCacheSnapshot | undefined,
      { client }: Context,
    ) => refetchConnectionLists(client),
  };
}
