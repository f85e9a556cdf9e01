import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { MessagesProvider } from '../messages/PlugboardMessages';
import { ConnectionSettingsForm } from './ConnectionSettingsForm';
import { SandboxConnection } from './SandboxConnection';

interface ConnectionSettingsFormExampleProps {
  /** The sandbox connection's unified API. */
  unifiedApi: string;
  /** The sandbox connection's service id. */
  serviceId: string;
  /** A visible heading. */
  title?: string;
  /** Colour scheme. */
  theme?: 'light' | 'dark' | 'system';
  /** Language of the strings. */
  locale?: string;
  /** Text direction. */
  direction?: 'ltr' | 'rtl';
}

/** A sandbox connection's settings form, in a language and direction. */
function ConnectionSettingsFormExample({
  unifiedApi,
  serviceId,
  title = 'Settings',
  theme,
  locale,
  direction,
}: ConnectionSettingsFormExampleProps) {
  return (
    <MessagesProvider locale={locale} direction={direction}>
      <SandboxConnection unifiedApi={unifiedApi} serviceId={serviceId}>
        {(connection) => (
          <ConnectionSettingsForm connection={connection} title={title} theme={theme} />
        )}
      </SandboxConnection>
    </MessagesProvider>
  );
}

const meta = {
  title: 'Forms/ConnectionSettingsForm',
  component: ConnectionSettingsFormExample,
  args: { unifiedApi: 'crm', serviceId: 'nimbus-crm' },
  // Stories without their own play wait for the form, so the axe check sees it loaded.
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByRole('form');
  },
} satisfies Meta<typeof ConnectionSettingsFormExample>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Nimbus CRM: a URL, an email, a checkbox, a value to copy and an explanatory note. */
export const EveryFieldType: Story = {};

/** Tillpoint: a masked PIN, `phone` and `tel` numbers, a time and a date-and-time. */
export const PhoneTimeAndDateTime: Story = {
  args: { unifiedApi: 'ecommerce', serviceId: 'tillpoint' },
};

/** Shopwright: a store domain between a prefix and a suffix, an API token and a location. */
export const LocationAndAdornments: Story = {
  args: { unifiedApi: 'ecommerce', serviceId: 'shopwright' },
};

/** Driveway: a `boolean` field as a checkbox, and a number with a unit after it. */
export const BooleanAndNumber: Story = {
  args: { unifiedApi: 'file-storage', serviceId: 'driveway' },
};

/** Tracklight: the project follows the workspace; a choice left behind is cleared. */
export const FilteredSelect: Story = {
  args: { unifiedApi: 'issue-tracking', serviceId: 'tracklight' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const workspace = await canvas.findByRole('combobox', { name: 'Workspace' });
    const project = canvas.getByRole('combobox', { name: 'Project' });
    await expect(project).toHaveValue('PLAT');
    await userEvent.selectOptions(workspace, 'acme-support');
    await waitFor(() => expect(project).toHaveValue(''));
    await userEvent.selectOptions(workspace, '');
    await expect(project).toBeDisabled();
    await expect(canvas.getByText('Choose Workspace first.')).toBeVisible();
  },
};

/** FileCabinet: a deprecated field is not shown; a select that takes typed values; a text area. */
export const DeprecatedFieldAndTextarea: Story = {
  args: { unifiedApi: 'file-storage', serviceId: 'filecabinet' },
};

/** Saving settings with a validation error: focus moves to the field, which explains itself. */
export const ValidationError: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const instanceUrl = await canvas.findByRole('textbox', { name: 'Instance URL' });
    await userEvent.clear(instanceUrl);
    await userEvent.click(canvas.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(instanceUrl).toHaveFocus());
    await expect(instanceUrl).toHaveAttribute('aria-invalid', 'true');
    await expect(canvas.getByText('This field is required.')).toBeVisible();
  },
};

/** A 422 from the API lands on the field it names; what the user typed stays. */
export const RejectedByTheApi: Story = {
  args: { unifiedApi: 'ecommerce', serviceId: 'tillpoint' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const phone = await canvas.findByRole('textbox', { name: 'Support phone' });
    await userEvent.clear(phone);
    await userEvent.type(phone, 'call me maybe');
    await userEvent.click(canvas.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(phone).toHaveAttribute('aria-invalid', 'true'));
    await expect(phone).toHaveValue('call me maybe');
  },
};

/** While the save runs: "Saving…" with `aria-busy` (the sandbox holds the answer back). */
export const Saving: Story = {
  parameters: {
    sandbox: { faults: [{ operationId: 'connectionsUpdate', latencyMs: 60_000 }] },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Save' }));
    await expect(await canvas.findByRole('button', { name: 'Saving…' })).toHaveAttribute(
      'aria-busy',
      'true',
    );
  },
};

/** After a successful save: a polite "Saved". */
export const Saved: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('checkbox', { name: 'Sync archived records' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Save' }));
    await expect(await canvas.findByText('Saved')).toBeVisible();
  },
};

/** The service fails (500): a plain-words alert above the fields; the input is kept. */
export const ServerError: Story = {
  parameters: { sandbox: { faults: [{ operationId: 'connectionsUpdate', status: 500 }] } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Save' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent(/ran into a problem/);
  },
};

/** The network drops: the alert says the service could not be reached. */
export const NetworkDrop: Story = {
  parameters: { sandbox: { faults: [{ operationId: 'connectionsUpdate', drop: true }] } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Save' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent(/could not be reached/);
  },
};

/** The dark scheme: only tokens change. */
export const Dark: Story = {
  args: { unifiedApi: 'ecommerce', serviceId: 'shopwright', theme: 'dark' },
  globals: { backgrounds: { value: 'dark' } },
};

/** Right to left: adornments, the password toggle and the select arrow swap sides. */
export const RightToLeft: Story = {
  args: { unifiedApi: 'ecommerce', serviceId: 'shopwright', locale: 'ar', direction: 'rtl' },
};

/** In German, validation messages included. */
export const German: Story = {
  args: { locale: 'de', title: 'Einstellungen' },
};
