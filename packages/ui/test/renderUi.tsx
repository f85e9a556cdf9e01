import { createVaultClient, type VaultClient } from '@plugboard/core';
import { PlugboardProvider } from '@plugboard/react';
import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import axe from 'axe-core';
import { type ReactElement, type ReactNode, StrictMode } from 'react';
import { expect } from 'vitest';
import { MessagesProvider, type MessagesProviderProps } from '../src/messages/PlugboardMessages';
import { sandbox } from './sandbox';

export const CONSUMER_ID = 'test-consumer';

export async function createTestClient(settings?: Record<string, unknown>): Promise<VaultClient> {
  return createVaultClient({
    session: await sandbox.createSessionToken({ consumerId: CONSUMER_ID, settings }),
    retries: {
      strategy: 'backoff',
      backoff: { initialInterval: 5, maxInterval: 20, maxElapsedTime: 300 },
    },
  });
}

export interface RenderUiOptions {
  client?: VaultClient;
  locale?: MessagesProviderProps['locale'];
  messages?: MessagesProviderProps['messages'];
  strict?: boolean;
}

/** Renders UI inside a PlugboardProvider on the sandbox, with a fresh QueryClient (no retries). */
export async function renderUi(ui: ReactElement, options: RenderUiOptions = {}) {
  const client = options.client ?? (await createTestClient());
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  const wrapper = ({ children }: { children: ReactNode }) => {
    const tree = (
      <PlugboardProvider client={client} queryClient={queryClient}>
        <MessagesProvider locale={options.locale} messages={options.messages}>
          {children}
        </MessagesProvider>
      </PlugboardProvider>
    );
    return options.strict ? <StrictMode>{tree}</StrictMode> : tree;
  };
  return { client, queryClient, ...render(ui, { wrapper }) };
}

/**
 * Runs axe on what is rendered and fails with the violations listed. Colour contrast is checked
 * in Chromium (Storybook tests), not in jsdom, which has no layout.
 */
export async function expectNoAxeViolations(container: Element = document.body): Promise<void> {
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  const violations = results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
  expect(violations).toEqual([]);
}
