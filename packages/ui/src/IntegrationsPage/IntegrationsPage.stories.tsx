import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { IntegrationsPage } from './IntegrationsPage';

const meta = {
  title: 'Page/IntegrationsPage',
  component: IntegrationsPage,
  parameters: { layout: 'padded' },
  args: { onConnectionChange: fn(), onConnectionDelete: fn() },
} satisfies Meta<typeof IntegrationsPage>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The sandbox catalogue: connected first, then what needs attention, then the rest. */
export const Default: Story = {};

/** Only one unified API: no category filter. */
export const SingleUnifiedApi: Story = { args: { api: 'crm', title: 'CRM integrations' } };

/** Skeleton cards and a polite "Loading integrations…" while the list is on its way. */
export const Loading: Story = {
  parameters: { sandbox: { faults: [{ operationId: 'connectionsAll', latencyMs: 100000 }] } },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('status')).toHaveTextContent(
      'Loading integrations…',
    );
  },
};

/** A unified API without any connector: the empty state. */
export const Empty: Story = {
  args: { api: 'calendar' },
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByText('No integrations yet');
  },
};

/** The list answers 500: the reason and a Retry button. */
export const ErrorState: Story = {
  parameters: { sandbox: { faults: [{ operationId: 'connectionsAll', status: 500 }] } },
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement).findByRole('alert', {}, { timeout: 5000 });
    await expect(alert).toHaveTextContent('Integrations could not be loaded');
    await expect(within(alert).getByRole('button', { name: 'Retry' })).toBeVisible();
  },
};

/** The dark scheme. */
export const Dark: Story = { args: { theme: 'dark' } };

/** Arabic locale: right to left (strings fall back to English). */
export const RightToLeft: Story = { args: { locale: 'ar' } };

/** German strings, statuses and actions. */
export const German: Story = { args: { locale: 'de' } };

/** A long title and long category names wrap without breaking the layout. */
export const LongNames: Story = {
  args: {
    title: 'Integrations and connected applications for your whole organisation',
    messages: {
      page: {
        countOther: '{count} integrations available to every workspace in your organisation',
      },
    },
  },
};

/** 1,000 generated connectors: memoised cards, `content-visibility: auto`. */
export const ThousandConnectors: Story = {
  parameters: { sandbox: { catalogueSize: 1000 } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('1000 integrations'), {
      timeout: 10000,
    });
  },
};

/** Typing narrows the grid (accents and case ignored) and the count follows. */
export const Search: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // The toolbar is usable once the catalogue is in.
    await canvas.findAllByRole('button', { name: /^Open / });
    const search = canvas.getByRole('searchbox', { name: 'Search integrations' });
    await userEvent.type(search, 'LÉDGERL');
    await waitFor(() =>
      expect(
        canvas.getAllByRole('button', { name: /^Open / }).map((card) => card.textContent),
      ).toEqual(['Open Ledgerly']),
    );
    await expect(canvas.getByRole('status')).toHaveTextContent('1 of 48 integrations');
  },
};

/** A card opens its details; Escape closes them and focus goes back to the card. */
export const OpenConnection: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const card = await canvas.findByRole('button', { name: 'Open Nimbus CRM' });
    await userEvent.click(card);
    const dialog = await canvas.findByRole('dialog', { name: 'Nimbus CRM' });
    await expect(within(dialog).getByRole('button', { name: 'Close' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(card).toHaveFocus());
  },
};

/** Delete asks first (Cancel focused); confirming turns the card back into "Not connected". */
export const DeleteWithConfirmation: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Open PipelinePro' }));
    const dialog = await canvas.findByRole('dialog', { name: 'PipelinePro' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));
    const confirm = within(dialog).getByRole('group', { name: 'Delete PipelinePro?' });
    await expect(within(confirm).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await userEvent.click(within(confirm).getByRole('button', { name: 'Delete' }));
    await waitFor(() =>
      expect(
        canvas.getByRole('button', { name: 'Open PipelinePro', hidden: true }),
      ).toHaveAttribute('data-state', 'not_connected'),
    );
    await waitFor(() => expect(args.onConnectionDelete).toHaveBeenCalledTimes(1));
  },
};
