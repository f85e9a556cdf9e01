import {
  ApiError,
  BadRequestError,
  type Connection,
  NetworkError,
  NotFoundError,
  PaymentRequiredError,
  ResponseValidationError,
  UnauthorizedError,
  UnprocessableError,
} from '@plugboard/core';
import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useConnection } from '../src/hooks/useConnection';
import { useConnections } from '../src/hooks/useConnections';
import { usePlugboard } from '../src/PlugboardContext';
import { renderHookWithPlugboard } from './renderWithPlugboard';
import { countRequests, sandbox } from './sandbox';

describe('useConnections', () => {
  it('lists the consumer’s connections, filtered by unified API', async () => {
    const { result } = await renderHookWithPlugboard(() => useConnections({ api: 'crm' }));
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    const connections = result.current.data ?? [];
    expect(connections.length).toBeGreaterThan(2);
    expect(connections.every((connection) => connection.unified_api === 'crm')).toBe(true);
  });

  it('passes TanStack options through (select)', async () => {
    const { result } = await renderHookWithPlugboard(() =>
      useConnections({}, { select: (connections: Connection[]) => connections.map((c) => c.id) }),
    );
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(typeof result.current.data?.[0]).toBe('string');
  });

  const statuses = [
    [400, BadRequestError],
    [401, UnauthorizedError],
    [402, PaymentRequiredError],
    [404, NotFoundError],
    [422, UnprocessableError],
    [500, ApiError],
  ] as const;

  it.each(statuses)(
    'surfaces a %i as its typed error with the API message',
    async (status, ErrorClass) => {
      sandbox.faults.add({ operationId: 'connectionsAll', status });
      const { result } = await renderHookWithPlugboard(() => useConnections());
      await waitFor(() => expect(result.current.isError).toBe(true));
      expect(result.current.error).toBeInstanceOf(ErrorClass);
      expect((result.current.error as ApiError).status).toBe(status);
      expect(result.current.error?.message.length).toBeGreaterThan(3);
    },
  );

  it('surfaces a dropped connection as a NetworkError', async () => {
    sandbox.faults.add({ operationId: 'connectionsAll', drop: true });
    const { result } = await renderHookWithPlugboard(() => useConnections());
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error).toBeInstanceOf(NetworkError);
  });

  it('surfaces malformed JSON and schema-breaking bodies as ResponseValidationError', async () => {
    sandbox.faults.add({ operationId: 'connectionsAll', body: 'malformed-json', times: 1 });
    const first = await renderHookWithPlugboard(() => useConnections());
    await waitFor(() => expect(first.result.current.isError).toBe(true));
    expect(first.result.current.error).toBeInstanceOf(ResponseValidationError);

    sandbox.faults.add({ operationId: 'connectionsAll', body: 'schema-violation', times: 1 });
    const second = await renderHookWithPlugboard(() => useConnections());
    await waitFor(() => expect(second.result.current.isError).toBe(true));
    expect(second.result.current.error).toBeInstanceOf(ResponseValidationError);
  });

  it('fires one list request under StrictMode, however many components ask', async () => {
    const requests = countRequests();
    const { result } = await renderHookWithPlugboard(
      () => [useConnections(), useConnections(), useConnections({ api: undefined })] as const,
      { strict: true },
    );
    await waitFor(() => expect(result.current[0].isSuccess).toBe(true));
    requests.stop();
    expect(requests.count('GET', '/vault/connections')).toBe(1);
  });
});

describe('useConnection', () => {
  it('gets one connection, and a 404 for an unknown service', async () => {
    const list = await renderHookWithPlugboard(() => useConnections());
    await waitFor(() => expect(list.result.current.isSuccess).toBe(true));
    const target = list.result.current.data?.[0] as Connection;

    const { result } = await renderHookWithPlugboard(() =>
      useConnection(target.unified_api, target.service_id),
    );
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data?.id).toBe(target.id);

    const missing = await renderHookWithPlugboard(() => useConnection('crm', 'no-such-service'));
    await waitFor(() => expect(missing.result.current.isError).toBe(true));
    expect(missing.result.current.error).toBeInstanceOf(NotFoundError);
  });
});

describe('usePlugboard', () => {
  it('names the provider when used outside it', () => {
    expect(() => renderHook(() => usePlugboard())).toThrow(/PlugboardProvider/);
  });
});
