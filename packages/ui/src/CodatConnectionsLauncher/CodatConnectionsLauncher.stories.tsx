import type { CodatLauncherError } from '@plugboard/react';
import {
  CODAT_BASE_URL,
  CODAT_COMPANY_IDS,
  fetchSandboxCodatToken,
  type Sandbox,
} from '@plugboard/sandbox';
import { createFakeCodatConnections } from '@plugboard/sandbox/codat-sdk';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { MessagesProvider } from '../messages/PlugboardMessages';
import { CodatConnectionsLauncher } from './CodatConnectionsLauncher';

const NORTHWIND = CODAT_COMPANY_IDS.northwindBakery;
const QUILLBOOKS = '2e9d2c44-f675-40ba-8049-353bfcb5e171';

/** The app's backend, played by the sandbox (through MSW): a real app calls its own server. */
const getAccessToken = (companyId: string) => fetchSandboxCodatToken(companyId);

const loaders = {
  /** The fake Connections SDK, talking to the sandbox at https://api.codat.io through MSW. */
  fake: async () => ({ CodatConnections: createFakeCodatConnections({ baseUrl: CODAT_BASE_URL }) }),
  /** What a browser reports when a CSP or the network stops the module. */
  blocked: async () => {
    throw new TypeError(
      'Failed to fetch dynamically imported module: https://connections-sdk.codat.io/',
    );
  },
};

interface CodatLauncherExampleProps {
  companyId?: string;
  sdk?: keyof typeof loaders;
  theme?: 'light' | 'dark' | 'system';
  locale?: string;
  onClose?: () => void;
  onError?: (error: CodatLauncherError) => void;
  onDisconnect?: (args: { connectionId: string }) => void;
  onReconnect?: (args: { connectionId: string }) => void;
}

/** The launcher for a sandbox company, with the fake SDK (or one that cannot load). */
function CodatLauncherExample({
  companyId = NORTHWIND,
  sdk = 'fake',
  locale,
  ...props
}: CodatLauncherExampleProps) {
  return (
    <MessagesProvider locale={locale}>
      <CodatConnectionsLauncher
        companyId={companyId}
        getAccessToken={getAccessToken}
        loadSdk={loaders[sdk]}
        // Storybook renders stories in an iframe; the fake SDK runs there, Codat's would not.
        allowInIframe
        {...props}
      />
    </MessagesProvider>
  );
}

const meta = {
  title: 'Codat/CodatConnectionsLauncher',
  component: CodatLauncherExample,
  args: { onClose: fn(), onError: fn(), onDisconnect: fn(), onReconnect: fn() },
} satisfies Meta<typeof CodatLauncherExample>;

export default meta;
type Story = StoryObj<typeof meta>;

async function open(
  canvasElement: HTMLElement,
  name = 'Manage connections',
  title = 'Connections',
) {
  const canvas = within(canvasElement);
  await userEvent.click(canvas.getByRole('button', { name }));
  return canvas.findByRole('dialog', { name: title });
}

/** The launcher's own alert (the SDK has one too, while it is mounted). */
async function launcherAlert(dialog: HTMLElement) {
  const title = await within(dialog).findByText(
    'Connections could not be opened',
    {},
    { timeout: 5000 },
  );
  return title.closest('[role="alert"]') as HTMLElement;
}

/** The button alone. */
export const Closed: Story = {
  play: async ({ canvasElement }) => {
    await expect(
      within(canvasElement).getByRole('button', { name: 'Manage connections' }),
    ).toHaveAttribute('aria-haspopup', 'dialog');
  },
};

/** Open: the fake SDK lists the company's connections in every status. */
export const OpenWithConnections: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await open(canvasElement);
    await within(dialog).findByRole('button', { name: 'Disconnect Quillbooks' }, { timeout: 5000 });
    await expect(within(dialog).getByRole('button', { name: 'Reconnect Stallmart' })).toBeVisible();
  },
};

