import { type Connection, OAUTH_MESSAGE_TYPE, parseOAuthCallback } from '@plugboard/react';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTestClient, expectNoAxeViolations, renderUi } from '../../test/renderUi';
import { sandbox, server } from '../../test/sandbox';
import { IntegrationsPage, type IntegrationsPageProps } from '../IntegrationsPage/IntegrationsPage';

afterEach(() => {
  vi.restoreAllMocks();
});

async function openDetails(
  name: string,
  props: IntegrationsPageProps = {},
  options: Parameters<typeof renderUi>[1] = {},
) {
  const user = userEvent.setup();
  const rendered = await renderUi(<IntegrationsPage {...props} />, options);
  const card = await screen.findByRole('button', { name: `Open ${name}` }, { timeout: 3000 });
  await user.click(card);
  const dialog = await screen.findByRole('dialog', { name });
  return { user, card, dialog, ...rendered };
}

const card = (name: string) => screen.getByRole('button', { name: `Open ${name}` });
const announcer = (dialog: HTMLElement) =>
  dialog.querySelector('[data-slot="details-announcer"]') as HTMLElement;

interface FakePopup {
  closed: boolean;
  focus: () => void;
  close: () => void;
}

function stubPopup() {
  const popup: FakePopup = { closed: false, focus: vi.fn(), close: () => (popup.closed = true) };
  const open = vi.spyOn(window, 'open').mockImplementation(() => popup as unknown as Window);
  return { popup, open };
}

/** What the landing page inside the popup posts back to the page. */
function deliver(landingUrl: string, from: unknown) {
  const event = new MessageEvent('message', {
    data: { type: OAUTH_MESSAGE_TYPE, callback: parseOAuthCallback(landingUrl) },
    origin: window.location.origin,
  });
  Object.defineProperty(event, 'source', { value: from });
  window.dispatchEvent(event);
}

