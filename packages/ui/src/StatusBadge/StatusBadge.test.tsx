import { CONNECTION_STATUS_RULES, type ConnectionStatus } from '@plugboard/react';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { allTranslations } from '../../test/allTranslations';
import { expectNoAxeViolations } from '../../test/renderUi';
import { MessagesProvider } from '../messages/PlugboardMessages';
import { StatusBadge } from './StatusBadge';

const STATUSES: ConnectionStatus[] = [
  ...CONNECTION_STATUS_RULES.map((rule) => rule.status),
  'unknown',
];

describe('StatusBadge', () => {
  it('has no axe violations for any status', async () => {
    const { container } = render(
      <div>
        {STATUSES.map((status) => (
          <StatusBadge key={status} status={status} />
        ))}
      </div>,
    );
    await expectNoAxeViolations(container);
  });

  it.each(CONNECTION_STATUS_RULES.map((rule) => [rule.status, rule.tone, rule.label] as const))(
    '%s shows its label in the %s tone',
    (status, tone, label) => {
      render(<StatusBadge status={status} />);
      const badge = screen.getByText(label);
      expect(badge).toHaveAttribute('data-slot', 'status-badge');
      expect(badge).toHaveAttribute('data-state', status);
      expect(badge).toHaveAttribute('data-tone', tone);
    },
  );

  it('translates every status id', async () => {
    const { rerender } = render(
      <MessagesProvider locale="de">
        <StatusBadge status="connected" />
      </MessagesProvider>,
    );
    expect(await screen.findByText('Verbunden')).toHaveAttribute('data-tone', 'success');
    for (const locale of ['de', 'fr', 'es', 'nl'] as const) {
      for (const status of STATUSES) {
        rerender(
          <MessagesProvider locale={locale}>
            <StatusBadge status={status} />
          </MessagesProvider>,
        );
        const label = allTranslations[locale].page.statusLabels[status];
        expect(await screen.findByText(label)).toHaveAttribute('data-state', status);
      }
    }
  });

  it('uses the same English labels as core', () => {
    for (const rule of CONNECTION_STATUS_RULES) {
      expect(allTranslations.en.page.statusLabels[rule.status]).toBe(rule.label);
      expect(allTranslations.en.page.statusDescriptions[rule.status]).toBe(rule.description);
    }
  });

  it('shows an unknown status as neutral "Unknown status"', () => {
    render(<StatusBadge status="migrating" />);
    const badge = screen.getByText('Unknown status');
    expect(badge).toHaveAttribute('data-tone', 'neutral');
    expect(badge).toHaveAttribute('data-state', 'unknown');
  });

  it('takes a label override and a class name', () => {
    render(<StatusBadge status="invalid" label="Broken" className="mine" />);
    const badge = screen.getByText('Broken');
    expect(badge).toHaveAttribute('data-tone', 'danger');
    expect(badge).toHaveClass('mine');
  });
});