/** The app's backend cannot get a token: the error, Codat's correlation id and Try again. */
export const TokenFetchFails: Story = {
  parameters: {
    sandbox: { faults: [{ operationId: 'get-company-access-token', status: 500 }] },
  },
  play: async ({ canvasElement }) => {
    const dialog = await open(canvasElement);
    const alert = await launcherAlert(dialog);
    await expect(alert).toHaveTextContent('A secure session with Codat could not be started.');
    await expect(alert).toHaveTextContent(/Correlation ID: [0-9a-f]{32}/);
    const retry = within(dialog).getByRole('button', { name: 'Try again' });
    await waitFor(() => expect(retry).toHaveFocus());
  },
};

/** The SDK module is blocked (offline, or a CSP without *.codat.io): what to allow, and where. */
export const SdkLoadFails: Story = {
  args: { sdk: 'blocked' },
  play: async ({ canvasElement, args }) => {
    const dialog = await open(canvasElement);
    const alert = await launcherAlert(dialog);
    await expect(alert).toHaveTextContent('Codat’s connection manager could not be loaded.');
    await userEvent.click(within(dialog).getByText('Technical details'));
    await expect(
      within(dialog).getByText(/script-src, style-src, font-src, connect-src and img-src/),
    ).toBeVisible();
    await expect(args.onError).toHaveBeenCalledWith(
      expect.objectContaining({ reason: 'sdk-load' }),
    );
  },
};

/** The SDK reports an error the user cannot recover from (403): it is unmounted. */
export const NonRecoverableSdkError: Story = {
  parameters: { sandbox: { faults: [{ operationId: 'list-connections', status: 403 }] } },
  play: async ({ canvasElement }) => {
    const dialog = await open(canvasElement);
    const alert = await launcherAlert(dialog);
    await expect(alert).toHaveTextContent(
      'Codat reported a problem and closed the connection manager.',
    );
    await expect(alert).toHaveTextContent(/Correlation ID: [0-9a-f]{32}/);
    // The SDK is unmounted, and the container emptied.
    await waitFor(() => expect(dialog.querySelector('section[data-codat-connections]')).toBeNull());
  },
};

/** The dark scheme, open. */
export const Dark: Story = {
  args: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const dialog = await open(canvasElement);
    await within(dialog).findByRole('button', { name: 'Disconnect Quillbooks' }, { timeout: 5000 });
  },
};

/** Arabic locale: right to left (strings fall back to English), open. */
export const RightToLeft: Story = {
  args: { locale: 'ar' },
  play: async ({ canvasElement }) => {
    const dialog = await open(canvasElement);
    await expect(dialog).toHaveAttribute('dir', 'rtl');
    await within(dialog).findByRole('button', { name: 'Disconnect Quillbooks' }, { timeout: 5000 });
  },
};

/** Open, disconnect a linked connection (the sandbox now says Unlinked), close. */
export const DisconnectAndClose: Story = {
  play: async ({ canvasElement, args, loaded }) => {
    const sandbox = loaded.sandbox as Sandbox;
    const trigger = within(canvasElement).getByRole('button', { name: 'Manage connections' });
    const dialog = await open(canvasElement);
    await userEvent.click(
      await within(dialog).findByRole(
        'button',
        { name: 'Disconnect Quillbooks' },
        { timeout: 5000 },
      ),
    );
    await waitFor(() =>
      expect(args.onDisconnect).toHaveBeenCalledWith({ connectionId: QUILLBOOKS }),
    );
    const state = await sandbox.getState();
    await expect(
      state.codat.companies[NORTHWIND]?.connections.find(({ id }) => id === QUILLBOOKS)?.status,
    ).toBe('Unlinked');
    await expect(
      within(dialog).getByRole('button', { name: 'Reconnect Quillbooks' }),
    ).toBeVisible();

    await userEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(within(canvasElement).queryByRole('dialog')).toBeNull());
    await expect(trigger).toHaveFocus();
    await expect(args.onClose).toHaveBeenCalledTimes(1);
  },
};
