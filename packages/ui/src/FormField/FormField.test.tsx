import {
  type FormField as ApiFormField,
  FORM_FIELD_KINDS,
  type FormFieldKind,
} from '@plugboard/core';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, renderUi } from '../../test/renderUi';
import { FormFieldHarness } from './FormFieldHarness';

const groups = [
  {
    id: 'eu',
    label: 'Europe',
    option_type: 'group' as const,
    options: [{ label: 'Amsterdam', value: 'ams' }],
  },
  {
    id: 'us',
    label: 'United States',
    option_type: 'group' as const,
    options: [{ label: 'Boston', value: 'bos' }],
  },
];

/** One field per kind, in the order of FORM_FIELD_KINDS. */
const fieldOfKind: Record<FormFieldKind, ApiFormField> = {
  text: { id: 'account_name', type: 'text', label: 'Account name', required: true },
  password: { id: 'api_key', type: 'password', label: 'API key' },
  textarea: { id: 'notes', type: 'textarea', label: 'Notes' },
  checkbox: { id: 'sync_archived', type: 'boolean', label: 'Sync archived records' },
  number: { id: 'page_size', type: 'number', label: 'Page size', suffix: 'rows' },
  email: { id: 'owner', type: 'email', label: 'Owner email' },
  url: {
    id: 'store',
    type: 'url',
    label: 'Store address',
    prefix: 'https://',
    suffix: '.shop.example',
  },
  tel: { id: 'support_phone', type: 'phone', label: 'Support phone' },
  date: { id: 'start_date', type: 'date', label: 'Start date' },
  datetime: { id: 'go_live_at', type: 'datetime', label: 'Go live at' },
  time: { id: 'opening_time', type: 'time', label: 'Opening time' },
  select: {
    id: 'region',
    type: 'select',
    label: 'Region',
    options: [
      { label: 'Europe', value: 'eu' },
      { label: 'United States', value: 'us' },
    ],
  },
  'multi-select': {
    id: 'teams',
    type: 'multi-select',
    label: 'Teams',
    required: true,
    options: [
      { label: 'Sales', value: 'sales' },
      { label: 'Support', value: 'support' },
    ],
  },
  'filtered-select': {
    id: 'office',
    type: 'filtered-select',
    label: 'Office',
    filter: { value: 'region' },
    options: groups,
  },
  copy: { id: 'webhook_url', type: 'copy', label: 'Webhook URL', value: 'https://hooks.example/1' },
  info: {
    id: 'about_sync',
    type: 'info',
    label: 'About syncing',
    description: 'Changes sync hourly.',
  },
  hidden: { id: 'tenant', type: 'hidden', label: 'Tenant', value: 'tenant-1' },
  location: { id: 'warehouse', type: 'location', label: 'Warehouse location' },
};

/** How each kind's control is found, by role where it has one and by label where it has none. */
const findControl: Record<Exclude<FormFieldKind, 'hidden'>, () => HTMLElement> = {
  text: () => screen.getByRole('textbox', { name: 'Account name' }),
  password: () => {
    const input = screen.getByLabelText('API key');
    expect(input).toHaveAttribute('type', 'password');
    expect(screen.getByRole('button', { name: 'Show API key' })).toBeInTheDocument();
    return input;
  },
  textarea: () => screen.getByRole('textbox', { name: 'Notes' }),
  checkbox: () => screen.getByRole('checkbox', { name: 'Sync archived records' }),
  number: () => screen.getByRole('spinbutton', { name: 'Page size' }),
  email: () => screen.getByRole('textbox', { name: 'Owner email' }),
  url: () => screen.getByRole('textbox', { name: 'Store address' }),
  tel: () => screen.getByRole('textbox', { name: 'Support phone' }),
  date: () => screen.getByLabelText('Start date'),
  datetime: () => screen.getByLabelText('Go live at'),
  time: () => screen.getByLabelText('Opening time'),
  select: () => screen.getByRole('combobox', { name: 'Region' }),
  'multi-select': () => {
    const group = screen.getByRole('group', { name: 'Teams' });
    expect(
      within(group)
        .getAllByRole('checkbox')
        .map((box) => box.getAttribute('value')),
    ).toEqual(['sales', 'support']);
    return group;
  },
  'filtered-select': () => screen.getByRole('combobox', { name: 'Office' }),
  copy: () => {
    expect(screen.getByRole('button', { name: 'Copy Webhook URL' })).toBeInTheDocument();
    return screen.getByRole('textbox', { name: 'Webhook URL' });
  },
  info: () => screen.getByRole('note', { name: 'About syncing' }),
  location: () => screen.getByRole('textbox', { name: 'Warehouse location' }),
};

