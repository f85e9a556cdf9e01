import { CODAT_BASE_URL, CODAT_COMPANY_IDS, SANDBOX_CODAT_API_KEY } from '@plugboard/sandbox';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations, renderUi } from '../../test/renderUi';
import { sandbox } from '../../test/sandbox';
import { SUPPORTED_LOCALES } from '../messages/locales';
import {
  CodatConnectionsLauncher,
  type CodatConnectionsLauncherProps,
} from './CodatConnectionsLauncher';
import { codatLauncherMessages } from './codatLauncherMessages';

const companyId = CODAT_COMPANY_IDS.northwindBakery;
const quillbooks = '2e9d2c44-f675-40ba-8049-353bfcb5e171';
const codatApiKey = { authorization: `Basic ${btoa(SANDBOX_CODAT_API_KEY)}` };

/** Stands in for the app's backend, which asks Codat (here the sandbox) for a company token. */
async function getAccessToken(id: string) {
  const response = await fetch(`${CODAT_BASE_URL}/companies/${id}/accessToken`, {
    headers: codatApiKey,
  });
  const body = await response.json();
  if (!response.ok)
    throw Object.assign(new Error(body.error), { correlationId: body.correlationId });
  return body as { accessToken: string; expiresIn: number };
}

/** The fake Connections SDK, served by the sandbox's Codat API through MSW. */
const loadSdk = () => import('@plugboard/sandbox/codat-sdk');

async function sandboxStatusOf(connectionId: string) {
  const response = await fetch(`${CODAT_BASE_URL}/companies/${companyId}/connections`, {
    headers: codatApiKey,
  });
  const page = (await response.json()) as { results: Array<{ id: string; status: string }> };
  return page.results.find((connection) => connection.id === connectionId)?.status;
}

async function renderLauncher(
  props: Partial<CodatConnectionsLauncherProps> = {},
  options: Parameters<typeof renderUi>[1] = {},
) {
  const user = userEvent.setup();
  const rendered = await renderUi(
    <CodatConnectionsLauncher
      companyId={companyId}
      getAccessToken={getAccessToken}
      loadSdk={loadSdk}
      {...props}
    />,
    options,
  );
  return { user, ...rendered };
}

async function openLauncher(user: ReturnType<typeof userEvent.setup>) {
  const button = screen.getByRole('button', { name: 'Manage connections' });
  await user.click(button);
  const dialog = await screen.findByRole('dialog', { name: 'Connections' });
  return { button, dialog };
}

/** The launcher's own error message (not one the SDK shows inside its panel). */
async function launcherAlert(dialog: HTMLElement) {
  const section = await waitFor(() => {
    const found = dialog.querySelector<HTMLElement>('[data-slot="codat-launcher-error"]');
    expect(found).not.toBeNull();
    return found as HTMLElement;
  });
  return within(section).getByRole('alert');
}

