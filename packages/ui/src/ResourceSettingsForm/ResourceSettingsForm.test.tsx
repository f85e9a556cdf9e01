import {
  type Connection,
  getConnection,
  getResourceConfig,
  type VaultClient,
} from '@plugboard/core';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createTestClient, expectNoAxeViolations, renderUi } from '../../test/renderUi';
import { sandbox } from '../../test/sandbox';
import { ResourceSettingsForm } from './ResourceSettingsForm';

async function setUp(unifiedApi: string, serviceId: string) {
  const client: VaultClient = await createTestClient();
  const connection: Connection = await getConnection(client, { unifiedApi, serviceId });
  return { client, connection };
}

describe('ResourceSettingsForm', () => {
  it('says it is loading, then edits and saves a resource’s defaults', async () => {
    const { client, connection } = await setUp('crm', 'nimbus-crm');
    const onSaved = vi.fn();
    await renderUi(
      <ResourceSettingsForm connection={connection} resource="leads" onSaved={onSaved} />,
      { client },
    );
    await expectNoAxeViolations();
    const user = userEvent.setup();

    const form = screen.getByRole('form', { name: 'Leads' });
    expect(screen.getByRole('heading', { level: 3, name: 'Leads' })).toBeInTheDocument();
    expect(form).toHaveAttribute('data-slot', 'resource-settings-form');
    expect(form).toHaveAttribute('aria-busy', 'true');
    expect(within(form).getByRole('status')).toHaveTextContent('Loading Leads settings…');

    const leadSource = await within(form).findByRole('combobox', { name: 'Lead source' });
    expect(form).not.toHaveAttribute('aria-busy');
    expect(leadSource).toHaveValue('referral');
    await expectNoAxeViolations();

    await user.selectOptions(leadSource, 'event');
    const interest = within(form).getByRole('group', { name: 'Product interest' });
    await user.type(
      within(interest).getByRole('combobox', { name: 'Add to Product interest' }),
      'GC7000 series{Enter}',
    );
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    expect(await within(form).findByText('Saved')).toBeInTheDocument();
    expect(onSaved).toHaveBeenCalledTimes(1);
    const saved = await getResourceConfig(client, {
      unifiedApi: 'crm',
      serviceId: 'nimbus-crm',
      resource: 'leads',
    });
    const savedValue = (id: string) => saved.configuration?.find((field) => field.id === id)?.value;
    expect(savedValue('lead_source')).toBe('event');
    expect(savedValue('ProductInterest')).toEqual(['GC5000 series', 'GC7000 series']);
  });

  it('falls back to the connection’s defaults, and says so, when loading fails', async () => {
    const { client, connection } = await setUp('crm', 'nimbus-crm');
    sandbox.faults.add({ method: 'GET', path: /\/leads\/config$/, status: 500 });
    await renderUi(<ResourceSettingsForm connection={connection} resource="leads" />, { client });
    await expectNoAxeViolations();

    expect(
      await screen.findByText(
        'The latest Leads settings could not be loaded. The service ran into a problem (Unknown Error: An unexpected error occurred.). Please try again in a moment. You are seeing the saved defaults.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Lead source' })).toHaveValue('referral');
    await expectNoAxeViolations();
  });

  it('shows a filtered select and a number for another resource', async () => {
    const { client, connection } = await setUp('crm', 'nimbus-crm');
    await renderUi(
      <ResourceSettingsForm connection={connection} resource="opportunities" headingLevel={2} />,
      { client },
    );
    await expectNoAxeViolations();
    expect(screen.getByRole('heading', { level: 2, name: 'Opportunities' })).toBeInTheDocument();
    const stage = await screen.findByRole('combobox', { name: 'Stage' });
    expect(stage).toBeDisabled();
    expect(stage).toHaveAccessibleDescription('Choose Pipeline first.');
    expect(screen.getByRole('spinbutton', { name: 'Expected close (days)' })).toHaveValue(30);
    await userEvent
      .setup()
      .selectOptions(screen.getByRole('combobox', { name: 'Pipeline' }), 'renewals');
    await waitFor(() => expect(stage).toBeEnabled());
  });
});
