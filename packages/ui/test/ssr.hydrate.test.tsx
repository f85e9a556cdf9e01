import { PlugboardProvider } from '@plugboard/react';
import { QueryClient } from '@tanstack/react-query';
import { act, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CodatConnectionsLauncher } from '../src/CodatConnectionsLauncher/CodatConnectionsLauncher';
import { IntegrationsPage } from '../src/IntegrationsPage/IntegrationsPage';
import { createTestClient } from './renderUi';

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

describe('hydration', () => {
  it('hydrates the server HTML without a mismatch, then loads the catalogue', async () => {
    const client = await createTestClient();
    const tree = (children: ReactNode) => (
      <PlugboardProvider
        client={client}
        queryClient={new QueryClient({ defaultOptions: { queries: { retry: false } } })}
      >
        {children}
      </PlugboardProvider>
    );
    const app = (
      <>
        <IntegrationsPage title="Integrations" />
        <CodatConnectionsLauncher companyId="c1" getAccessToken={async () => 'token'} />
      </>
    );
    const container = document.createElement('div');
    container.innerHTML = renderToString(tree(app));
    document.body.append(container);
    const errors = vi.spyOn(console, 'error');
    const recoverable: unknown[] = [];
    await act(async () => {
      hydrateRoot(container, tree(app), { onRecoverableError: (error) => recoverable.push(error) });
    });
    expect(recoverable).toEqual([]);
    expect(
      errors.mock.calls.filter((call) => /hydrat|did not match/i.test(String(call[0]))),
    ).toEqual([]);
    expect(
      (await screen.findAllByRole('button', { name: /^Open / }, { timeout: 3000 })).length,
    ).toBeGreaterThan(10);
  });
});
