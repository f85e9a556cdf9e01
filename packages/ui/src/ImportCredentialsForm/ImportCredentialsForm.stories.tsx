import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { SandboxConnection } from '../ConnectionSettingsForm/SandboxConnection';
import { ImportCredentialsForm } from './ImportCredentialsForm';

interface ImportCredentialsFormExampleProps {
  /** The sandbox connection's unified API. */
  unifiedApi: string;
  /** The sandbox connection's service id (an OAuth connection). */
  serviceId: string;
  /** Colour scheme. */
  theme?: 'light' | 'dark' | 'system';
}

/** The import form of a sandbox OAuth connection that is added but not authorized. */
function ImportCredentialsFormExample({
  unifiedApi,
  serviceId,
  theme,
}: ImportCredentialsFormExampleProps) {
  return (
    <SandboxConnection unifiedApi={unifiedApi} serviceId={serviceId}>
      {(connection) => (
        <ImportCredentialsForm connection={connection} theme={theme} title="Import credentials" />
      )}
    </SandboxConnection>
  );
}

const meta = {
  title: 'Forms/ImportCredentialsForm',
  component: ImportCredentialsFormExample,
  args: { unifiedApi: 'ecommerce', serviceId: 'cartly' },
  // Stories without their own play wait for the form, so the axe check sees it loaded.
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByRole('form');
  },
} satisfies Meta<typeof ImportCredentialsFormExample>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Access and refresh token (masked, with a reveal toggle), lifetime and issue time. */
export const Default: Story = {};

/** Importing without an access token: the field says it is required and takes focus. */
export const MissingAccessToken: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Import' }));
    const accessToken = canvas.getByLabelText('Access token');
    await waitFor(() => expect(accessToken).toHaveFocus());
    await expect(canvas.getByText('This field is required.')).toBeVisible();
  },
};

/** A successful import: the tokens are cleared and "Credentials imported" is announced. */
export const Imported: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const accessToken = await canvas.findByLabelText('Access token');
    await userEvent.type(accessToken, 'sandbox-access-token');
    await userEvent.type(canvas.getByRole('spinbutton', { name: 'Expires in' }), '3600');
    await userEvent.click(canvas.getByRole('button', { name: 'Import' }));
    await expect(await canvas.findByText('Credentials imported')).toBeVisible();
    await expect(accessToken).toHaveValue('');
  },
};

/** The dark scheme. */
export const Dark: Story = {
  args: { theme: 'dark' },
  globals: { backgrounds: { value: 'dark' } },
};
