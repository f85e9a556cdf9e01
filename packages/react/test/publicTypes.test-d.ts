import type {
  Connection,
  ConnectionAction,
  FormValues,
  KnownConnectionState,
  PlugboardError,
  VaultClient,
} from '@plugboard/core';
import type { UseMutationResult, UseQueryResult } from '@tanstack/react-query';
import type { UseFormReturn } from 'react-hook-form';
import { describe, expectTypeOf, it } from 'vitest';
import {
  connectionKeys,
  connectionsQueryOptions,
  type UpdateConnectionVariables,
  useAuthorizeConnection,
  useConnection,
  useConnectionActions,
  type useConnectionSettingsForm,
  useConnections,
  type useDeleteConnection,
  useUpdateConnection,
} from '../src/index';

describe('public types', () => {
  it('queries return typed data, and select changes it', () => {
    expectTypeOf(useConnections()).toEqualTypeOf<UseQueryResult<Connection[], Error>>();
    expectTypeOf(
      useConnections<string[]>({}, { select: (list) => list.map((c) => c.id) }),
    ).toEqualTypeOf<UseQueryResult<string[], Error>>();
    expectTypeOf(useConnection('crm', 'x').data).toEqualTypeOf<Connection | undefined>();
  });

  it('connection fields keep known enum values open to new ones', () => {
    expectTypeOf<'callable'>().toExtend<NonNullable<Connection['state']>>();
    expectTypeOf<'a-state-from-next-year'>().toExtend<NonNullable<Connection['state']>>();
    expectTypeOf<KnownConnectionState>().toEqualTypeOf<
      'available' | 'added' | 'authorized' | 'callable' | 'invalid'
    >();
    expectTypeOf<Connection['id']>().toEqualTypeOf<string>();
  });

  it('mutations take typed variables', () => {
    expectTypeOf(useUpdateConnection).returns.toExtend<
      UseMutationResult<Connection, Error, UpdateConnectionVariables, unknown>
    >();
    expectTypeOf<Parameters<ReturnType<typeof useDeleteConnection>['mutate']>[0]>().toEqualTypeOf<{
      unifiedApi: string;
      serviceId: string;
    }>();
    useUpdateConnection().mutate({
      unifiedApi: 'crm',
      serviceId: 'x',
      connection: {
        // @ts-expect-error settings must be an object
        settings: 'nope',
      },
    });
  });

  it('keys are readonly tuples under one root', () => {
    expectTypeOf(connectionKeys.list({ api: 'crm' })).toExtend<
      readonly ['plugboard', 'connections', 'list', unknown]
    >();
    expectTypeOf(connectionKeys.detail({ unifiedApi: 'crm', serviceId: 'x' })).toEqualTypeOf<
      readonly ['plugboard', 'connections', 'detail', string, string]
    >();
    expectTypeOf(connectionsQueryOptions).parameter(0).toEqualTypeOf<VaultClient>();
  });

  it('actions, OAuth and forms expose what a custom UI needs', () => {
    expectTypeOf(useConnectionActions)
      .returns.toHaveProperty('actions')
      .toEqualTypeOf<ConnectionAction[]>();
    expectTypeOf(useAuthorizeConnection)
      .returns.toHaveProperty('authorize')
      .toEqualTypeOf<() => void>();
    expectTypeOf<ReturnType<typeof useConnectionSettingsForm>['form']>().toEqualTypeOf<
      UseFormReturn<FormValues>
    >();
    expectTypeOf<PlugboardError['fieldErrors']>().toEqualTypeOf<Record<string, string>>();
  });
});
