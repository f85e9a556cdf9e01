import { createVaultClient, type VaultClient } from '@plugboard/core';
import { QueryClient } from '@tanstack/react-query';
import { type RenderHookOptions, render, renderHook } from '@testing-library/react';
import { type ReactElement, type ReactNode, StrictMode } from 'react';
import { PlugboardProvider, type PlugboardProviderProps } from '../src/PlugboardProvider';
import { sandbox } from './sandbox';

export const CONSUMER_ID = 'test-consumer';

/** A fresh query client per test: no TanStack retries, no garbage collection surprises. */
export function createTestQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, gcTime: Number.POSITIVE_INFINITY },
      mutations: { retry: false },
    },
  });
}

/** A session client on the sandbox, with fast retries so failure paths finish quickly. */
export async function createTestClient(consumerId = CONSUMER_ID): Promise<VaultClient> {
  return createVaultClient({
    session: await sandbox.createSessionToken({ consumerId }),
    retries: {
      strategy: 'backoff',
      backoff: { initialInterval: 5, maxInterval: 20, maxElapsedTime: 300 },
    },
  });
}

interface Options {
  client?: VaultClient;
  queryClient?: QueryClient;
  strict?: boolean;
  provider?: Partial<PlugboardProviderProps>;
}

async function wrapperFor(options: Options) {
  const client = options.client ?? (await createTestClient());
  const queryClient = options.queryClient ?? createTestQueryClient();
  // biome-ignore lint/correctness/noComponentHookFactories: each render gets its own provider wrapper.
  const Wrapper = ({ children }: { children: ReactNode }) => {
    const tree = (
      <PlugboardProvider client={client} queryClient={queryClient} {...options.provider}>
        {children}
      </PlugboardProvider>
    );
    return options.strict ? <StrictMode>{tree}</StrictMode> : tree;
  };
  return { client, queryClient, Wrapper };
}

/** Renders a hook inside a PlugboardProvider on the sandbox. */
export async function renderHookWithPlugboard<Result, Props>(
  hook: (props: Props) => Result,
  options: Options & Omit<RenderHookOptions<Props>, 'wrapper'> = {},
) {
  const { client, queryClient, Wrapper } = await wrapperFor(options);
  return { client, queryClient, ...renderHook(hook, { ...options, wrapper: Wrapper }) };
}

/** Renders UI inside a PlugboardProvider on the sandbox. */
export async function renderWithPlugboard(ui: ReactElement, options: Options = {}) {
  const { client, queryClient, Wrapper } = await wrapperFor(options);
  return { client, queryClient, ...render(ui, { wrapper: Wrapper }) };
}
