import type { Connection } from '@plugboard/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { IntegrationCard } from './IntegrationCard';

const base: Connection = {
  id: 'crm+nimbus-crm',
  service_id: 'nimbus-crm',
  unified_api: 'crm',
  name: 'Nimbus CRM',
  tag_line: 'The cloud CRM for growing sales teams: leads, deals and forecasts in one place.',
  logo: 'https://unify.apideck.com/sandbox/logos/nimbus-crm.svg',
  enabled: true,
  state: 'callable',
};

const meta = {
  title: 'Page/IntegrationCard',
  component: IntegrationCard,
  decorators: [
    (Story) => (
      // The grid's own markup gives the card its usual width.
      <div data-plugboard="">
        <ul data-slot="integrations-grid" aria-label="Card">
          <li data-slot="integrations-grid-item">
            <Story />
          </li>
        </ul>
      </div>
    ),
  ],
  args: { connection: base, onOpen: fn() },
} satisfies Meta<typeof IntegrationCard>;

export default meta;
type Story = StoryObj<typeof meta>;

const withState = (changes: Partial<Connection>): Story => ({
  args: { connection: { ...base, ...changes } },
});

/** Connected (state `callable`). Clicking it opens the details. */
export const Connected: Story = {
  play: async ({ canvasElement, args }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Open Nimbus CRM' }));
    await expect(args.onOpen).toHaveBeenCalledWith(base);
  },
};
export const PendingConfirmation = withState({
  state: 'authorized',
  health: 'pending_confirmation',
});
export const NeedsConfiguration = withState({
  state: 'added',
  integration_state: 'needs_configuration',
});
export const InvalidConfiguration = withState({ state: 'invalid' });
export const NotConnected = withState({ state: 'available', enabled: false });
export const Disabled = withState({ enabled: false });
export const Unauthorized = withState({ state: 'added' });
export const InputRequired = withState({ state: 'authorized' });
export const UnknownStatus = withState({ state: 'migrating' });

/** No logo and no tag line: initials, and the card keeps its shape. */
export const NoLogoNoTagLine = withState({ logo: null, tag_line: null });

/** A long name is cut with an ellipsis; a long tag line is clamped to two lines. */
export const LongName = withState({
  name: 'Nimbus Customer Relationship Management Enterprise Edition for Global Teams',
  tag_line:
    'The cloud CRM for growing sales teams: leads, deals, forecasts, quotes, territories, commissions and every report your board could ask for, all in one place.',
});
