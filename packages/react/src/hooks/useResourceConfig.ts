'use client';
import type { ResourceConfig } from '@plugboard/core';
import { type UseQueryResult, useQuery } from '@tanstack/react-query';
import type { connectionKeys } from '../connectionKeys';
import { usePlugboard } from '../PlugboardContext';
import { resourceConfigQueryOptions } from '../queries/resourceConfigQueryOptions';
import type { PlugboardQueryOptions } from './useConnections';

/** A resource's settings and defaults as form fields (`GET …/{resource}/config`). */
export function useResourceConfig<TData = ResourceConfig>(
  unifiedApi: string,
  serviceId: string,
  resource: string,
  options?: PlugboardQueryOptions<
    ResourceConfig,
    TData,
    ReturnType<typeof connectionKeys.resourceConfig>
  >,
): UseQueryResult<TData, Error> {
  const { client, queryClient } = usePlugboard();
  const base = resourceConfigQueryOptions(client, { unifiedApi, serviceId, resource });
  return useQuery({ ...options, queryKey: base.queryKey, queryFn: base.queryFn }, queryClient);
}
