import { UnauthorizedError } from '@plugboard/core';
import { waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useConnectionActions } from '../src/hooks/useConnectionActions';
import { useConnections } from '../src/hooks/useConnections';
import { CONSUMER_ID, createTestQueryClient, renderHookWithPlugboard } from './renderWithPlugboard';
import { countRequests, sandbox } from './sandbox';

const provider = (props: Record<string, unknown>) => ({
  queryClient: createTestQueryClient(),
  ...props,
});

describe('PlugboardProvider sessions', () => {
  it('fetches the first session through getSessionToken and takes the ids from its claims', async () => {
    const getSessionToken = vi.fn(() => sandbox.createSessionToken({ consumerId: CONSUMER_ID }));
    const { result } = await renderHookWithPlugboard(() => useConnections(), {
      client: undefined,
      provider: provider({ client: undefined, getSessionToken }),
    });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(getSessionToken).toHaveBeenCalledTimes(1);
    expect(result.current.data?.length).toBeGreaterThan(0);
  });

  it('refreshes an expired session on 401 and retries the request once', async () => {
    const expired = await sandbox.createSessionToken({
      consumerId: CONSUMER_ID,
      expiresInSeconds: -60,
    });
    const getSessionToken = vi.fn(() => sandbox.createSessionToken({ consumerId: CONSUMER_ID }));
    const requests = countRequests();
    const { result } = await renderHookWithPlugboard(() => useConnections(), {
      provider: provider({ client: undefined, config: { session: expired }, getSessionToken }),
    });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    requests.stop();
    expect(getSessionToken).toHaveBeenCalledTimes(1);
    expect(requests.count('GET', '/vault/connections')).toBe(2);
  });

  it('calls onSessionExpired when the refresh fails, and shows the 401', async () => {
    const expired = await sandbox.createSessionToken({
      consumerId: CONSUMER_ID,
      expiresInSeconds: -60,
    });
    const onSessionExpired = vi.fn();
    const { result } = await renderHookWithPlugboard(() => useConnections(), {
      provider: provider({
        client: undefined,
        config: { session: expired },
        getSessionToken: () => Promise.reject(new Error('signed out')),
        onSessionExpired,
      }),
    });
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error).toBeInstanceOf(UnauthorizedError);
    expect((result.current.error as UnauthorizedError).isSessionExpired).toBe(true);
    expect(onSessionExpired).toHaveBeenCalledWith(
      expect.objectContaining({ message: 'signed out' }),
    );
  });

  it('refreshes before the session expires, without a failed request', async () => {
    const shortLived = await sandbox.createSessionToken({
      consumerId: CONSUMER_ID,
      expiresInSeconds: 3,
    });
    const getSessionToken = vi.fn(() => sandbox.createSessionToken({ consumerId: CONSUMER_ID }));
    const requests = countRequests();
    const { result } = await renderHookWithPlugboard(() => useConnections(), {
      provider: provider({ client: undefined, config: { session: shortLived }, getSessionToken }),
    });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    await waitFor(() => expect(getSessionToken).toHaveBeenCalledTimes(1), { timeout: 3000 });
    requests.stop();
    expect(requests.count('GET', '/vault/connections')).toBe(1);
  });

  it('does not fetch sessions in a loop when each one is shorter than the refresh margin', async () => {
    const twoSeconds = () =>
      sandbox.createSessionToken({ consumerId: CONSUMER_ID, expiresInSeconds: 2 });
    const getSessionToken = vi.fn(twoSeconds);
    const { result } = await renderHookWithPlugboard(() => useConnections(), {
      provider: provider({
        client: undefined,
        config: { session: await twoSeconds() },
        getSessionToken,
      }),
    });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    // Half-way through each session: one refresh after a second, the next a second later.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(getSessionToken.mock.calls.length).toBeGreaterThanOrEqual(1);
    expect(getSessionToken.mock.calls.length).toBeLessThanOrEqual(2);
  });
});

describe('useConnectionActions', () => {
  it('narrows actions by the session’s allow_actions', async () => {
    const all = await renderHookWithPlugboard(() => useConnections());
    await waitFor(() => expect(all.result.current.isSuccess).toBe(true));
    const callable = all.result.current.data?.find((c) => c.state === 'callable' && c.enabled);
    const open = await renderHookWithPlugboard(() => useConnectionActions(callable));
    expect(open.result.current.status.status).toBe('connected');
    expect(open.result.current.can('delete')).toBe(true);
    expect(open.result.current.can('disable')).toBe(true);

    const { createTestClient } = await import('./renderWithPlugboard');
    const client = await createTestClient();
    client.setSession(
      await sandbox.createSessionToken({
        consumerId: CONSUMER_ID,
        settings: { allow_actions: ['disable'] },
      }),
    );
    const narrowed = await renderHookWithPlugboard(() => useConnectionActions(callable), {
      client,
    });
    expect(narrowed.result.current.can('delete')).toBe(false);
    expect(narrowed.result.current.can('disable')).toBe(true);
    expect(narrowed.result.current.actions).not.toContain('delete');
  });
});
