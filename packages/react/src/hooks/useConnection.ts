'use client';
import type { Connection } from '@plugboard/core';
import { type UseQueryResult, useQuery } from '@tanstack/react-query';
import type { connectionKeys } from '../connectionKeys';
import { usePlugboard } from '../PlugboardContext';
import { connectionQueryOptions } from '../queries/connectionQueryOptions';
import type { PlugboardQueryOptions } from './useConnections';

/**
 * One connection, by unified API and service id.
 *
 * @example
 * const { data: connection } = useConnection('crm', 'pipedrive');
 */
export function useConnection<TData = Connection>(
  unifiedApi: string,
  serviceId: string,
  options?: PlugboardQueryOptions<Connection, TData, ReturnType<typeof connectionKeys.detail>>,
): UseQueryResult<TData, Error> {
  const { client, queryClient } = usePlugboard();
  const base = connectionQueryOptions(client, { unifiedApi, serviceId });
  return useQuery({ ...options, queryKey: base.queryKey, queryFn: base.queryFn }, queryClient);
}
