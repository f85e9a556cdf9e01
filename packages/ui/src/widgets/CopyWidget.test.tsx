import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations, renderUi } from '../../test/renderUi';
import { FormFieldHarness } from '../FormField/FormFieldHarness';

const webhook = {
  id: 'webhook_url',
  type: 'copy',
  label: 'Webhook URL',
  disabled: true,
  value: 'https://unify.apideck.com/webhook/nimbus-crm/sandbox-app',
};

describe('CopyWidget', () => {
  it('copies the value to the clipboard and says so politely', async () => {
    const { container } = await renderUi(<FormFieldHarness formFields={[webhook]} />);
    await expectNoAxeViolations(container);
    const user = userEvent.setup();

    const input = screen.getByRole('textbox', { name: 'Webhook URL' });
    expect(input).toHaveAttribute('readonly');
    expect(input).toHaveValue(webhook.value);
    await user.click(screen.getByRole('button', { name: 'Copy Webhook URL' }));

    await expect(navigator.clipboard.readText()).resolves.toBe(webhook.value);
    const status = await screen.findByText('Copied to the clipboard.');
    expect(status).toHaveAttribute('role', 'status');
  });

  it('says how to copy by hand when the clipboard refuses', async () => {
    const { container } = await renderUi(<FormFieldHarness formFields={[webhook]} />);
    await expectNoAxeViolations(container);
    const user = userEvent.setup();
    const refused = vi
      .spyOn(navigator.clipboard, 'writeText')
      .mockRejectedValue(new DOMException('Denied', 'NotAllowedError'));

    await user.click(screen.getByRole('button', { name: 'Copy Webhook URL' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Could not copy. Select the text and copy it yourself.',
    );
    expect(refused).toHaveBeenCalledWith(webhook.value);
  });
});
