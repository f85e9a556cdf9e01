import type { ConnectionRef, ListConnectionsParams } from '@plugboard/core';

/**
 * Query keys for Vault connections, hierarchical so that one invalidation covers a resource:
 * `connectionKeys.all` ⊃ `lists()` ⊃ `list(filters)`, and `all` ⊃ `details()` ⊃ `detail(ref)` ⊃
 * `resourceConfig(ref, resource)`.
 *
 * @example
 * queryClient.invalidateQueries({ queryKey: connectionKeys.lists() });
 */
export const connectionKeys = {
  all: ['plugboard', 'connections'] as const,
  lists: () => [...connectionKeys.all, 'list'] as const,
  list: (filters: ListConnectionsParams = {}) =>
    [...connectionKeys.lists(), { api: filters.api, configured: filters.configured }] as const,
  details: () => [...connectionKeys.all, 'detail'] as const,
  detail: (ref: ConnectionRef) =>
    [...connectionKeys.details(), ref.unifiedApi, ref.serviceId] as const,
  resourceConfig: (ref: ConnectionRef, resource: string) =>
    [...connectionKeys.detail(ref), 'resource-config', resource] as const,
};

/** Mutation keys, so `useMutationState` / `useIsMutating` can follow each kind of change. */
export const connectionMutationKeys = {
  all: ['plugboard', 'connection-mutation'] as const,
  update: () => [...connectionMutationKeys.all, 'update'] as const,
  delete: () => [...connectionMutationKeys.all, 'delete'] as const,
  import: () => [...connectionMutationKeys.all, 'import'] as const,
  authorizeToken: () => [...connectionMutationKeys.all, 'authorize-token'] as const,
  validate: () => [...connectionMutationKeys.all, 'validate'] as const,
  updateResourceConfig: () => [...connectionMutationKeys.all, 'update-resource-config'] as const,
  confirm: () => [...connectionMutationKeys.all, 'confirm'] as const,
};
