import type { Connection } from '@plugboard/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { IntegrationsGrid } from './IntegrationsGrid';

const logo = (serviceId: string) => `https://unify.apideck.com/sandbox/logos/${serviceId}.svg`;

function connection(
  serviceId: string,
  name: string,
  unifiedApi: string,
  changes: Partial<Connection>,
): Connection {
  return {
    id: `${unifiedApi}+${serviceId}`,
    service_id: serviceId,
    unified_api: unifiedApi,
    name,
    tag_line: `${name} for teams that move fast.`,
    logo: logo(serviceId),
    enabled: true,
    ...changes,
  };
}

const connections: Connection[] = [
  connection('nimbus-crm', 'Nimbus CRM', 'crm', { state: 'callable' }),
  connection('ledgerly', 'Ledgerly', 'accounting', { state: 'callable' }),
  connection('leadflow', 'Leadflow', 'crm', {
    state: 'authorized',
    health: 'pending_confirmation',
  }),
  connection('closely', 'Closely', 'crm', { state: 'invalid' }),
  connection('booksmith', 'Booksmith', 'accounting', { state: 'authorized' }),
  connection('orgchartly', 'OrgChartly', 'hris', { state: 'added' }),
  connection('hubline', 'Hubline', 'crm', {
    state: 'added',
    integration_state: 'needs_configuration',
  }),
  connection('fiscalis', 'Fiscalis', 'accounting', { state: 'callable', enabled: false }),
  connection('tallybook', 'Tallybook', 'accounting', { state: 'available', enabled: false }),
  connection('jobbird', 'Jobbird Recruiting Cloud for Public and Private Sector Hiring', 'ats', {
    state: 'available',
    enabled: false,
    logo: null,
  }),
];

const meta = {
  title: 'Page/IntegrationsGrid',
  component: IntegrationsGrid,
  decorators: [
    (Story) => (
      <div data-plugboard="">
        <Story />
      </div>
    ),
  ],
  args: { connections, onOpen: fn(), 'aria-label': 'Integrations' },
} satisfies Meta<typeof IntegrationsGrid>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A card in every state, with a long name and a missing logo. */
export const EveryState: Story = {};

/** One tab stop; arrows move between cards, Home and End jump to the ends. */
export const KeyboardNavigation: Story = {
  play: async ({ canvasElement }) => {
    const cards = within(canvasElement).getAllByRole('button');
    cards[0]?.focus();
    await userEvent.keyboard('{ArrowRight}');
    await expect(cards[1]).toHaveFocus();
    await userEvent.keyboard('{End}');
    await expect(cards.at(-1)).toHaveFocus();
    await userEvent.keyboard('{Home}');
    await expect(cards[0]).toHaveFocus();
    await expect(cards.filter((card) => card.tabIndex === 0)).toHaveLength(1);
  },
};

/** Right to left: ArrowLeft moves forward. */
export const RightToLeft: Story = {
  decorators: [
    (Story) => (
      <div dir="rtl">
        <Story />
      </div>
    ),
  ],
  play: async ({ canvasElement }) => {
    const cards = within(canvasElement).getAllByRole('button');
    cards[0]?.focus();
    await userEvent.keyboard('{ArrowLeft}');
    await expect(cards[1]).toHaveFocus();
  },
};
