// @vitest-environment jsdom
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchContract } from '../../test/support/contractWatch';
import { CODAT_COMPANY_IDS } from '../codat/codatSeed';
import { createSandbox } from '../createSandbox';
import { sandboxHandlers } from '../msw';
import { CODAT_BASE_URL, SANDBOX_CODAT_API_KEY } from '../sandboxDefaults';
import type { CodatConnectionsProps } from './codatSdkTypes';
import { companyIdFromToken } from './companyIdFromToken';
import { createFakeCodatConnections } from './createFakeCodatConnections';
import { CodatConnections } from './index';

// Every answer the fake gets is checked against Codat's spec (test/support/contractSetup.ts).
const sandbox = createSandbox();
watchContract(sandbox);
const server = setupServer(...sandboxHandlers(sandbox));

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => sandbox.reset());
afterEach(() => {
  document.body.replaceChildren();
});
afterAll(() => server.close());

const northwind = CODAT_COMPANY_IDS.northwindBakery;
const quillbooks = '2e9d2c44-f675-40ba-8049-353bfcb5e171';
const stallmart = '6c7d8e9f-0a1b-4c2d-9e3f-4a5b6c7d8e9f';

/** What a backend does with the API key: `GET /companies/{companyId}/accessToken`. */
async function accessTokenFor(companyId: string): Promise<string> {
  const response = await fetch(`${CODAT_BASE_URL}/companies/${companyId}/accessToken`, {
    headers: { authorization: `Basic ${btoa(SANDBOX_CODAT_API_KEY)}` },
  });
  return ((await response.json()) as { accessToken: string }).accessToken;
}

async function connectionStatus(companyId: string, connectionId: string) {
  const state = await sandbox.getState();
  return state.codat.companies[companyId]?.connections.find(({ id }) => id === connectionId)
    ?.status;
}

async function mount(props: Partial<CodatConnectionsProps> = {}, Sdk = CodatConnections) {
  const target = document.createElement('div');
  document.body.append(target);
  const callbacks = {
    onClose: vi.fn(),
    onError: vi.fn(),
    onDisconnect: vi.fn(),
    onReconnect: vi.fn(),
  };
  const accessToken = props.accessToken ?? (await accessTokenFor(northwind));
  const component = new Sdk({ target, props: { ...callbacks, ...props, accessToken } });
  return { target, component, ...callbacks };
}

const rows = (target: HTMLElement) =>
  Array.from(target.querySelectorAll<HTMLElement>('li[data-connection-id]'));
const row = (target: HTMLElement, connectionId: string) =>
  rows(target).find((item) => item.dataset.connectionId === connectionId) as HTMLElement;
const buttonNamed = (target: HTMLElement, name: string) =>
  Array.from(target.querySelectorAll('button')).find(
    (button) => (button.getAttribute('aria-label') ?? button.textContent) === name,
  );

