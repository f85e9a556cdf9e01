import { CONNECTION_STATUS_RULES, type ConnectionStatus } from '@plugboard/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { MessagesProvider } from '../messages/PlugboardMessages';
import { StatusBadge } from './StatusBadge';

const STATUSES: ConnectionStatus[] = [
  ...CONNECTION_STATUS_RULES.map((rule) => rule.status),
  'unknown',
];

/** Every status id side by side, in a language and colour scheme. */
function AllStatusBadges({ locale, theme }: { locale?: string; theme?: 'light' | 'dark' }) {
  return (
    <MessagesProvider locale={locale}>
      <p data-plugboard="" data-theme={theme}>
        {STATUSES.map((status) => (
          <span key={status}>
            <StatusBadge status={status} />{' '}
          </span>
        ))}
      </p>
    </MessagesProvider>
  );
}

const meta = {
  title: 'Page/StatusBadge',
  component: AllStatusBadges,
} satisfies Meta<typeof AllStatusBadges>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Every status in its tone: success, warning, danger and neutral. */
export const AllTones: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Connected')).toHaveAttribute('data-tone', 'success');
    await expect(canvas.getByText('Invalid configuration')).toHaveAttribute('data-tone', 'danger');
    await expect(canvas.getByText('Unknown status')).toHaveAttribute('data-tone', 'neutral');
  },
};

/** The same badges on the dark scheme. */
export const Dark: Story = { args: { theme: 'dark' } };

/** German labels, keyed by status id. */
export const German: Story = { args: { locale: 'de' } };
