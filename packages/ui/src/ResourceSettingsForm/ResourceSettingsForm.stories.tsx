import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { SandboxConnection } from '../ConnectionSettingsForm/SandboxConnection';
import { ResourceSettingsForm } from './ResourceSettingsForm';

interface ResourceSettingsFormExampleProps {
  /** The sandbox connection's unified API. */
  unifiedApi: string;
  /** The sandbox connection's service id. */
  serviceId: string;
  /** The resource whose defaults to edit. */
  resource: string;
  /** Colour scheme. */
  theme?: 'light' | 'dark' | 'system';
}

/** A sandbox connection's defaults form for one resource. */
function ResourceSettingsFormExample({
  unifiedApi,
  serviceId,
  resource,
  theme,
}: ResourceSettingsFormExampleProps) {
  return (
    <SandboxConnection unifiedApi={unifiedApi} serviceId={serviceId}>
      {(connection) => (
        <ResourceSettingsForm connection={connection} resource={resource} theme={theme} />
      )}
    </SandboxConnection>
  );
}

const meta = {
  title: 'Forms/ResourceSettingsForm',
  component: ResourceSettingsFormExample,
  args: { unifiedApi: 'crm', serviceId: 'nimbus-crm', resource: 'leads' },
  // Stories without their own play wait for the form, so the axe check sees it loaded.
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByRole('form');
  },
} satisfies Meta<typeof ResourceSettingsFormExample>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Nimbus CRM leads: a required select and a multi-select that takes typed values. */
export const Leads: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.selectOptions(
      await canvas.findByRole('combobox', { name: 'Lead source' }),
      'event',
    );
    await userEvent.click(canvas.getByRole('button', { name: 'Save' }));
    await expect(await canvas.findByText('Saved')).toBeVisible();
  },
};

/** Nimbus CRM opportunities: a stage that follows the pipeline, and a number. */
export const Opportunities: Story = { args: { resource: 'opportunities' } };

/** Shopwright orders: a select and a location. */
export const Orders: Story = {
  args: { unifiedApi: 'ecommerce', serviceId: 'shopwright', resource: 'orders' },
};

/** While `GET …/config` answers: the heading and a loading state. */
export const Loading: Story = {
  parameters: {
    sandbox: {
      faults: [{ method: 'GET', path: '/vault/connections/*/*/*/config', latencyMs: 60_000 }],
    },
  },
};

/** `GET …/config` failed: a notice, and the connection's saved defaults. */
export const LoadFailed: Story = {
  parameters: {
    sandbox: { faults: [{ method: 'GET', path: '/vault/connections/*/*/*/config', status: 500 }] },
  },
};

/** The dark scheme. */
export const Dark: Story = {
  args: { theme: 'dark' },
  globals: { backgrounds: { value: 'dark' } },
};