describe('ConnectionDetails', () => {
  it('has no axe violations, moves focus in, closes on Escape and returns focus to the card', async () => {
    const { user, card: opener, dialog } = await openDetails('Nimbus CRM');
    await expectNoAxeViolations();
    expect(dialog).toHaveAttribute('data-slot', 'connection-details');
    expect(dialog).toHaveAttribute('data-state', 'open');
    expect(dialog).toHaveAccessibleDescription('This connection is set up and ready to use.');
    expect(dialog).toContainElement(document.activeElement as HTMLElement);
    expect(screen.getByRole('button', { name: 'Close' })).toHaveFocus();
    expect(within(dialog).getByText('Connected')).toHaveAttribute('data-tone', 'success');

    // Focus stays inside: Shift+Tab from the first control wraps to the last one.
    await user.tab({ shift: true });
    expect(dialog).toContainElement(document.activeElement as HTMLElement);

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog', { name: 'Nimbus CRM' })).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
  });

  it('opens, traps and returns focus under StrictMode too', async () => {
    const { user, card: opener, dialog } = await openDetails('Ledgerly', {}, { strict: true });
    expect(screen.getByRole('button', { name: 'Close' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog', { name: 'Ledgerly' })).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
  });

  it('shows a safe website link and the guide link', async () => {
    const { dialog } = await openDetails('Nimbus CRM');
    const website = within(dialog).getByRole('link', { name: /nimbus-crm\.example/ });
    expect(website).toHaveAttribute('href', 'https://nimbus-crm.example/');
    expect(website).toHaveAttribute('rel', 'noopener noreferrer');
    expect(within(dialog).getByRole('link', { name: /Connection guide/ })).toHaveAttribute(
      'href',
      'https://developers.apideck.com/connectors/nimbus-crm/docs/consumer+connection',
    );
  });

  it('hides the guide when the session says hide_guides', async () => {
    const client = await createTestClient({ hide_guides: true });
    const { dialog } = await openDetails('Nimbus CRM', {}, { client });
    expect(
      within(dialog).queryByRole('link', { name: /Connection guide/ }),
    ).not.toBeInTheDocument();
  });

  it('adds an available API-key integration', async () => {
    const onConnectionChange = vi.fn();
    const { user, dialog } = await openDetails('Tallybook', { onConnectionChange });
    expect(
      within(dialog)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toContain('Add integration');
    await user.click(within(dialog).getByRole('button', { name: 'Add integration' }));
    await waitFor(() => expect(card('Tallybook')).toHaveAttribute('data-state', 'unauthorized'));
    await waitFor(() => expect(announcer(dialog)).toHaveTextContent('Tallybook was added.'));
    expect(within(dialog).getByText('Unauthorized')).toBeInTheDocument();
    expect(onConnectionChange).toHaveBeenCalledWith(
      expect.objectContaining({ service_id: 'tallybook', state: 'added' }),
      'add',
    );
    // The Add button is gone; focus stayed in the dialog.
    expect(
      within(dialog).queryByRole('button', { name: 'Add integration' }),
    ).not.toBeInTheDocument();
    expect(dialog).toContainElement(document.activeElement as HTMLElement);
  });

  it('disables and enables a connection', async () => {
    const onConnectionChange = vi.fn();
    const { user, dialog } = await openDetails('PipelinePro', { onConnectionChange });
    await user.click(within(dialog).getByRole('button', { name: 'Disable' }));
    await waitFor(() => expect(card('PipelinePro')).toHaveAttribute('data-state', 'disabled'));
    await waitFor(() => expect(announcer(dialog)).toHaveTextContent('PipelinePro is disabled.'));
    expect(onConnectionChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ enabled: false }),
      'disable',
    );

    await user.click(within(dialog).getByRole('button', { name: 'Enable' }));
    await waitFor(() => expect(card('PipelinePro')).toHaveAttribute('data-state', 'connected'));
    await waitFor(() =>
      expect(announcer(dialog)).toHaveTextContent('PipelinePro is enabled again.'),
    );
    expect(onConnectionChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ enabled: true }),
      'enable',
    );
  });

  it('deletes only after confirmation, with Cancel focused first', async () => {
    const onConnectionDelete = vi.fn();
    const { user, dialog } = await openDetails('PipelinePro', { onConnectionDelete });
    const deleteButton = within(dialog).getByRole('button', { name: 'Delete' });
    await user.click(deleteButton);
    const confirm = within(dialog).getByRole('group', { name: 'Delete PipelinePro?' });
    expect(confirm).toHaveAccessibleDescription('This removes its settings.');
    expect(within(confirm).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    expect(deleteButton).toHaveAttribute('aria-expanded', 'true');
    await expectNoAxeViolations();

    // Escape backs out of the confirmation only.
    await user.keyboard('{Escape}');
    expect(within(dialog).queryByRole('group', { name: 'Delete PipelinePro?' })).toBeNull();
    expect(screen.getByRole('dialog', { name: 'PipelinePro' })).toBeInTheDocument();
    expect(deleteButton).toHaveFocus();
    expect(onConnectionDelete).not.toHaveBeenCalled();

    await user.click(deleteButton);
    const again = within(dialog).getByRole('group', { name: 'Delete PipelinePro?' });
    await user.click(within(again).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(card('PipelinePro')).toHaveAttribute('data-state', 'not_connected'));
    await waitFor(() => expect(onConnectionDelete).toHaveBeenCalledTimes(1));
    expect(onConnectionDelete).toHaveBeenCalledWith(
      expect.objectContaining({ service_id: 'pipeline-pro', state: 'callable' }),
    );
    await waitFor(() => expect(announcer(dialog)).toHaveTextContent('PipelinePro was deleted.'));
    expect(within(dialog).getByText('Not connected')).toBeInTheDocument();
    expect(dialog).toContainElement(document.activeElement as HTMLElement);
  });

  it('authorizes a password-grant connection with a token', async () => {
    const onConnectionChange = vi.fn();
    const { user, dialog } = await openDetails('Countwise', { onConnectionChange });
    await user.click(within(dialog).getByRole('button', { name: 'Authorize' }));
    await waitFor(() => expect(announcer(dialog)).toHaveTextContent('Countwise is authorized.'));
    await waitFor(() => expect(card('Countwise')).toHaveAttribute('data-state', 'connected'));
    expect(onConnectionChange).toHaveBeenCalledWith(
      expect.objectContaining({ service_id: 'countwise', state: 'callable' }),
      'authorizeToken',
    );
  });

  it('names the missing setting when a token exchange is refused', async () => {
    const { user, dialog } = await openDetails('ContactSphere');
    await user.click(within(dialog).getByRole('button', { name: 'Authorize' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      /^Authorize failed: Missing settings for the token exchange.*client_secret/,
    );
    expect(card('ContactSphere')).toHaveAttribute('data-state', 'unauthorized');
  });

  it('validates a connection and reports the resulting state', async () => {
    const onConnectionChange = vi.fn();
    const { user, dialog } = await openDetails('Auditry', { onConnectionChange });
    const validate = within(dialog).getByRole('button', { name: 'Test connection' });
    await user.click(validate);
    await waitFor(() =>
      expect(announcer(dialog)).toHaveTextContent('Test finished: Auditry is now “Connected”.'),
    );
    expect(onConnectionChange).toHaveBeenCalledWith(
      expect.objectContaining({ service_id: 'auditry', state: 'callable' }),
      'validate',
    );
  });

  it('authorizes through the OAuth popup', async () => {
    const { popup, open } = stubPopup();
    const onConnectionChange = vi.fn();
    const { user, dialog } = await openDetails('OrgChartly', { onConnectionChange });
    await user.click(within(dialog).getByRole('button', { name: 'Authorize' }));
    expect(open).toHaveBeenCalledTimes(1);
    const running = within(dialog).getByRole('button', { name: 'Authorizing…' });
    expect(running).toHaveAttribute('aria-busy', 'true');
    expect(running).toHaveAttribute('aria-disabled', 'true');
    expect(announcer(dialog)).toHaveTextContent('Finish signing in in the window that opened.');

    const landing = await sandbox.completeOAuthFlow(open.mock.calls[0]?.[0] as string, 'approve');
    deliver(landing, popup);
    await waitFor(() => expect(announcer(dialog)).toHaveTextContent('OrgChartly is authorized.'));
    await waitFor(() => expect(card('OrgChartly')).toHaveAttribute('data-state', 'connected'));
    expect(onConnectionChange).toHaveBeenCalledWith(
      expect.objectContaining({ service_id: 'orgchartly' }),
      'authorize',
    );
  });

  it('shows a denied OAuth consent inline', async () => {
    const { popup, open } = stubPopup();
    const { user, dialog } = await openDetails('OrgChartly');
    await user.click(within(dialog).getByRole('button', { name: 'Authorize' }));
    const landing = await sandbox.completeOAuthFlow(open.mock.calls[0]?.[0] as string, 'deny');
    deliver(landing, popup);
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent(/^Authorize failed: Access was not granted at the provider/);
    expect(within(dialog).getByRole('button', { name: 'Authorize' })).toHaveAccessibleDescription(
      alert.textContent ?? '',
    );
    expect(card('OrgChartly')).toHaveAttribute('data-state', 'unauthorized');
  });

  it('shows a failed action inline and stays usable', async () => {
    const onConnectionChange = vi.fn();
    const removeFault = sandbox.faults.add({ operationId: 'connectionsUpdate', status: 500 });
    const { user, dialog } = await openDetails('PipelinePro', { onConnectionChange });
    await user.click(within(dialog).getByRole('button', { name: 'Disable' }));
    const alert = await within(dialog).findByRole('alert', {}, { timeout: 3000 });
    expect(alert).toHaveTextContent(
      'Disable failed: The service ran into a problem (Unknown Error: An unexpected error occurred.).',
    );
    // The optimistic change was rolled back.
    expect(card('PipelinePro')).toHaveAttribute('data-state', 'connected');
    expect(onConnectionChange).not.toHaveBeenCalled();
    await expectNoAxeViolations();

    removeFault();
    const disable = within(dialog).getByRole('button', { name: 'Disable' });
    expect(disable).not.toHaveAttribute('aria-disabled');
    await user.click(disable);
    await waitFor(() => expect(card('PipelinePro')).toHaveAttribute('data-state', 'disabled'));
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says when the latest details could not be loaded, and loads them on Retry', async () => {
    sandbox.faults.add({ operationId: 'connectionsOne', status: 500 });
    const { user, dialog } = await openDetails('PipelinePro');
    const alert = await within(dialog).findByRole('alert', {}, { timeout: 3000 });
    expect(alert).toHaveTextContent(
      'The latest details could not be loaded. The service ran into a problem (Unknown Error: An unexpected error occurred.). Please try again in a moment.',
    );
    // What the list had is still shown and usable.
    expect(within(dialog).getByRole('button', { name: 'Disable' })).toBeInTheDocument();
    await expectNoAxeViolations();
    sandbox.faults.clear();
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(within(dialog).queryByRole('alert')).toBeNull());
  });

  it('says the session expired on a 401 for an expired session', async () => {
    sandbox.faults.add({ operationId: 'connectionsUpdate', status: 401 });
    const { user, dialog } = await openDetails('PipelinePro');
    await user.click(within(dialog).getByRole('button', { name: 'Disable' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Disable failed: Your session expired. Reload the page to sign in again.',
    );
  });

  it('says the service could not be reached when the network fails', async () => {
    sandbox.faults.add({ operationId: 'connectionsUpdate', drop: true });
    const { user, dialog } = await openDetails('PipelinePro');
    await user.click(within(dialog).getByRole('button', { name: 'Disable' }));
    expect(await within(dialog).findByRole('alert', {}, { timeout: 3000 })).toHaveTextContent(
      'Disable failed: Could not reach the service.',
    );
  });

  it('hides delete, disconnect, disable and re-authorize when allowActions is empty', async () => {
    const { dialog } = await openDetails('Nimbus CRM', { allowActions: [] });
    const names = within(dialog)
      .getAllByRole('button')
      .map((button) => button.textContent);
    expect(names).toContain('Test connection');
    for (const hidden of ['Delete', 'Disconnect', 'Disable', 'Re-authorize']) {
      expect(names).not.toContain(hidden);
    }
  });

  it('shows every allowed action of a connected OAuth connection in order', async () => {
    const { dialog } = await openDetails('Nimbus CRM');
    const actions = dialog.querySelector('[data-slot="details-actions"]') as HTMLElement;
    expect(
      within(actions)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Test connection', 'Disable', 'Re-authorize', 'Disconnect', 'Delete']);
    const importToggle = within(dialog).getByRole('button', {
      name: 'Import existing credentials',
    });
    expect(importToggle).toHaveAttribute('aria-expanded', 'false');
  });

  it('reports a saved settings form through onConnectionChange', async () => {
    const onConnectionChange = vi.fn();
    const { user, dialog } = await openDetails('Nimbus CRM', { onConnectionChange });
    const settings = within(dialog).getByRole('region', { name: 'Settings' });
    const owner = await within(settings).findByRole('textbox', { name: /Default owner/ });
    await user.clear(owner);
    await user.type(owner, 'owner@acme.example');
    await user.click(within(settings).getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(onConnectionChange).toHaveBeenCalledWith(
        expect.objectContaining({ service_id: 'nimbus-crm' }),
        'editSettings',
      ),
    );
  });

  it('keeps credential import behind a disclosure', async () => {
    const { user, dialog } = await openDetails('Nimbus CRM');
    const toggle = within(dialog).getByRole('button', { name: 'Import existing credentials' });
    const panel = document.getElementById(toggle.getAttribute('aria-controls') ?? '');
    expect(panel).not.toBeVisible();
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(panel).toBeVisible();
    expect(panel?.querySelector('form')).not.toBeNull();
  });

  it('never turns unsafe logo or website URLs into images or links', async () => {
    const unsafe = (connection: Connection): Connection =>
      connection.service_id === 'pipeline-pro'
        ? {
            ...connection,
            logo: 'javascript:alert(1)',
            icon: 'http://evil.example/logo.png',
            website: 'javascript:alert(document.cookie)',
          }
        : connection;
    server.use(
      http.get('https://unify.apideck.com/vault/connections', async ({ request }) => {
        const body = await (await sandbox.handle(request)).json();
        return HttpResponse.json({ ...body, data: body.data.map(unsafe) });
      }),
      http.get(
        'https://unify.apideck.com/vault/connections/crm/pipeline-pro',
        async ({ request }) => {
          const body = await (await sandbox.handle(request)).json();
          return HttpResponse.json({ ...body, data: unsafe(body.data) });
        },
      ),
    );
    const { dialog } = await openDetails('PipelinePro');
    const pipelineCard = card('PipelinePro').closest(
      '[data-slot="integration-card"]',
    ) as HTMLElement;
    expect(pipelineCard.querySelector('img')).toBeNull();
    expect(pipelineCard.querySelector('[data-slot="connection-logo"]')).toHaveAttribute(
      'data-state',
      'fallback',
    );
    expect(pipelineCard.querySelector('[data-slot="connection-logo"]')).toHaveTextContent('PI');
    await waitFor(() => expect(within(dialog).queryByText('Website')).not.toBeInTheDocument());
    expect(dialog.querySelector('img')).toBeNull();
    for (const link of within(dialog).queryAllByRole('link')) {
      expect(link.getAttribute('href')).toMatch(/^https:\/\//);
    }
    expect(
      document.querySelector('[href^="javascript:"], [src^="javascript:"], [src^="http:"]'),
    ).toBeNull();
  });
});
