import { type Connection, FORM_FIELD_KINDS, normalizeFormFieldType } from '@plugboard/core';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useConnections } from '../src/hooks/useConnections';
import { renderHookWithPlugboard, renderWithPlugboard } from './renderWithPlugboard';
import { SettingsFormUnderTest } from './SettingsFormUnderTest';
import { server } from './sandbox';

async function loadConnections(): Promise<Connection[]> {
  const { result } = await renderHookWithPlugboard(() => useConnections());
  await waitFor(() => expect(result.current.isSuccess).toBe(true));
  return result.current.data ?? [];
}

function recordPatchBodies() {
  const bodies: Array<Record<string, unknown>> = [];
  server.events.on('request:start', async ({ request }) => {
    if (request.method === 'PATCH')
      bodies.push((await request.clone().json()) as Record<string, unknown>);
  });
  return bodies;
}

describe('generated settings forms', () => {
  it('renders an accessible control for every field type in the catalogue', async () => {
    const connections = (await loadConnections()).filter((c) => (c.form_fields ?? []).length > 0);
    const kindsSeen = new Set<string>();
    for (const connection of connections) {
      const { unmount } = await renderWithPlugboard(
        <SettingsFormUnderTest connection={connection} />,
      );
      const form = screen.getByRole('form', { name: 'Settings' });
      for (const field of connection.form_fields ?? []) {
        const kind = normalizeFormFieldType(field);
        const label = field.label || undefined;
        if (field.hidden || field.deprecated || kind === 'hidden') {
          if (label) expect(within(form).queryByLabelText(label, { exact: true })).toBeNull();
          continue;
        }
        kindsSeen.add(kind);
        if (label)
          expect(within(form).getAllByLabelText(label, { exact: true }).length).toBeGreaterThan(0);
      }
      unmount();
    }
    const expected = FORM_FIELD_KINDS.filter((kind) => kind !== 'hidden');
    expect([...kindsSeen].sort()).toEqual([...expected].sort());
  });

  it('saves settings and the connection becomes callable', async () => {
    const connection = (await loadConnections()).find(
      (c) =>
        c.auth_type === 'apiKey' &&
        c.state === 'added' &&
        (c.form_fields ?? []).every(
          (f) => !f.required || f.type === 'text' || f.type === 'password' || f.sensitive,
        ),
    ) as Connection;
    expect(connection).toBeDefined();
    const user = userEvent.setup();
    await renderWithPlugboard(<SettingsFormUnderTest connection={connection} />);
    for (const field of (connection.form_fields ?? []).filter(
      (f) => f.required && !connection.settings?.[f.id],
    )) {
      await user.type(
        screen.getByLabelText(field.label ?? field.id, { exact: true }),
        'sandbox-value-123',
      );
    }
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Saved');
  });

  it('shows a 422 on the field it names and keeps what the user typed', async () => {
    const connection = (await loadConnections()).find((c) =>
      (c.form_fields ?? []).some(
        (f) => (f.type === 'tel' || f.type === 'phone') && !f.disabled && !f.hidden,
      ),
    ) as Connection;
    const phone = (connection.form_fields ?? []).find(
      (f) => f.type === 'tel' || f.type === 'phone',
    );
    const user = userEvent.setup();
    await renderWithPlugboard(<SettingsFormUnderTest connection={connection} />);
    const input = screen.getByLabelText(phone?.label ?? '', { exact: true }) as HTMLInputElement;
    await user.clear(input);
    await user.type(input, 'call me maybe');
    // Required fields the sandbox leaves empty are filled so only the phone number is wrong.
    for (const field of (connection.form_fields ?? []).filter(
      (f) =>
        f.required &&
        f.id !== phone?.id &&
        !connection.settings?.[f.id] &&
        !f.hidden &&
        !f.disabled,
    )) {
      const control = screen.getByLabelText(field.label ?? field.id, { exact: true });
      if (control.tagName === 'SELECT') {
        const option = within(control)
          .getAllByRole('option')
          .find((o) => (o as HTMLOptionElement).value !== '');
        if (option) await user.selectOptions(control, option);
      } else if ((control as HTMLInputElement).type !== 'checkbox') {
        await user.type(control, field.type === 'email' ? 'a@b.co' : 'value');
      }
    }
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(input).toHaveAttribute('aria-invalid', 'true'));
    expect(document.getElementById(`${phone?.id}-error`)?.textContent).toMatch(/phone/i);
    expect(input.value).toBe('call me maybe');
    expect(screen.getByRole('status')).toHaveTextContent(/Save failed/);
  });

  it('never overwrites a stored secret with a blank or a mask', async () => {
    const connection = (await loadConnections()).find((c) =>
      (c.form_fields ?? []).some(
        (f) => f.sensitive && c.settings?.[f.id] !== undefined && !f.hidden,
      ),
    );
    expect(connection).toBeDefined();
    const secret = (connection?.form_fields ?? []).find(
      (f) => f.sensitive && connection?.settings?.[f.id] !== undefined,
    );
    const bodies = recordPatchBodies();
    const user = userEvent.setup();
    await renderWithPlugboard(<SettingsFormUnderTest connection={connection as Connection} />);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(bodies.length).toBe(1));
    const settings = (bodies[0]?.settings ?? {}) as Record<string, unknown>;
    expect(settings).not.toHaveProperty(secret?.id as string);
  });

  it('clears a filtered-select choice when the field it depends on changes', async () => {
    const connection = (await loadConnections()).find((c) =>
      (c.form_fields ?? []).some((f) => f.type === 'filtered-select' && f.filter?.value),
    ) as Connection;
    const dependent = (connection.form_fields ?? []).find((f) => f.type === 'filtered-select');
    const parent = (connection.form_fields ?? []).find((f) => f.id === dependent?.filter?.value);
    const user = userEvent.setup();
    await renderWithPlugboard(<SettingsFormUnderTest connection={connection} />);
    const parentSelect = screen.getByLabelText(parent?.label ?? '', { exact: true });
    const dependentSelect = screen.getByLabelText(dependent?.label ?? '', {
      exact: true,
    }) as HTMLSelectElement;
    const parentOptions = within(parentSelect)
      .getAllByRole('option')
      .filter((o) => (o as HTMLOptionElement).value);
    expect(parentOptions.length).toBeGreaterThan(1);

    await user.selectOptions(parentSelect, parentOptions[0] as HTMLOptionElement);
    const firstChoices = within(dependentSelect)
      .getAllByRole('option')
      .filter((o) => (o as HTMLOptionElement).value);
    expect(firstChoices.length).toBeGreaterThan(0);
    await user.selectOptions(dependentSelect, firstChoices[0] as HTMLOptionElement);
    expect(dependentSelect.value).toBe((firstChoices[0] as HTMLOptionElement).value);

    await user.selectOptions(parentSelect, parentOptions[1] as HTMLOptionElement);
    await waitFor(() => expect(dependentSelect.value).toBe(''));
    const secondChoices = within(dependentSelect)
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(secondChoices).not.toContain(firstChoices[0]?.textContent);
  });
});
