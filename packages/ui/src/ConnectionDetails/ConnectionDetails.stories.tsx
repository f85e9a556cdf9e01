import {
  type Connection,
  OAUTH_MESSAGE_TYPE,
  parseOAuthCallback,
  type SessionAllowAction,
} from '@plugboard/react';
import type { Sandbox } from '@plugboard/sandbox';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useMemo, useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
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

/**
 * Authorize through the sandbox's consent page: the popup is played by the sandbox (a service
 * worker cannot serve a popup's page), the landing page's message comes back from the popup, and
 * the connection ends up Connected.
 */
export const AuthorizeThroughConsentPage: Story = {
  args: { unifiedApi: 'hris', serviceId: 'orgchartly' },
  play: async ({ canvasElement, loaded }) => {
    const sandbox = loaded.sandbox as Sandbox;
    const dialog = await within(canvasElement).findByRole('dialog', { name: 'OrgChartly' });
    const popup = { closed: false, focus: fn(), close: () => undefined };
    let consentUrl = '';
    const originalOpen = window.open;
    window.open = ((url: string) => {
      consentUrl = url;
      return popup as unknown as Window;
    }) as typeof window.open;
    try {
      await userEvent.click(await within(dialog).findByRole('button', { name: 'Authorize' }));
      await expect(consentUrl).toContain('redirect_uri=');
      // The user approves on the consent page; the provider sends the popup back to redirect_uri.
      const landing = await sandbox.completeOAuthFlow(consentUrl, 'approve');
      const message = new MessageEvent('message', {
        data: { type: OAUTH_MESSAGE_TYPE, callback: parseOAuthCallback(landing) },
        origin: window.location.origin,
      });
      Object.defineProperty(message, 'source', { value: popup });
      window.dispatchEvent(message);
      await waitFor(
        () => expect(within(dialog).getAllByText('Connected').length).toBeGreaterThan(0),
        {
          timeout: 3000,
        },
      );
    } finally {
      window.open = originalOpen;
    }
  },
};

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

/**
 * The details cannot be loaded: the dialog shows what it was given (here only the ids), says why,
 * and offers Retry.
 */
export const DetailsLoadFails: Story = {
  args: { unifiedApi: 'crm', serviceId: 'pipeline-pro' },
  parameters: { sandbox: { faults: [{ operationId: 'connectionsOne', status: 503 }] } },
  play: async ({ canvasElement }) => {
    const dialog = await within(canvasElement).findByRole('dialog', { name: 'pipeline-pro' });
    const alert = await within(dialog).findByRole('alert', {}, { timeout: 8000 });
    await expect(alert).toHaveTextContent(/^The latest details could not be loaded\./);
    await expect(within(alert).getByRole('button', { name: 'Retry' })).toBeVisible();
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
