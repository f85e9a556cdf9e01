import { FORM_FIELD_KINDS } from '@plugboard/core';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, renderUi } from '../../test/renderUi';
import { FormFieldHarness } from '../FormField/FormFieldHarness';
import { defaultWidgets, type WidgetProps, WidgetsProvider } from './widgetRegistry';

/** A widget an app could write: a plain input that upper-cases what is typed. */
function ShoutingWidget({
  id,
  name,
  ref,
  value,
  onChange,
  onBlur,
  describedBy,
  invalid,
}: WidgetProps) {
  return (
    <input
      id={id}
      name={name}
      ref={ref}
      data-testid="shouting"
      value={String(value ?? '')}
      onChange={(event) => onChange(event.target.value.toUpperCase())}
      onBlur={onBlur}
      aria-describedby={describedBy}
      aria-invalid={invalid}
    />
  );
}

function BadgeWidget({ field, id }: WidgetProps) {
  return (
    <output id={id} data-testid="badge">
      {field.label}
    </output>
  );
}

describe('widget registry', () => {
  it('has a widget for every field kind', () => {
    expect(Object.keys(defaultWidgets).sort()).toEqual([...FORM_FIELD_KINDS].sort());
  });

  it('lets a provider replace widgets for a whole page, and a prop replace them again', async () => {
    const { container } = await renderUi(
      <WidgetsProvider widgets={{ text: ShoutingWidget, email: ShoutingWidget }}>
        <FormFieldHarness
          formFields={[
            { id: 'account', type: 'text', label: 'Account' },
            { id: 'owner', type: 'email', label: 'Owner' },
            { id: 'phone', type: 'tel', label: 'Phone' },
          ]}
          widgets={{ email: BadgeWidget }}
        />
      </WidgetsProvider>,
    );
    await expectNoAxeViolations(container);

    const account = screen.getByRole('textbox', { name: 'Account' });
    expect(account).toHaveAttribute('data-testid', 'shouting');
    await userEvent.setup().type(account, 'acme');
    expect(account).toHaveValue('ACME');
    expect(screen.getByTestId('form-values').textContent).toContain('"account":"ACME"');
    expect(screen.getByTestId('badge')).toHaveTextContent('Owner');
    expect(screen.getByRole('textbox', { name: 'Phone' })).toHaveAttribute('type', 'tel');
  });
});
