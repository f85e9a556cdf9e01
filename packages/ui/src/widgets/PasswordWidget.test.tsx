import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, renderUi } from '../../test/renderUi';
import { FormFieldHarness } from '../FormField/FormFieldHarness';

describe('PasswordWidget', () => {
  it('is masked until its toggle is pressed, and never offers saved logins', async () => {
    const { container } = await renderUi(
      <FormFieldHarness
        formFields={[{ id: 'api_key', type: 'password', label: 'API key', sensitive: true }]}
        settings={{ api_key: 'pp_live_8f3a2c91d0' }}
      />,
    );
    await expectNoAxeViolations(container);
    const user = userEvent.setup();
    const input = screen.getByLabelText('API key');
    const toggle = screen.getByRole('button', { name: 'Show API key' });

    expect(input).toHaveAttribute('type', 'password');
    expect(input).toHaveAttribute('autocomplete', 'new-password');
    expect(input).toHaveAttribute('spellcheck', 'false');
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(toggle).toHaveAttribute('aria-controls', input.id);

    await user.click(toggle);
    expect(input).toHaveAttribute('type', 'text');
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(toggle.closest('[data-slot="widget-password"]')).toHaveAttribute(
      'data-state',
      'revealed',
    );
    expect(input).toHaveValue('pp_live_8f3a2c91d0');

    await user.keyboard(' ');
    expect(input).toHaveAttribute('type', 'password');
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
  });

  it('masks a sensitive text area with its own toggle', async () => {
    const { container } = await renderUi(
      <FormFieldHarness
        formFields={[
          { id: 'private_key', type: 'textarea', label: 'Private key', sensitive: true },
        ]}
      />,
    );
    await expectNoAxeViolations(container);
    const textarea = screen.getByRole('textbox', { name: 'Private key' });
    expect(textarea).toHaveAttribute('data-masked');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Show Private key' }));
    expect(textarea).not.toHaveAttribute('data-masked');
  });
});
