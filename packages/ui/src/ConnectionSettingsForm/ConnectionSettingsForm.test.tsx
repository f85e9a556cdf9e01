import { type Connection, getConnection, NetworkError, type VaultClient } from '@plugboard/core';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTestClient, expectNoAxeViolations, renderUi } from '../../test/renderUi';
import { sandbox, server } from '../../test/sandbox';
import { ConnectionSettingsForm } from './ConnectionSettingsForm';

async function setUp(unifiedApi: string, serviceId: string) {
  const client: VaultClient = await createTestClient();
  const connection: Connection = await getConnection(client, { unifiedApi, serviceId });
  return { client, connection };
}

/** The `settings` of every PATCH the form sends. */
function recordSentSettings(): Array<Record<string, unknown>> {
  const sent: Array<Record<string, unknown>> = [];
  server.events.on('request:start', async ({ request }) => {
    if (request.method !== 'PATCH') return;
    const body = (await request.clone().json()) as { settings?: Record<string, unknown> };
    sent.push(body.settings ?? {});
  });
  return sent;
}

afterEach(() => server.events.removeAllListeners());

describe('ConnectionSettingsForm', () => {
  it('renders a named form of every field and saves it', async () => {
    const { client, connection } = await setUp('crm', 'nimbus-crm');
    const onSaved = vi.fn();
    const sent = recordSentSettings();
    await renderUi(<ConnectionSettingsForm connection={connection} onSaved={onSaved} />, {
      client,
      strict: true,
    });
    await expectNoAxeViolations();
    const user = userEvent.setup();

    const form = screen.getByRole('form', { name: 'Nimbus CRM settings' });
    expect(form).toHaveAttribute('data-plugboard', '');
    expect(form).toHaveAttribute('data-slot', 'settings-form');
    expect(
      [...form.querySelectorAll('[data-slot="form-field"]')].map((field) =>
        field.getAttribute('data-kind'),
      ),
    ).toEqual(['url', 'email', 'checkbox', 'copy', 'info']);

    const owner = within(form).getByRole('textbox', { name: 'Default owner' });
    await user.clear(owner);
    await user.type(owner, 'owner@acme.example');
    await user.click(within(form).getByRole('checkbox', { name: 'Sync archived records' }));
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    expect(await within(form).findByText('Saved')).toHaveAttribute('role', 'status');
    expect(form).toHaveAttribute('data-state', 'saved');
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ default_owner: 'owner@acme.example', sync_archived: true });
    expect(sent[0]).not.toHaveProperty('webhook_url');
    expect(onSaved).toHaveBeenCalledWith(
      expect.objectContaining({
        settings: expect.objectContaining({ default_owner: 'owner@acme.example' }),
      }),
    );
    expect(owner).toHaveValue('owner@acme.example');
  });

  it('shows progress while saving', async () => {
    const { client, connection } = await setUp('crm', 'nimbus-crm');
    sandbox.faults.add({ operationId: 'connectionsUpdate', latencyMs: 250 });
    await renderUi(<ConnectionSettingsForm connection={connection} />, { client });
    await expectNoAxeViolations();
    const user = userEvent.setup();

    await user.click(screen.getByRole('button', { name: 'Save' }));
    const busy = screen.getByRole('button', { name: 'Saving…' });
    expect(busy).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByRole('form')).toHaveAttribute('data-state', 'saving');
    await user.click(busy);
    expect(await screen.findByText('Saved')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save' })).not.toHaveAttribute('aria-busy');
  });

  it('focuses the first invalid field when validation fails, and sends nothing', async () => {
    const { client, connection } = await setUp('crm', 'nimbus-crm');
    const sent = recordSentSettings();
    await renderUi(<ConnectionSettingsForm connection={connection} />, { client });
    await expectNoAxeViolations();
    const user = userEvent.setup();

    const instanceUrl = screen.getByRole('textbox', { name: 'Instance URL' });
    const owner = screen.getByRole('textbox', { name: 'Default owner' });
    await user.clear(instanceUrl);
    await user.clear(owner);
    await user.type(owner, 'not an email');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(instanceUrl).toHaveFocus());
    expect(instanceUrl).toHaveAttribute('aria-invalid', 'true');
    expect(instanceUrl).toHaveAccessibleDescription(
      'The address you use to sign in, including https://. This field is required.',
    );
    expect(owner).toHaveAccessibleDescription(
      expect.stringContaining('Enter an email address, like name@example.com.'),
    );
    expect(instanceUrl.closest('[data-slot="form-field"]')).toHaveAttribute('data-invalid');
    expect(sent).toHaveLength(0);
    await expectNoAxeViolations();
  });

  it('puts a 422 on the field it names, keeps the input and focuses the field', async () => {
    const { client, connection } = await setUp('ecommerce', 'tillpoint');
    const onError = vi.fn();
    await renderUi(<ConnectionSettingsForm connection={connection} onError={onError} />, {
      client,
    });
    await expectNoAxeViolations();
    const user = userEvent.setup();

    const phone = screen.getByRole('textbox', { name: 'Support phone' });
    await user.clear(phone);
    await user.type(phone, 'call me maybe');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(phone).toHaveAttribute('aria-invalid', 'true'));
    expect(phone).toHaveAccessibleDescription(/must be a phone number/);
    expect(phone).toHaveValue('call me maybe');
    expect(phone).toHaveFocus();
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Some values were not accepted. Check the highlighted fields.',
    );
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ status: 422 }));
    await expectNoAxeViolations();
  });

  it('explains a server error in plain words and keeps the input', async () => {
    const { client, connection } = await setUp('crm', 'nimbus-crm');
    sandbox.faults.add({ operationId: 'connectionsUpdate', status: 500 });
    const onError = vi.fn();
    await renderUi(<ConnectionSettingsForm connection={connection} onError={onError} />, {
      client,
    });
    await expectNoAxeViolations();
    const user = userEvent.setup();

    const owner = screen.getByRole('textbox', { name: 'Default owner' });
    await user.clear(owner);
    await user.type(owner, 'new-owner@acme.example');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'The integrations service ran into a problem and nothing was saved. Try again in a moment.',
    );
    expect(alert).toHaveFocus();
    expect(owner).toHaveValue('new-owner@acme.example');
    expect(onError).toHaveBeenCalledTimes(1);
    expect(screen.queryByText('Saved')).toBeNull();
  });

  it('says the service could not be reached when the connection drops', async () => {
    const { client, connection } = await setUp('crm', 'nimbus-crm');
    sandbox.faults.add({ operationId: 'connectionsUpdate', drop: true });
    const onError = vi.fn();
    await renderUi(<ConnectionSettingsForm connection={connection} onError={onError} />, {
      client,
    });
    await expectNoAxeViolations();
    const user = userEvent.setup();

    const owner = screen.getByRole('textbox', { name: 'Default owner' });
    await user.clear(owner);
    await user.type(owner, 'offline@acme.example');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The integrations service could not be reached. Check your internet connection and try again.',
    );
    expect(owner).toHaveValue('offline@acme.example');
    expect(onError.mock.calls[0]?.[0]).toBeInstanceOf(NetworkError);

    // The same input saves once the service is back.
    sandbox.faults.clear();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says the session expired on a 401', async () => {
    const { client, connection } = await setUp('crm', 'nimbus-crm');
    sandbox.faults.add({ operationId: 'connectionsUpdate', status: 401 });
    await renderUi(<ConnectionSettingsForm connection={connection} />, { client });
    await expectNoAxeViolations();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Your session has expired. Reload the page to sign in again.',
    );
  });

  it('masks a stored secret and never sends it back unchanged', async () => {
    const { client, connection } = await setUp('ecommerce', 'tillpoint');
    const sent = recordSentSettings();
    await renderUi(<ConnectionSettingsForm connection={connection} />, { client });
    await expectNoAxeViolations();
    const user = userEvent.setup();

    const pin = screen.getByLabelText('Terminal PIN');
    expect(pin).toHaveAttribute('type', 'password');
    await user.type(screen.getByRole('textbox', { name: 'Store phone' }), '+1 555 0100');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Saved');
    expect(sent[0]).toMatchObject({ store_phone: '+1 555 0100' });
    expect(sent[0]).not.toHaveProperty('terminal_pin');

    await user.clear(pin);
    await user.type(pin, '9999');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(sent).toHaveLength(2));
    expect(sent[1]).toMatchObject({ terminal_pin: '9999' });
  });

  it('follows a filtered select’s dependency and clears a stale choice', async () => {
    const { client, connection } = await setUp('issue-tracking', 'tracklight');
    await renderUi(<ConnectionSettingsForm connection={connection} />, { client });
    await expectNoAxeViolations();
    const user = userEvent.setup();

    const workspace = screen.getByRole('combobox', { name: 'Workspace' });
    const project = screen.getByRole('combobox', { name: 'Project' }) as HTMLSelectElement;
    const optionLabels = () =>
      within(project)
        .getAllByRole('option')
        .map((option) => option.textContent);
    expect(project).toHaveValue('PLAT');
    expect(optionLabels()).toEqual(['Choose…', 'Platform', 'Mobile']);

    await user.selectOptions(workspace, 'acme-support');
    await waitFor(() => expect(project).toHaveValue(''));
    expect(optionLabels()).toEqual(['Choose…', 'Escalations', 'Bugs from customers']);

    await user.selectOptions(workspace, '');
    expect(project).toBeDisabled();
    expect(project).toHaveAccessibleDescription(expect.stringContaining('Choose Workspace first.'));
    await expectNoAxeViolations();

    await user.selectOptions(workspace, 'acme-eng');
    expect(project).toBeEnabled();
    await user.selectOptions(project, 'MOB');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved')).toBeInTheDocument();
  });

  it('speaks the user’s language, validation included', async () => {
    const { client, connection } = await setUp('crm', 'nimbus-crm');
    await renderUi(<ConnectionSettingsForm connection={connection} />, { client, locale: 'de' });
    await expectNoAxeViolations();
    const user = userEvent.setup();

    expect(
      await screen.findByRole('form', { name: 'Einstellungen für Nimbus CRM' }),
    ).toBeInTheDocument();
    await user.clear(screen.getByRole('textbox', { name: 'Instance URL' }));
    await user.click(screen.getByRole('button', { name: 'Speichern' }));
    expect(await screen.findByText('Dieses Feld ist erforderlich.')).toBeInTheDocument();
  });

  it('says so when a connector has no settings', async () => {
    const { client, connection } = await setUp('crm', 'hubline');
    await renderUi(<ConnectionSettingsForm connection={connection} className="mine" />, {
      client,
    });
    await expectNoAxeViolations();
    const form = screen.getByRole('form', { name: 'Hubline settings' });
    expect(form).toHaveClass('mine');
    expect(form).toHaveTextContent('This integration has no settings to fill in.');
    expect(screen.queryByRole('button')).toBeNull();
  });
});
