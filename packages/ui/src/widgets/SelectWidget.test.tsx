import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, renderUi } from '../../test/renderUi';
import { FormFieldHarness } from '../FormField/FormFieldHarness';

const workspaces = [
  { label: 'Finance', value: 'finance' },
  { label: 'Legal', value: 'legal' },
];

function formValues(): Record<string, unknown> {
  return JSON.parse(screen.getByTestId('form-values').textContent ?? '{}');
}

describe('select widgets', () => {
  it('accept a typed value only when the field allows custom values (single)', async () => {
    const { container } = await renderUi(
      <FormFieldHarness
        formFields={[
          {
            id: 'workspace',
            type: 'select',
            label: 'Workspace',
            allow_custom_values: true,
            options: workspaces,
          },
          { id: 'region', type: 'select', label: 'Region', options: workspaces },
        ]}
      />,
    );
    await expectNoAxeViolations(container);
    const user = userEvent.setup();

    const creatable = screen.getByRole('combobox', { name: 'Workspace' });
    expect(creatable.tagName).toBe('INPUT');
    await user.type(creatable, 'Research');
    expect(formValues().workspace).toBe('Research');
    await user.clear(creatable);
    await user.type(creatable, 'legal');
    expect(formValues().workspace).toBe('legal');
    await user.tab();
    expect(creatable).toHaveValue('Legal');

    const closed = screen.getByRole('combobox', { name: 'Region' });
    expect(closed.tagName).toBe('SELECT');
    expect(
      within(closed)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Choose…', 'Finance', 'Legal']);
    await expect(user.selectOptions(closed, 'Research')).rejects.toThrow();
    await user.selectOptions(closed, 'Finance');
    expect(formValues().region).toBe('finance');
  });

  it('accept typed values only when the field allows custom values (multiple)', async () => {
    const { container } = await renderUi(
      <FormFieldHarness
        formFields={[
          {
            id: 'default_labels',
            type: 'multi-select',
            label: 'Default labels',
            allow_custom_values: true,
            options: [
              { label: 'customer', value: 'customer' },
              { label: 'triage', value: 'triage' },
            ],
          },
          { id: 'teams', type: 'multi-select', label: 'Teams', options: workspaces },
        ]}
        settings={{ default_labels: ['customer'] }}
      />,
    );
    await expectNoAxeViolations(container);
    const user = userEvent.setup();

    const chips = screen.getByRole('group', { name: 'Default labels' });
    const entry = within(chips).getByRole('combobox', { name: 'Add to Default labels' });
    await user.type(entry, 'urgent{Enter}');
    expect(formValues().default_labels).toEqual(['customer', 'urgent']);
    expect(entry).toHaveValue('');
    expect(within(chips).getByText('urgent')).toBeInTheDocument();

    await user.type(entry, 'Triage');
    await user.click(within(chips).getByRole('button', { name: 'Add' }));
    expect(formValues().default_labels).toEqual(['customer', 'urgent', 'triage']);
    expect(entry).toHaveFocus();

    await user.click(within(chips).getByRole('button', { name: 'Remove urgent' }));
    expect(formValues().default_labels).toEqual(['customer', 'triage']);
    expect(entry).toHaveFocus();
    await user.keyboard('{Backspace}');
    expect(formValues().default_labels).toEqual(['customer']);

    const closed = screen.getByRole('group', { name: 'Teams' });
    expect(within(closed).queryByRole('combobox')).toBeNull();
    expect(within(closed).queryByRole('textbox')).toBeNull();
    await user.click(within(closed).getByRole('checkbox', { name: 'Legal' }));
    expect(formValues().teams).toEqual(['legal']);
    await user.tab({ shift: true });
    expect(within(closed).getByRole('checkbox', { name: 'Finance' })).toHaveFocus();
    await user.keyboard(' ');
    expect(formValues().teams).toEqual(['legal', 'finance']);
    await user.click(within(closed).getByRole('checkbox', { name: 'Legal' }));
    expect(formValues().teams).toEqual(['finance']);
  });
});
