import type { Connection } from '@plugboard/react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../test/renderUi';
import { MessagesProvider } from '../messages/PlugboardMessages';
import { IntegrationCard } from './IntegrationCard';

const connection: Connection = {
  id: 'crm+nimbus-crm',
  service_id: 'nimbus-crm',
  unified_api: 'crm',
  name: 'Nimbus CRM',
  tag_line: 'The cloud CRM for growing sales teams.',
  state: 'invalid',
  enabled: true,
  logo: 'https://unify.apideck.com/sandbox/logos/nimbus-crm.svg',
};

describe('IntegrationCard', () => {
  it('has no axe violations', async () => {
    const { container } = render(<IntegrationCard connection={connection} />);
    await expectNoAxeViolations(container);
  });

  it('is one button named "Open {name}", described by status, category and tag line', async () => {
    const onOpen = vi.fn();
    render(<IntegrationCard connection={connection} onOpen={onOpen} className="mine" />);
    const trigger = screen.getByRole('button', { name: 'Open Nimbus CRM' });
    expect(trigger).toHaveAccessibleDescription(
      'Invalid configuration CRM The cloud CRM for growing sales teams.',
    );
    const card = trigger.closest('[data-slot="integration-card"]') as HTMLElement;
    expect(card).not.toBeNull();
    expect(card).toHaveAttribute('data-state', 'invalid');
    expect(card).toHaveAttribute('data-tone', 'danger');
    expect(card).toHaveClass('mine');
    expect(card.querySelector('img')).toHaveAttribute('alt', '');
    await userEvent.click(trigger);
    expect(onOpen).toHaveBeenCalledWith(connection);
  });

  it('falls back to the service id and translates', async () => {
    render(
      <MessagesProvider locale="fr">
        <IntegrationCard
          connection={{ ...connection, name: null, tag_line: null, state: 'callable' }}
        />
      </MessagesProvider>,
    );
    const card = await screen.findByRole('button', { name: 'Ouvrir nimbus-crm' });
    expect(card).toHaveAccessibleDescription('Connectée CRM');
  });
});