describe('the fake Codat Connections SDK', () => {
  it('lists the token’s company’s connections with their status and actions', async () => {
    const { target, component } = await mount({ options: { nonce: 'n0nce' } });
    const section = target.querySelector('section[data-codat-connections]') as HTMLElement;
    const heading = target.querySelector('h2') as HTMLElement;
    expect(section.getAttribute('aria-labelledby')).toBe(heading.id);
    expect(heading.textContent).toBe('Your connected accounts');
    await vi.waitFor(() => expect(rows(target)).toHaveLength(5));
    expect(
      rows(target).map((item) => [
        item.dataset.status,
        item.querySelector('button')?.getAttribute('aria-label') ?? null,
      ]),
    ).toEqual([
      ['Linked', 'Disconnect Quillbooks'],
      ['Linked', 'Disconnect Harbor Bank'],
      ['Deauthorized', 'Reconnect Stallmart'],
      ['Unlinked', 'Reconnect Tally Ledger'],
      ['PendingAuth', null],
    ]);
    expect(row(target, quillbooks).textContent).toContain('Accounting · Connected');
    expect(target.querySelector('[style]')).toBeNull();

    const style = document.head.querySelector('style[data-plugboard-fake-codat]');
    expect(style?.getAttribute('nonce')).toBe('n0nce');
    component.$destroy();
    expect(target.childElementCount).toBe(0);
    expect(document.head.querySelector('style[data-plugboard-fake-codat]')).toBeNull();
  });

  it('reads the company from the token: another company’s token shows its connections', async () => {
    const token = await accessTokenFor(CODAT_COMPANY_IDS.bluefinLogistics);
    expect(companyIdFromToken(token)).toBe(CODAT_COMPANY_IDS.bluefinLogistics);
    const { target } = await mount({ accessToken: token });
    await vi.waitFor(() => expect(rows(target)).toHaveLength(2));
    expect(target.textContent).toContain('Receiptly');
  });

  it('disconnects a linked connection in the sandbox and calls onDisconnect', async () => {
    const { target, onDisconnect } = await mount();
    await vi.waitFor(() => expect(rows(target)).toHaveLength(5));
    const disconnect = buttonNamed(target, 'Disconnect Quillbooks') as HTMLButtonElement;
    disconnect.focus();
    disconnect.click();
    await vi.waitFor(() => expect(onDisconnect).toHaveBeenCalledWith({ connectionId: quillbooks }));
    expect(row(target, quillbooks).dataset.status).toBe('Unlinked');
    expect(await connectionStatus(northwind, quillbooks)).toBe('Unlinked');
    // The row now offers Reconnect, and focus followed the change.
    expect(document.activeElement).toBe(buttonNamed(target, 'Reconnect Quillbooks'));
    expect(target.querySelector('[role="status"]')?.textContent).toBe(
      'Quillbooks was disconnected.',
    );
  });

  it('reconnects a deauthorized connection through PUT …/authorization and calls onReconnect', async () => {
    const { target, onReconnect } = await mount();
    await vi.waitFor(() => expect(rows(target)).toHaveLength(5));
    buttonNamed(target, 'Reconnect Stallmart')?.click();
    await vi.waitFor(() => expect(onReconnect).toHaveBeenCalledWith({ connectionId: stallmart }));
    expect(row(target, stallmart).dataset.status).toBe('Linked');
    expect(await connectionStatus(northwind, stallmart)).toBe('Linked');
    expect(buttonNamed(target, 'Disconnect Stallmart')).toBeDefined();
  });

  it('shows a busy button while a change is in flight and ignores a second click', async () => {
    sandbox.faults.add({ operationId: 'unlink-connection', latencyMs: 50, times: 1 });
    const { target, onDisconnect } = await mount();
    await vi.waitFor(() => expect(rows(target)).toHaveLength(5));
    buttonNamed(target, 'Disconnect Quillbooks')?.click();
    const busy = buttonNamed(target, 'Disconnect Quillbooks') as HTMLButtonElement;
    expect(busy.getAttribute('aria-disabled')).toBe('true');
    expect(busy.textContent).toBe('Disconnecting…');
    busy.click();
    buttonNamed(target, 'Disconnect Harbor Bank')?.click();
    await vi.waitFor(() => expect(onDisconnect).toHaveBeenCalledTimes(1));
    expect(await connectionStatus(northwind, '51b0e2a7-3c4d-4e5f-8a9b-0c1d2e3f4a5b')).toBe(
      'Linked',
    );
  });

  it('calls onClose from its Close button', async () => {
    const { target, onClose } = await mount();
    buttonNamed(target, 'Close connections')?.click();
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('reports a failed load with Codat’s correlation id; a retryable one offers Try again', async () => {
    sandbox.faults.add({ operationId: 'list-connections', status: 503, times: 1 });
    const { target, onError } = await mount();
    await vi.waitFor(() => expect(onError).toHaveBeenCalledTimes(1));
    expect(onError.mock.calls[0]?.[0]).toEqual({
      correlationId: expect.stringMatching(/^[0-9a-f]{32}$/),
      message: 'The Codat API is temporarily offline for maintenance. Please try again later.',
      errorCode: 503,
      userRecoverable: true,
    });
    buttonNamed(target, 'Try again')?.click();
    await vi.waitFor(() => expect(rows(target)).toHaveLength(5));
  });

  it('reports an expired or refused token as not user-recoverable', async () => {
    sandbox.faults.add({ operationId: 'list-connections', status: 401, times: 1 });
    const { target, onError } = await mount();
    await vi.waitFor(() =>
      expect(onError).toHaveBeenCalledWith(
        expect.objectContaining({ errorCode: 401, userRecoverable: false }),
      ),
    );
    expect(buttonNamed(target, 'Try again')).toBeUndefined();
    expect(target.textContent).toContain("Your connections couldn't be loaded.");
  });

  it('reports a failed disconnect and keeps the list usable', async () => {
    sandbox.faults.add({ operationId: 'unlink-connection', status: 500, times: 1 });
    const { target, onError, onDisconnect } = await mount();
    await vi.waitFor(() => expect(rows(target)).toHaveLength(5));
    buttonNamed(target, 'Disconnect Quillbooks')?.click();
    await vi.waitFor(() =>
      expect(onError).toHaveBeenCalledWith(
        expect.objectContaining({ errorCode: 500, userRecoverable: true }),
      ),
    );
    expect(target.querySelector('[role="alert"]')?.textContent).toBe(
      'Quillbooks: There is a problem with our server. Please try again later.',
    );
    expect(onDisconnect).not.toHaveBeenCalled();
    expect(row(target, quillbooks).dataset.status).toBe('Linked');
    buttonNamed(target, 'Disconnect Quillbooks')?.click();
    await vi.waitFor(() => expect(onDisconnect).toHaveBeenCalledTimes(1));
  });

  it('says so when the token names no company, unless the company is given', async () => {
    const { target, onError } = await mount({ accessToken: 'opaque-token' });
    await vi.waitFor(() =>
      expect(onError).toHaveBeenCalledWith({
        message: 'The access token names no company (no company_id claim).',
        userRecoverable: false,
      }),
    );
    expect(rows(target)).toHaveLength(0);

    const token = await accessTokenFor(CODAT_COMPANY_IDS.emptyCompany);
    const Sdk = createFakeCodatConnections({ companyId: CODAT_COMPANY_IDS.emptyCompany });
    const empty = await mount({ accessToken: token }, Sdk);
    await vi.waitFor(() =>
      expect(empty.target.textContent).toContain('No connected accounts yet.'),
    );
  });

  it('stops calling back once destroyed', async () => {
    sandbox.faults.add({ operationId: 'list-connections', status: 503, latencyMs: 30, times: 1 });
    const { component, onError } = await mount();
    component.$destroy();
    component.$destroy();
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(onError).not.toHaveBeenCalled();
  });
});
