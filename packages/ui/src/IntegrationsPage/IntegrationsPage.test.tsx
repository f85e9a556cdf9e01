import { buildAuthorizeUrl, getConnection } from '@plugboard/react';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTestClient, expectNoAxeViolations, renderUi } from '../../test/renderUi';
import { sandbox } from '../../test/sandbox';
import type { IntegrationCardProps } from '../IntegrationCard/IntegrationCard';
import { IntegrationsPage } from './IntegrationsPage';

function PlainCard({ connection, onOpen, tabIndex }: IntegrationCardProps) {
  return (
    <button type="button" tabIndex={tabIndex} onClick={() => onOpen?.(connection)}>
      Custom {connection.name}
    </button>
  );
}

afterEach(() => {
  vi.restoreAllMocks();
  window.history.replaceState(null, '', '/');
});

async function cards() {
  const list = await screen.findByRole('list', { name: 'Integrations' }, { timeout: 3000 });
  return within(list).getAllByRole('button', { name: /^Open / });
}

function cardNames(buttons: HTMLElement[]): string[] {
  return buttons.map((button) => button.textContent?.replace(/^Open /, '') ?? '');
}

describe('IntegrationsPage', () => {
  it('has no axe violations once loaded', async () => {
    const { container } = await renderUi(<IntegrationsPage />);
    await cards();
    await expectNoAxeViolations(container);
  });

  it('loads the catalogue with connected first, then those that need attention', async () => {
    await renderUi(<IntegrationsPage />);
    const buttons = await cards();
    expect(buttons).toHaveLength(48);
    const states = buttons.map((button) => button.getAttribute('data-state'));
    const firstNotConnected = states.indexOf('not_connected');
    expect(states[0]).toBe('connected');
    expect(states.lastIndexOf('connected')).toBeLessThan(states.indexOf('pending_confirmation'));
    expect(states.lastIndexOf('unauthorized')).toBeLessThan(firstNotConnected);
    expect(states.slice(firstNotConnected).every((state) => state === 'not_connected')).toBe(true);
    expect(screen.getByRole('status')).toHaveTextContent('48 integrations');
    expect(screen.getByRole('heading', { level: 2, name: 'Integrations' })).toBeInTheDocument();
  });

  it('searches name, tag line and category, ignoring case and accents', async () => {
    const user = userEvent.setup();
    await renderUi(<IntegrationsPage />);
    await cards();
    const search = screen.getByRole('searchbox', { name: 'Search integrations' });

    await user.type(search, 'LÉDGERLY');
    await waitFor(() =>
      expect(cardNames(screen.getAllByRole('button', { name: /^Open / }))).toEqual(['Ledgerly']),
    );
    expect(screen.getByRole('status')).toHaveTextContent('1 of 48 integrations');

    // Words of Auditry's tag line ("Continuous close and audit trails."), in any order.
    await user.clear(search);
    await user.type(search, 'TRAILS continuous');
    await waitFor(() =>
      expect(cardNames(screen.getAllByRole('button', { name: /^Open / }))).toEqual(['Auditry']),
    );

    await user.clear(search);
    await user.type(search, 'hris');
    await waitFor(() => {
      const names = cardNames(screen.getAllByRole('button', { name: /^Open / }));
      expect(names).toContain('Peoplebase');
      expect(names).toContain('Staffwise');
      expect(names).not.toContain('Ledgerly');
    });
  });

  it('filters by category and by status', async () => {
    const user = userEvent.setup();
    await renderUi(<IntegrationsPage />);
    await cards();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Category' }), 'CRM');
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('9 of 48 integrations'),
    );
    for (const card of screen.getAllByRole('button', { name: /^Open / })) {
      expect(card).toHaveAccessibleDescription(/CRM/);
    }

    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Connected');
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('2 of 48 integrations'),
    );
    expect(cardNames(screen.getAllByRole('button', { name: /^Open / }))).toEqual([
      'Nimbus CRM',
      'PipelinePro',
    ]);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Needs attention');
    await waitFor(() =>
      expect(
        screen.getAllByRole('button', { name: /^Open / }).map((card) => card.dataset.state),
      ).toEqual([
        'pending_confirmation',
        'invalid',
        'unauthorized',
        'unauthorized',
        'needs_configuration',
      ]),
    );
  });

  it('shows no results with a Clear filters button that brings every card back', async () => {
    const user = userEvent.setup();
    await renderUi(<IntegrationsPage />);
    await cards();
    await user.type(screen.getByRole('searchbox'), 'zzz-nothing');
    expect(await screen.findByText('No integrations match your search')).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Integrations' })).not.toBeInTheDocument();
    await expectNoAxeViolations();

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(await cards()).toHaveLength(48);
    expect(screen.getByRole('searchbox')).toHaveValue('');
    expect(screen.getByRole('searchbox')).toHaveFocus();
  });

  it('shows a clear error with Retry on a 500, and recovers', async () => {
    const user = userEvent.setup();
    const removeFault = sandbox.faults.add({ operationId: 'connectionsAll', status: 500 });
    const { container } = await renderUi(<IntegrationsPage />);
    const alert = await screen.findByRole('alert', {}, { timeout: 3000 });
    expect(alert).toHaveTextContent('Integrations could not be loaded');
    expect(alert).toHaveTextContent(/The service ran into a problem/);
    expect(container.querySelector('[data-slot="integrations-page"]')).toHaveAttribute(
      'data-state',
      'error',
    );
    await expectNoAxeViolations(container);

    removeFault();
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await cards()).toHaveLength(48);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says "could not reach the service" when the network fails', async () => {
    sandbox.faults.add({ operationId: 'connectionsAll', drop: true });
    await renderUi(<IntegrationsPage />);
    expect(await screen.findByRole('alert', {}, { timeout: 3000 })).toHaveTextContent(
      'Could not reach the service',
    );
  });

  it('announces loading while the catalogue is on its way', async () => {
    sandbox.faults.add({ operationId: 'connectionsAll', latencyMs: 300 });
    const { container } = await renderUi(<IntegrationsPage />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading integrations…');
    expect(container.querySelector('[data-slot="integrations-page"]')).toHaveAttribute(
      'data-state',
      'loading',
    );
    await expectNoAxeViolations(container);
    expect(await cards()).toHaveLength(48);
  });

  it('shows the empty state when there is no integration at all', async () => {
    // A unified API the Vault knows but no connector of the catalogue implements.
    await renderUi(<IntegrationsPage api="pos" />);
    expect(
      await screen.findByText('No integrations yet', {}, { timeout: 3000 }),
    ).toBeInTheDocument();
    await expectNoAxeViolations();
  });

  it('moves through the cards with arrows, Home and End, with one tab stop', async () => {
    const user = userEvent.setup();
    await renderUi(<IntegrationsPage api="crm" />);
    const buttons = await cards();
    expect(buttons.filter((button) => button.tabIndex === 0)).toHaveLength(1);
    // Three columns of 100px cards.
    for (const [index, button] of buttons.entries()) {
      const item = button.closest('li') as HTMLElement;
      vi.spyOn(item, 'getBoundingClientRect').mockReturnValue(
        DOMRect.fromRect({
          x: (index % 3) * 100,
          y: Math.floor(index / 3) * 100,
          width: 90,
          height: 90,
        }),
      );
    }

    // Search, status filter, then the grid.
    await user.tab();
    await user.tab();
    await user.tab();
    expect(buttons[0]).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(buttons[1]).toHaveFocus();
    expect(buttons[1]).toHaveAttribute('tabindex', '0');
    expect(buttons[0]).toHaveAttribute('tabindex', '-1');
    await user.keyboard('{ArrowDown}');
    expect(buttons[4]).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(buttons[3]).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(buttons[0]).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(buttons[0]).toHaveFocus();
    await user.keyboard('{End}');
    expect(buttons.at(-1)).toHaveFocus();
    await user.keyboard('{Home}');
    expect(buttons[0]).toHaveFocus();
    // Tab leaves the grid: one tab stop for all the cards.
    await user.tab();
    expect(buttons.some((button) => button === document.activeElement)).toBe(false);
  });

  it('flips left and right in a right-to-left locale', async () => {
    const user = userEvent.setup();
    const { container } = await renderUi(<IntegrationsPage api="crm" locale="ar" />);
    const list = await screen.findByRole('list', { name: 'Integrations' }, { timeout: 3000 });
    const buttons = within(list).getAllByRole('button');
    expect(container.querySelector('[data-plugboard]')).toHaveAttribute('dir', 'rtl');
    buttons[0]?.focus();
    await user.keyboard('{ArrowLeft}');
    expect(buttons[1]).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(buttons[0]).toHaveFocus();
    await expectNoAxeViolations(container);
  });

  it('opens the details of initialServiceId on load', async () => {
    const user = userEvent.setup();
    await renderUi(<IntegrationsPage initialServiceId="ledgerly" />);
    const dialog = await screen.findByRole('dialog', { name: 'Ledgerly' }, { timeout: 3000 });
    expect(dialog).toHaveAccessibleDescription(/set up and ready to use/);
    // Nothing opened it, so focus lands on its card when it closes.
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog', { name: 'Ledgerly' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Open Ledgerly' })).toHaveFocus();
  });

  it('renders in German', async () => {
    const { container } = await renderUi(<IntegrationsPage locale="de" />);
    expect(await screen.findByRole('heading', { name: 'Integrationen' })).toBeInTheDocument();
    await screen.findByRole('list', { name: 'Integrationen' }, { timeout: 3000 });
    expect(screen.getByRole('searchbox', { name: 'Integrationen durchsuchen' })).toBeEnabled();
    expect(screen.getByRole('status')).toHaveTextContent('48 Integrationen');
    expect(screen.getAllByText('Verbunden').length).toBeGreaterThan(0);
    expect(screen.getByRole('button', { name: 'Ledgerly öffnen' })).toBeInTheDocument();
    expect(container.querySelector('[data-plugboard]')).toHaveAttribute('lang', 'de');
  });

  it('renders Arabic right to left, in English text, and takes title, theme and class', async () => {
    const { container } = await renderUi(
      <IntegrationsPage locale="ar" title="Apps" theme="dark" className="mine" />,
    );
    await screen.findByRole('list', { name: 'Apps' }, { timeout: 3000 });
    const root = container.querySelector('[data-slot="integrations-page"]');
    expect(root).toHaveAttribute('dir', 'rtl');
    expect(root).toHaveAttribute('data-theme', 'dark');
    expect(root).toHaveAttribute('data-plugboard', '');
    expect(root).toHaveClass('mine');
    expect(screen.getByRole('heading', { name: 'Apps' })).toBeInTheDocument();
  });

  it('works standalone with its own client', async () => {
    const { render } = await import('@testing-library/react');
    const client = await createTestClient();
    render(<IntegrationsPage client={client} unifiedApis={['hris', 'ats']} />);
    const list = await screen.findByRole('list', { name: 'Integrations' }, { timeout: 3000 });
    // hris has 8 connectors in the sandbox and ats 6.
    expect(within(list).getAllByRole('button')).toHaveLength(14);
    expect(screen.getByRole('combobox', { name: 'Category' })).toHaveTextContent(/HR \(HRIS\)/);
  });

  it('takes a custom card', async () => {
    await renderUi(<IntegrationsPage api="crm" components={{ Card: PlainCard }} />);
    expect(
      await screen.findByRole('button', { name: 'Custom Nimbus CRM' }, { timeout: 3000 }),
    ).toBeInTheDocument();
  });

  it('resumes a full-page OAuth redirect: opens the connection and shows the outcome', async () => {
    const client = await createTestClient();
    const ref = { unifiedApi: 'hris', serviceId: 'orgchartly' };
    const connection = await getConnection(client, ref);
    const nonce = 'b7d1c0de-0000-4000-8000-000000000001';
    const redirectUri = `${window.location.origin}/integrations`;
    // What the page stored before the popup was blocked and the tab went to the provider.
    sessionStorage.setItem(
      `plugboard:oauth:${nonce}`,
      JSON.stringify({
        ...ref,
        kind: 'authorize',
        nonce,
        returnTo: redirectUri,
        startedAt: Date.now(),
      }),
    );
    const landing = new URL(
      await sandbox.completeOAuthFlow(
        buildAuthorizeUrl(connection, {
          redirectUri,
          nonce,
          allowedOrigins: [window.location.origin],
        }),
        'approve',
      ),
    );
    window.history.replaceState(null, '', `${landing.pathname}${landing.search}${landing.hash}`);

    const onConnectionChange = vi.fn();
    await renderUi(<IntegrationsPage onConnectionChange={onConnectionChange} />, { client });
    const dialog = await screen.findByRole('dialog', { name: 'OrgChartly' }, { timeout: 3000 });
    await waitFor(() =>
      expect(dialog.querySelector('[data-slot="details-announcer"]')).toHaveTextContent(
        'OrgChartly is authorized.',
      ),
    );
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Open OrgChartly' })).toHaveAttribute(
        'data-state',
        'connected',
      ),
    );
    expect(onConnectionChange).toHaveBeenCalledWith(
      expect.objectContaining({ service_id: 'orgchartly' }),
      'authorize',
    );
    expect(window.location.hash).toBe('');
  });
});
