'use client';
import type { Connection, ListConnectionsParams } from '@plugboard/core';
import { type UseQueryOptions, type UseQueryResult, useQuery } from '@tanstack/react-query';
import type { connectionKeys } from '../connectionKeys';
import { usePlugboard } from '../PlugboardContext';
import { connectionsQueryOptions } from '../queries/connectionsQueryOptions';

/** TanStack query options a caller may add to a Plugboard query (everything but key and function). */
export type PlugboardQueryOptions<TQueryFnData, TData, TQueryKey extends readonly unknown[]> = Omit<
  UseQueryOptions<TQueryFnData, Error, TData, TQueryKey>,
  'queryKey' | 'queryFn'
>;

/**
 * The consumer's connections, cached and shared by every component that asks for the same filters.
 *
 * @example
 * const { data: connections = [], isPending, error, refetch } = useConnections({ api: 'crm' });
 */
export function useConnections<TData = Connection[]>(
  filters: ListConnectionsParams = {},
  options?: PlugboardQueryOptions<Connection[], TData, ReturnType<typeof connectionKeys.list>>,
): UseQueryResult<TData, Error> {
  const { client, queryClient } = usePlugboard();
  const base = connectionsQueryOptions(client, filters);
  return useQuery({ ...options, queryKey: base.queryKey, queryFn: base.queryFn }, queryClient);
}
