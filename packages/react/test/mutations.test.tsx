import { type Connection, updateConnection } from '@plugboard/core';
import { act, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { connectionKeys } from '../src/connectionKeys';
import { useAuthorizeToken } from '../src/hooks/useAuthorizeToken';
import { useConnections } from '../src/hooks/useConnections';
import { useDeleteConnection } from '../src/hooks/useDeleteConnection';
import { useImportConnection } from '../src/hooks/useImportConnection';
import { useResourceConfig } from '../src/hooks/useResourceConfig';
import { useUpdateConnection } from '../src/hooks/useUpdateConnection';
import { useUpdateResourceConfig } from '../src/hooks/useUpdateResourceConfig';
import { useValidateConnection } from '../src/hooks/useValidateConnection';
import { renderHookWithPlugboard } from './renderWithPlugboard';
import { countRequests, sandbox } from './sandbox';

const refOf = (connection: Connection) => ({
  unifiedApi: connection.unified_api,
  serviceId: connection.service_id,
});

/** Renders the list and a mutation hook together, and returns the loaded list. */
async function withList<T>(useMutationHook: () => T) {
  const rendered = await renderHookWithPlugboard(() => ({
    list: useConnections(),
    mutation: useMutationHook(),
  }));
  await waitFor(() => expect(rendered.result.current.list.isSuccess).toBe(true));
  const connections = rendered.result.current.list.data ?? [];
  const find = (predicate: (connection: Connection) => boolean) => {
    const found = connections.find(predicate);
    if (!found) throw new Error('The sandbox catalogue has no connection for this test.');
    return found;
  };
  const current = (connection: Connection) =>
    rendered.result.current.list.data?.find((candidate) => candidate.id === connection.id);
  return { ...rendered, find, current };
}

describe('useUpdateConnection', () => {
  it('shows the change at once, settles with the API answer and one list refetch', async () => {
    const { result, find, current } = await withList(() => useUpdateConnection());
    const target = find((c) => c.state === 'callable' && c.enabled === true);
    sandbox.faults.add({ operationId: 'connectionsUpdate', latencyMs: 150, times: 1 });
    const requests = countRequests();

    act(() => result.current.mutation.mutate({ ...refOf(target), connection: { enabled: false } }));
    await waitFor(() => expect(current(target)?.enabled).toBe(false));
    expect(result.current.mutation.isPending).toBe(true);

    await waitFor(() => expect(result.current.mutation.isSuccess).toBe(true));
    await waitFor(() => expect(requests.count('GET', '/vault/connections')).toBe(1));
    requests.stop();
    expect(
      requests.count('PATCH', `/vault/connections/${target.unified_api}/${target.service_id}`),
    ).toBe(1);
    expect(current(target)?.enabled).toBe(false);
  });

  it('rolls back when the API refuses, and reports the fields it names', async () => {
    const { result, find, current, queryClient } = await withList(() => useUpdateConnection());
    const target = find((c) => c.state === 'callable' && c.enabled === true);
    queryClient.setQueryData(connectionKeys.detail(refOf(target)), target);
    sandbox.faults.add({ operationId: 'connectionsUpdate', status: 422, latencyMs: 100 });

    act(() => result.current.mutation.mutate({ ...refOf(target), connection: { enabled: false } }));
    await waitFor(() => expect(current(target)?.enabled).toBe(false));
    expect(
      queryClient.getQueryData<Connection>(connectionKeys.detail(refOf(target)))?.enabled,
    ).toBe(false);

    await waitFor(() => expect(result.current.mutation.isError).toBe(true));
    expect(current(target)?.enabled).toBe(true);
    expect(
      queryClient.getQueryData<Connection>(connectionKeys.detail(refOf(target)))?.enabled,
    ).toBe(true);
    expect(result.current.mutation.error?.name).toBe('UnprocessableError');
  });

  it('keeps the caller’s callbacks alongside the optimistic ones', async () => {
    const calls: string[] = [];
    const { result, find, current } = await withList(() =>
      useUpdateConnection({ onError: () => calls.push('caller onError') }),
    );
    const target = find((c) => c.state === 'callable' && c.enabled === true);
    sandbox.faults.add({ operationId: 'connectionsUpdate', status: 500 });
    act(() => result.current.mutation.mutate({ ...refOf(target), connection: { enabled: false } }));
    await waitFor(() => expect(result.current.mutation.isError).toBe(true));
    expect(calls).toEqual(['caller onError']);
    expect(current(target)?.enabled).toBe(true);
  });
});

describe('useDeleteConnection', () => {
  it('turns the connection back into an available entry at once, and keeps it on success', async () => {
    const { result, find, current } = await withList(() => useDeleteConnection());
    const target = find((c) => c.state === 'callable');
    sandbox.faults.add({ operationId: 'connectionsDelete', latencyMs: 100, times: 1 });
    act(() => result.current.mutation.mutate(refOf(target)));
    await waitFor(() => expect(current(target)?.state).toBe('available'));
    await waitFor(() => expect(result.current.mutation.isSuccess).toBe(true));
    await waitFor(() => expect(current(target)?.state).toBe('available'));
  });

  it('restores the connection when the delete fails', async () => {
    const { result, find, current } = await withList(() => useDeleteConnection());
    const target = find((c) => c.state === 'callable');
    sandbox.faults.add({ operationId: 'connectionsDelete', status: 500, latencyMs: 50 });
    act(() => result.current.mutation.mutate(refOf(target)));
    await waitFor(() => expect(result.current.mutation.isError).toBe(true));
    expect(current(target)?.state).toBe('callable');
  });

  it('reports a 404 for a connection that is not there', async () => {
    const { result, find } = await withList(() => useDeleteConnection());
    const target = find((c) => c.state === 'available');
    act(() => result.current.mutation.mutate(refOf(target)));
    await waitFor(() => expect(result.current.mutation.isError).toBe(true));
    expect(result.current.mutation.error?.name).toBe('NotFoundError');
  });
});

describe('other mutations', () => {
  it('imports credentials into an OAuth connection', async () => {
    const { result, find, current } = await withList(() => useImportConnection());
    const target = find(
      (c) =>
        c.auth_type === 'oauth2' &&
        c.oauth_grant_type === 'authorization_code' &&
        c.state === 'added',
    );
    act(() =>
      result.current.mutation.mutate({
        ...refOf(target),
        data: {
          credentials: { access_token: 'imported-token', refresh_token: 'r', expires_in: 3600 },
        },
      }),
    );
    await waitFor(() => expect(result.current.mutation.isSuccess).toBe(true));
    expect(result.current.mutation.data?.state).toBe('callable');
    await waitFor(() => expect(current(target)?.state).toBe('callable'));
  });

  it('authorizes a client_credentials connection by token once its credentials are filled', async () => {
    const { result, find, client } = await withList(() => useAuthorizeToken());
    const target = find(
      (c) =>
        (c.oauth_grant_type === 'client_credentials' || c.oauth_grant_type === 'password') &&
        c.state !== 'callable' &&
        c.enabled === true &&
        c.integration_state !== 'needs_configuration',
    );
    // Without its secret the exchange is refused, naming what is missing.
    act(() => result.current.mutation.mutate(refOf(target)));
    await waitFor(() => expect(result.current.mutation.isError).toBe(true));
    expect(result.current.mutation.error?.name).toBe('BadRequestError');

    const missing = (target.form_fields ?? []).filter(
      (field) => field.required && !target.settings?.[field.id],
    );
    await updateConnection(client, {
      ...refOf(target),
      connection: {
        settings: Object.fromEntries(missing.map((field) => [field.id, 'sandbox-credential'])),
      },
    });
    act(() => result.current.mutation.mutate(refOf(target)));
    await waitFor(() => expect(result.current.mutation.isSuccess).toBe(true));
    expect(result.current.mutation.data?.state).toBe('callable');
  });

  it('refuses the token exchange for a connector without that grant', async () => {
    const { result, find } = await withList(() => useAuthorizeToken());
    const wrongGrant = find((c) => c.auth_type === 'apiKey' && c.state !== 'available');
    act(() => result.current.mutation.mutate(refOf(wrongGrant)));
    await waitFor(() => expect(result.current.mutation.isError).toBe(true));
    expect(['BadRequestError', 'UnprocessableError']).toContain(
      result.current.mutation.error?.name,
    );
  });

  it('validates a connection and writes its state', async () => {
    const { result, find } = await withList(() => useValidateConnection());
    const target = find((c) => c.validation_support === true && c.state !== 'available');
    act(() => result.current.mutation.mutate(refOf(target)));
    await waitFor(() => expect(result.current.mutation.isSuccess).toBe(true));
    expect(result.current.mutation.data?.state).toBeTruthy();
  });

  it('reads and writes resource defaults', async () => {
    const list = await withList(() => null);
    const target = list.find(
      (c) => c.state === 'callable' && (c.configurable_resources ?? []).length > 0,
    );
    const resource = target.configurable_resources?.[0] as string;
    const { result } = await renderHookWithPlugboard(() => ({
      config: useResourceConfig(target.unified_api, target.service_id, resource),
      update: useUpdateResourceConfig(),
    }));
    await waitFor(() => expect(result.current.config.isSuccess).toBe(true));
    const field = result.current.config.data?.configuration[0];
    expect(field?.id).toBeTruthy();
    const value = field?.options?.length
      ? (field.options[field.options.length - 1] as { value: string }).value
      : 'New default';
    act(() =>
      result.current.update.mutate({
        ...refOf(target),
        resource,
        defaults: [{ id: field?.id as string, value, target: field?.target ?? undefined }],
      }),
    );
    await waitFor(() => expect(result.current.update.isSuccess).toBe(true));
    await waitFor(() =>
      expect(
        result.current.config.data?.configuration.find((f) => f.id === field?.id)?.value,
      ).toEqual(value),
    );
  });
});
