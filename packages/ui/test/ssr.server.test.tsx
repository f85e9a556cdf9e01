// @vitest-environment node
import { createVaultClient } from '@plugboard/core';
import { PlugboardProvider } from '@plugboard/react';
import { QueryClient } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CodatConnectionsLauncher } from '../src/CodatConnectionsLauncher/CodatConnectionsLauncher';
import { IntegrationsPage } from '../src/IntegrationsPage/IntegrationsPage';
import { sandbox } from './sandbox';

describe('server rendering (no DOM)', () => {
  it('renders the page and the launcher to HTML without touching window or document', async () => {
    expect(typeof (globalThis as { document?: unknown }).document).toBe('undefined');
    const session = await sandbox.createSessionToken({ consumerId: 'test-consumer' });
    const html = renderToString(
      <PlugboardProvider client={createVaultClient({ session })} queryClient={new QueryClient()}>
        <IntegrationsPage title="Integrations" />
        <CodatConnectionsLauncher companyId="c1" getAccessToken={async () => 'token'} />
      </PlugboardProvider>,
    );
    expect(html).toContain('data-slot="integrations-page"');
    expect(html).toContain('Integrations');
    expect(html).toContain('data-slot="codat-launcher');
  });
});
