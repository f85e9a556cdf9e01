import type { Connection, SessionAllowAction } from '@plugboard/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useMemo, useState } from 'react';
import { expect, fn, userEvent, within } from 'storybook/test';
import { MessagesProvider } from '../messages/PlugboardMessages';
import { ConnectionDetails } from './ConnectionDetails';

interface ConnectionDetailsExampleProps {
  /** The sandbox connection's unified API. */
  unifiedApi: string;
  /** The sandbox connection's service id. */
  serviceId: string;
  allowActions?: SessionAllowAction[];
  theme?: 'light' | 'dark' | 'system';
  locale?: string;
  onConnectionChange?: (connection: Connection, action: string) => void;
  onConnectionDelete?: (connection: Connection) => void;
}

/** The details of one sandbox connection, open on load; a button opens them again. */
function ConnectionDetailsExample({
  unifiedApi,
  serviceId,
  allowActions,
  theme,
  locale,
  onConnectionChange,
  onConnectionDelete,
}: ConnectionDetailsExampleProps) {
  const [open, setOpen] = useState(true);
  // Only the ids are needed: the dialog loads the rest.
  const connection = useMemo<Connection>(
    () => ({ id: `${unifiedApi}+${serviceId}`, unified_api: unifiedApi, service_id: serviceId }),
    [unifiedApi, serviceId],
  );
  return (
    <MessagesProvider locale={locale}>
      <div data-plugboard="" data-theme={theme}>
        <button type="button" data-slot="action-button" onClick={() => setOpen(true)}>
          Open details
        </button>
        <ConnectionDetails
          connection={open ? connection : undefined}
          onClose={() => setOpen(false)}
          allowActions={allowActions}
          theme={theme}
          onConnectionChange={onConnectionChange}
          onConnectionDelete={onConnectionDelete}
        />
      </div>
    </MessagesProvider>
  );
}

const meta = {
  title: 'Page/ConnectionDetails',
  component: ConnectionDetailsExample,
  args: {
    unifiedApi: 'crm',
    serviceId: 'nimbus-crm',
    onConnectionChange: fn(),
    onConnectionDelete: fn(),
  },
} satisfies Meta<typeof ConnectionDetailsExample>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Connected OAuth connection: every action, settings, resource defaults and credential import. */
export const Connected: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await within(canvasElement).findByRole('dialog', { name: 'Nimbus CRM' });
    await expect(within(dialog).getByRole('button', { name: 'Close' })).toHaveFocus();
  },
};

/** An available API-key integration: one action, Add integration. */
export const NotConnected: Story = { args: { unifiedApi: 'accounting', serviceId: 'tallybook' } };

/** Added, OAuth: Authorize opens the provider's consent page in a popup. */
export const Unauthorized: Story = { args: { unifiedApi: 'hris', serviceId: 'orgchartly' } };

/** A password-grant connection: Authorize exchanges the stored credentials for a token. */
export const TokenGrant: Story = { args: { unifiedApi: 'accounting', serviceId: 'countwise' } };

export const PendingConfirmation: Story = { args: { unifiedApi: 'crm', serviceId: 'leadflow' } };
export const InputRequired: Story = { args: { unifiedApi: 'accounting', serviceId: 'booksmith' } };
export const InvalidConfiguration: Story = { args: { unifiedApi: 'crm', serviceId: 'closely' } };
export const NeedsConfiguration: Story = { args: { unifiedApi: 'crm', serviceId: 'hubline' } };
export const Disabled: Story = { args: { unifiedApi: 'accounting', serviceId: 'fiscalis' } };

/** `allowActions={[]}`: no delete, disconnect, disable or re-authorize. */
export const RestrictedActions: Story = { args: { allowActions: [] } };

export const Dark: Story = { args: { theme: 'dark' } };
export const German: Story = { args: { locale: 'de' } };
export const RightToLeft: Story = { args: { locale: 'ar' } };

/** The update answers 500: the error shows inline and the dialog stays usable. */
export const ActionFails: Story = {
  args: { unifiedApi: 'crm', serviceId: 'pipeline-pro' },
  parameters: { sandbox: { faults: [{ operationId: 'connectionsUpdate', status: 500 }] } },
  play: async ({ canvasElement, args }) => {
    const dialog = await within(canvasElement).findByRole('dialog', { name: 'PipelinePro' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Disable' }));
    const alert = await within(dialog).findByRole('alert', {}, { timeout: 5000 });
    await expect(alert).toHaveTextContent(/^Disable failed/);
    await expect(args.onConnectionChange).not.toHaveBeenCalled();
  },
};

/** Delete asks for confirmation inside the dialog, with Cancel focused first. */
export const DeleteConfirmation: Story = {
  args: { unifiedApi: 'crm', serviceId: 'pipeline-pro' },
  play: async ({ canvasElement }) => {
    const dialog = await within(canvasElement).findByRole('dialog', { name: 'PipelinePro' });
    await userEvent.click(await within(dialog).findByRole('button', { name: 'Delete' }));
    const confirm = within(dialog).getByRole('group', { name: 'Delete PipelinePro?' });
    await expect(within(confirm).getByRole('button', { name: 'Cancel' })).toHaveFocus();
  },
};