describe('FormField', () => {
  it('renders an accessible control for every field kind, and nothing for a hidden one', async () => {
    const { container } = await renderUi(
      <FormFieldHarness formFields={FORM_FIELD_KINDS.map((kind) => fieldOfKind[kind])} />,
    );
    await expectNoAxeViolations(container);

    for (const kind of FORM_FIELD_KINDS) {
      if (kind === 'hidden') continue;
      const control = findControl[kind]();
      expect(control.closest('[data-slot="form-field"]')).toHaveAttribute('data-kind', kind);
    }
    expect(screen.getByLabelText('Start date')).toHaveAttribute('type', 'date');
    expect(screen.getByLabelText('Go live at')).toHaveAttribute('type', 'datetime-local');
    expect(screen.getByLabelText('Opening time')).toHaveAttribute('type', 'time');

    expect(container.querySelector('[data-kind="hidden"]')).toBeNull();
    expect(screen.queryByText('Tenant')).toBeNull();
    expect(screen.getByTestId('form-values').textContent).toContain('"tenant":"tenant-1"');
  });

  it('announces "required" through aria-required, not through the asterisk', async () => {
    const { container } = await renderUi(
      <FormFieldHarness formFields={[fieldOfKind.text, fieldOfKind['multi-select']]} />,
    );
    await expectNoAxeViolations(container);

    const input = screen.getByRole('textbox', { name: 'Account name' });
    expect(input).toHaveAttribute('aria-required', 'true');
    const asterisk = screen.getAllByText('*')[0];
    expect(asterisk).toHaveAttribute('aria-hidden', 'true');
    // A group cannot carry aria-required: its description says it instead.
    expect(screen.getByRole('group', { name: 'Teams' })).toHaveAccessibleDescription('Required');
  });

  it('ties prefix, suffix, description and hint to the input', async () => {
    const { container } = await renderUi(
      <FormFieldHarness
        formFields={[
          { ...fieldOfKind.url, description: 'Your shop’s address.' },
          fieldOfKind.location,
          fieldOfKind.number,
        ]}
      />,
    );
    await expectNoAxeViolations(container);

    expect(screen.getByRole('textbox', { name: 'Store address' })).toHaveAccessibleDescription(
      'https:// .shop.example Your shop’s address.',
    );
    expect(screen.getByRole('textbox', { name: 'Warehouse location' })).toHaveAccessibleDescription(
      'Enter an address or a place name.',
    );
    expect(screen.getByRole('spinbutton', { name: 'Page size' })).toHaveAccessibleDescription(
      'rows',
    );
  });

  it('renders neither deprecated nor hidden fields, and keeps their values', async () => {
    const { container } = await renderUi(
      <FormFieldHarness
        formFields={[
          {
            id: 'legacy_api_version',
            type: 'text',
            label: 'API version',
            deprecated: true,
            value: 'v1',
          },
          { id: 'legacy_token', type: 'text', label: 'Legacy token', hidden: true, value: 'tl-0' },
          fieldOfKind.email,
        ]}
      />,
    );
    await expectNoAxeViolations(container);

    expect(screen.queryByText('API version')).toBeNull();
    expect(screen.queryByText('Legacy token')).toBeNull();
    expect(container.querySelectorAll('[data-slot="form-field"]')).toHaveLength(1);
    expect(screen.getByTestId('form-values').textContent).toContain('"legacy_api_version":"v1"');
  });

  it('renders an unknown type as a text input and masks a sensitive text field', async () => {
    const { container } = await renderUi(
      <FormFieldHarness
        formFields={[
          { id: 'colour', type: 'colour-picker', label: 'Brand colour' },
          { id: 'token', type: 'email', label: 'Token', sensitive: true },
        ]}
      />,
    );
    await expectNoAxeViolations(container);

    expect(screen.getByRole('textbox', { name: 'Brand colour' })).toBeInTheDocument();
    expect(screen.getByLabelText('Token')).toHaveAttribute('type', 'password');
  });
});
