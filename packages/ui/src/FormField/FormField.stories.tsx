import type { FormField as ApiFormField } from '@plugboard/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { MessagesProvider } from '../messages/PlugboardMessages';
import { FormFieldHarness } from './FormFieldHarness';

const everyKind: ApiFormField[] = [
  {
    id: 'account_name',
    type: 'text',
    label: 'Account name',
    required: true,
    placeholder: 'Acme Inc',
  },
  { id: 'api_key', type: 'password', label: 'API key', required: true, sensitive: true },
  { id: 'notes', type: 'textarea', label: 'Notes', description: 'Visible to your admins only.' },
  { id: 'sync_archived', type: 'boolean', label: 'Sync archived records', default_value: true },
  { id: 'page_size', type: 'number', label: 'Page size', suffix: 'rows', default_value: 100 },
  { id: 'owner', type: 'email', label: 'Owner email', placeholder: 'owner@acme.example' },
  {
    id: 'store',
    type: 'url',
    label: 'Store address',
    prefix: 'https://',
    suffix: '.shop.example',
    placeholder: 'acme',
  },
  { id: 'support_phone', type: 'phone', label: 'Support phone', placeholder: '+31 20 123 4567' },
  { id: 'start_date', type: 'date', label: 'Start date' },
  { id: 'go_live_at', type: 'datetime', label: 'Go live at' },
  { id: 'opening_time', type: 'time', label: 'Opening time', default_value: '09:00' },
  {
    id: 'region',
    type: 'select',
    label: 'Region',
    options: [
      { label: 'Europe', value: 'eu' },
      { label: 'United States', value: 'us' },
    ],
    default_value: 'eu',
  },
  {
    id: 'office',
    type: 'filtered-select',
    label: 'Office',
    filter: { value: 'region' },
    description: 'Offices of the chosen region.',
    options: [
      { id: 'eu', label: 'Europe', options: [{ label: 'Amsterdam', value: 'ams' }] },
      { id: 'us', label: 'United States', options: [{ label: 'Boston', value: 'bos' }] },
    ],
  },
  {
    id: 'teams',
    type: 'multi-select',
    label: 'Teams',
    options: [
      { label: 'Sales', value: 'sales' },
      { label: 'Support', value: 'support' },
    ],
  },
  {
    id: 'labels',
    type: 'multi-select',
    label: 'Default labels',
    allow_custom_values: true,
    options: [
      { label: 'customer', value: 'customer' },
      { label: 'triage', value: 'triage' },
    ],
    value: ['customer'],
  },
  {
    id: 'workspace',
    type: 'select',
    label: 'Workspace',
    allow_custom_values: true,
    options: [
      { label: 'Finance', value: 'finance' },
      { label: 'Legal', value: 'legal' },
    ],
  },
  { id: 'webhook_url', type: 'copy', label: 'Webhook URL', value: 'https://hooks.example/acme/1' },
  {
    id: 'about',
    type: 'info',
    label: 'About syncing',
    description: 'Changes sync every five minutes. Read https://docs.example/sync for details.',
  },
  { id: 'warehouse', type: 'location', label: 'Warehouse location' },
  { id: 'tenant', type: 'hidden', value: 'tenant-1' },
];

interface FieldGalleryProps {
  /** The fields to show. */
  formFields: ApiFormField[];
  /** Colour scheme. */
  theme?: 'light' | 'dark';
  /** Text direction. */
  direction?: 'ltr' | 'rtl';
}

/** Every widget through `FormField`, without a save. */
function FieldGallery({ formFields, theme, direction = 'ltr' }: FieldGalleryProps) {
  return (
    <MessagesProvider direction={direction}>
      <div className="story-canvas" data-plugboard="" data-theme={theme} dir={direction}>
        <FormFieldHarness formFields={formFields} />
      </div>
    </MessagesProvider>
  );
}

const meta = {
  title: 'Forms/FormField',
  component: FieldGallery,
  args: { formFields: everyKind },
} satisfies Meta<typeof FieldGallery>;

export default meta;
type Story = StoryObj<typeof meta>;

/** One field of every kind the API sends (the hidden one renders nothing). */
export const EveryKind: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const toggle = canvas.getByRole('button', { name: 'Show API key' });
    await userEvent.click(toggle);
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  },
};

/** The dark scheme. */
export const Dark: Story = {
  args: { theme: 'dark' },
  globals: { backgrounds: { value: 'dark' } },
};

/** Right to left. */
export const RightToLeft: Story = { args: { direction: 'rtl' } };
