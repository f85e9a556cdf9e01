import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { ConnectionLogo, type ConnectionLogoProps } from './ConnectionLogo';

const meta = {
  title: 'Page/ConnectionLogo',
  component: ConnectionLogo,
  decorators: [
    (Story) => (
      <div data-plugboard="">
        <Story />
      </div>
    ),
  ],
  args: {
    connection: {
      service_id: 'nimbus-crm',
      name: 'Nimbus CRM',
      logo: 'https://unify.apideck.com/sandbox/logos/nimbus-crm.svg',
    },
    decorative: false,
  },
} satisfies Meta<typeof ConnectionLogo>;

export default meta;
type Story = StoryObj<typeof meta>;

const without = (logo: string | undefined): ConnectionLogoProps['connection'] => ({
  service_id: 'ledgerly',
  name: 'Ledgerly',
  logo,
});

/** A logo from the sandbox (https). */
export const WithLogo: Story = {};

/** No logo: coloured initials. */
export const Initials: Story = { args: { connection: without(undefined) } };

/** A `javascript:` URL is never loaded: initials instead. */
export const UnsafeUrl: Story = {
  args: { connection: without('javascript:alert(1)') },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('img')).toBeNull();
  },
};

/** A logo that fails to load falls back to initials. */
export const BrokenImage: Story = {
  args: { connection: without('https://logos.invalid/ledgerly.svg') },
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(canvasElement.querySelector('[data-slot="connection-logo"]')).toHaveAttribute(
        'data-state',
        'fallback',
      ),
    );
  },
};
