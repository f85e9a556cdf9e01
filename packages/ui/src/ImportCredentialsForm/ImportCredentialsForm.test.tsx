import { type Connection, listConnections, type VaultClient } from '@plugboard/core';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTestClient, expectNoAxeViolations, renderUi } from '../../test/renderUi';
import { server } from '../../test/sandbox';
import { ImportCredentialsForm } from './ImportCredentialsForm';

async function addedOAuthConnection() {
  const client: VaultClient = await createTestClient();
  const connection = (await listConnections(client)).find(
    (candidate) =>
      candidate.auth_type === 'oauth2' &&
      candidate.oauth_grant_type === 'authorization_code' &&
      candidate.state === 'added' &&
      candidate.enabled !== false,
  ) as Connection;
  expect(connection).toBeDefined();
  return { client, connection };
}

afterEach(() => {
  server.events.removeAllListeners();
  vi.restoreAllMocks();
});

describe('ImportCredentialsForm', () => {
  it('imports tokens, clears them from the form and never logs them', async () => {
    const { client, connection } = await addedOAuthConnection();
    const logged = ['log', 'info', 'warn', 'error', 'debug'].map((method) =>
      vi.spyOn(console, method as 'log'),
    );
    const sent: unknown[] = [];
    server.events.on('request:start', async ({ request }) => {
      if (request.url.endsWith('/import')) sent.push(await request.clone().json());
    });
    const onImported = vi.fn();
    await renderUi(<ImportCredentialsForm connection={connection} onImported={onImported} />, {
      client,
    });
    await expectNoAxeViolations();
    const user = userEvent.setup();

    const form = screen.getByRole('form', { name: `Import ${connection.name} credentials` });
    expect(form).toHaveAttribute('data-slot', 'import-credentials-form');
    const accessToken = screen.getByLabelText('Access token');
    const refreshToken = screen.getByLabelText('Refresh token');
    expect(accessToken).toHaveAttribute('type', 'password');
    expect(accessToken).toHaveAttribute('aria-required', 'true');
    expect(refreshToken).toHaveAttribute('type', 'password');
    expect(screen.getByRole('button', { name: 'Show Access token' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    const expiresIn = screen.getByRole('spinbutton', { name: 'Expires in' });
    expect(expiresIn).toHaveAccessibleDescription(expect.stringMatching(/^seconds How long/));

    await user.type(accessToken, 'at-secret-123');
    await user.type(refreshToken, 'rt-secret-456');
    await user.type(expiresIn, '3600');
    fireEvent.change(screen.getByLabelText('Issued at'), { target: { value: '2026-06-01T08:00' } });
    await user.click(screen.getByRole('button', { name: 'Import' }));

    expect(await screen.findByText('Credentials imported')).toHaveAttribute('role', 'status');
    expect(sent).toEqual([
      {
        credentials: {
          access_token: 'at-secret-123',
          refresh_token: 'rt-secret-456',
          expires_in: 3600,
          issued_at: new Date('2026-06-01T08:00').toISOString().replace('.000Z', 'Z'),
        },
      },
    ]);
    expect(onImported).toHaveBeenCalledWith(
      expect.objectContaining({ service_id: connection.service_id }),
    );
    expect(accessToken).toHaveValue('');
    expect(refreshToken).toHaveValue('');
    expect(expiresIn).toHaveValue(null);
    for (const spy of logged) {
      expect(JSON.stringify(spy.mock.calls)).not.toMatch(/secret-123|secret-456/);
    }
  });

  it('shows a field error for a missing access token and sends nothing', async () => {
    const { client, connection } = await addedOAuthConnection();
    const sent: string[] = [];
    server.events.on('request:start', ({ request }) => {
      if (request.url.endsWith('/import')) sent.push(request.url);
    });
    await renderUi(<ImportCredentialsForm connection={connection} />, { client });
    await expectNoAxeViolations();
    const user = userEvent.setup();

    await user.type(screen.getByRole('spinbutton', { name: 'Expires in' }), '1.5');
    await user.click(screen.getByRole('button', { name: 'Import' }));

    const accessToken = screen.getByLabelText('Access token');
    await waitFor(() => expect(accessToken).toHaveFocus());
    expect(accessToken).toHaveAttribute('aria-invalid', 'true');
    expect(accessToken).toHaveAccessibleDescription('This field is required.');
    expect(screen.getByRole('spinbutton', { name: 'Expires in' })).toHaveAccessibleDescription(
      expect.stringContaining('Enter a whole number of seconds, like 3600.'),
    );
    expect(sent).toEqual([]);
    await expectNoAxeViolations();
  });

  it('quotes the API when it refuses the import, and keeps the tokens', async () => {
    const client = await createTestClient();
    const connection = (await listConnections(client)).find(
      (candidate) => candidate.auth_type === 'apiKey' && candidate.state !== 'available',
    ) as Connection;
    await renderUi(<ImportCredentialsForm connection={connection} />, { client });
    await expectNoAxeViolations();
    const user = userEvent.setup();

    await user.type(screen.getByLabelText('Access token'), 'at-1');
    await user.click(screen.getByRole('button', { name: 'Import' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/^Could not save: .*only OAuth connections can be imported/);
    expect(alert).toHaveFocus();
    expect(screen.getByLabelText('Access token')).toHaveValue('at-1');
  });
});