describe('CodatConnectionsLauncher', () => {
  it('has no axe violations, closed or open; focus moves in, Escape closes and returns it', async () => {
    const onClose = vi.fn();
    const { user, container } = await renderLauncher({ onClose });
    await expectNoAxeViolations();
    const root = container.querySelector('[data-slot="codat-launcher"]') as HTMLElement;
    expect(root).toHaveAttribute('data-plugboard');
    expect(root).toHaveAttribute('data-state', 'idle');

    const { button, dialog } = await openLauncher(user);
    await within(dialog).findByRole('button', { name: 'Disconnect Quillbooks' });
    await expectNoAxeViolations();
    expect(dialog).toHaveAttribute('data-slot', 'codat-launcher-dialog');
    expect(dialog).toHaveAttribute('data-state', 'open');
    expect(root).toHaveAttribute('data-state', 'open');
    expect(within(dialog).getByRole('button', { name: 'Close' })).toHaveFocus();
    expect(dialog.querySelector('[data-slot="codat-launcher-sdk"]')).toHaveAttribute(
      'data-state',
      'mounted',
    );
    expect(document.querySelector('[style]')).toBeNull();

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog', { name: 'Connections' })).not.toBeInTheDocument();
    expect(button).toHaveFocus();
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(document.querySelector('section[data-codat-connections]')).toBeNull();
  });

  it('says politely that it is preparing a session, then loading the SDK', async () => {
    sandbox.faults.add({ operationId: 'get-company-access-token', latencyMs: 150, times: 1 });
    let releaseSdk: () => void = () => undefined;
    const slowSdk = () =>
      new Promise<Awaited<ReturnType<typeof loadSdk>>>((resolve) => {
        releaseSdk = () => void loadSdk().then(resolve);
      });
    const { user } = await renderLauncher({ loadSdk: slowSdk });
    const { dialog } = await openLauncher(user);
    const status = within(dialog).getByRole('status');
    expect(status).toHaveTextContent('Preparing a secure session…');
    expect(status.querySelector('[data-slot="codat-launcher-spinner"]')).toHaveAttribute(
      'aria-hidden',
      'true',
    );
    expect(dialog).toHaveAttribute('data-state', 'fetching-token');
    await waitFor(() => expect(status).toHaveTextContent('Loading your connections…'));
    expect(dialog).toHaveAttribute('data-state', 'loading-sdk');
    releaseSdk();
    await within(dialog).findByRole('button', { name: 'Disconnect Quillbooks' });
    expect(status).toBeEmptyDOMElement();
  });

  it('disconnects through the SDK: the sandbox says Unlinked and onDisconnect is called', async () => {
    const onDisconnect = vi.fn();
    const { user } = await renderLauncher({ onDisconnect });
    const { dialog } = await openLauncher(user);
    await user.click(await within(dialog).findByRole('button', { name: 'Disconnect Quillbooks' }));
    await waitFor(() => expect(onDisconnect).toHaveBeenCalledWith({ connectionId: quillbooks }));
    expect(await sandboxStatusOf(quillbooks)).toBe('Unlinked');
    expect(within(dialog).getByRole('button', { name: 'Reconnect Quillbooks' })).toHaveFocus();
  });

  it('shows an SDK error with Codat’s correlation id, and Try again reopens', async () => {
    sandbox.faults.add({ operationId: 'list-connections', status: 403, times: 1 });
    const onError = vi.fn();
    const { user } = await renderLauncher({ onError });
    const { dialog } = await openLauncher(user);
    // The SDK says so in its own panel first; the launcher then unmounts it and explains.
    const alert = await launcherAlert(dialog);
    expect(alert).toHaveTextContent('Connections could not be opened');
    expect(alert).toHaveTextContent('Codat reported a problem and closed the connection manager.');
    const correlationId = onError.mock.calls[0]?.[0].correlationId as string;
    expect(correlationId).toMatch(/^[0-9a-f]{32}$/);
    expect(alert).toHaveTextContent(`Correlation ID: ${correlationId}`);
    expect(dialog).toHaveAttribute('data-state', 'error');
    await expectNoAxeViolations();

    const retry = within(dialog).getByRole('button', { name: 'Try again' });
    expect(retry).toHaveFocus();
    await user.click(retry);
    await within(dialog).findByRole('button', { name: 'Disconnect Quillbooks' });
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
    expect(dialog).toContainElement(document.activeElement as HTMLElement);
  });

  it('explains a failed SDK load, naming the CSP sources in the technical details', async () => {
    const { user } = await renderLauncher({
      loadSdk: () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
    });
    const { dialog } = await openLauncher(user);
    const alert = await launcherAlert(dialog);
    expect(alert).toHaveTextContent('Codat’s connection manager could not be loaded.');
    const details = dialog.querySelector('[data-slot="codat-launcher-error-details"]');
    expect(details).toHaveTextContent(
      /script-src, style-src, font-src, connect-src and img-src.*CORS allow-list/,
    );
  });

  it('closes from the SDK’s own Close button and returns focus', async () => {
    const onClose = vi.fn();
    const { user } = await renderLauncher({ onClose });
    const { button, dialog } = await openLauncher(user);
    await user.click(await within(dialog).findByRole('button', { name: 'Close connections' }));
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(button).toHaveFocus();
  });

  it('portals the dialog into `container`, with the theme, class name and label given', async () => {
    const portal = document.createElement('div');
    document.body.append(portal);
    const { user, container } = await renderLauncher({
      container: portal,
      theme: 'dark',
      className: 'my-launcher',
      buttonLabel: 'Bank connections',
    });
    const root = container.querySelector('[data-slot="codat-launcher"]');
    expect(root).toHaveClass('my-launcher');
    expect(root).toHaveAttribute('data-theme', 'dark');
    await user.click(screen.getByRole('button', { name: 'Bank connections' }));
    const dialog = await screen.findByRole('dialog', { name: 'Connections' });
    expect(portal).toContainElement(dialog);
    expect(container).not.toContainElement(dialog);
    expect(dialog).toHaveAttribute('data-theme', 'dark');
    await within(dialog).findByRole('button', { name: 'Disconnect Quillbooks' });
    portal.remove();
  });

  it('mounts one SDK under StrictMode', async () => {
    const { user } = await renderLauncher({}, { strict: true });
    const { dialog } = await openLauncher(user);
    await within(dialog).findByRole('button', { name: 'Disconnect Quillbooks' });
    expect(dialog.querySelectorAll('section[data-codat-connections]')).toHaveLength(1);
  });

  it('speaks the locale, in the direction it reads', async () => {
    const user = userEvent.setup();
    await renderUi(
      <CodatConnectionsLauncher
        companyId={companyId}
        getAccessToken={getAccessToken}
        loadSdk={loadSdk}
      />,
      { locale: 'de' },
    );
    await user.click(screen.getByRole('button', { name: 'Verbindungen verwalten' }));
    const dialog = await screen.findByRole('dialog', { name: 'Verbindungen' });
    expect(within(dialog).getByRole('button', { name: 'Schließen' })).toBeInTheDocument();

    const { container } = await renderUi(
      <CodatConnectionsLauncher companyId={companyId} getAccessToken={getAccessToken} />,
      { locale: 'ar' },
    );
    expect(container.querySelector('[data-slot="codat-launcher"]')).toHaveAttribute('dir', 'rtl');
  });

  it('ships every string in every language', () => {
    const english = codatLauncherMessages.en;
    for (const locale of SUPPORTED_LOCALES) {
      const messages = codatLauncherMessages[locale];
      expect(Object.keys(messages).sort(), locale).toEqual(Object.keys(english).sort());
      expect(Object.keys(messages.errorDescriptions).sort(), locale).toEqual(
        Object.keys(english.errorDescriptions).sort(),
      );
      const strings = [
        ...Object.values(messages).filter((value) => typeof value === 'string'),
        ...Object.values(messages.errorDescriptions),
      ];
      for (const text of strings) expect(text.trim(), locale).not.toBe('');
      expect(messages.correlationId, locale).toContain('{id}');
      if (locale !== 'en') expect(messages.buttonLabel, locale).not.toBe(english.buttonLabel);
    }
  });
});
