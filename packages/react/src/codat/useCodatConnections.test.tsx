import { PlugboardError } from '@plugboard/core';
import { CODAT_BASE_URL, CODAT_COMPANY_IDS, SANDBOX_CODAT_API_KEY } from '@plugboard/sandbox';
import { createFakeCodatConnections } from '@plugboard/sandbox/codat-sdk';
import { act, renderHook, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode, useEffect } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sandbox } from '../../test/sandbox';
import { CodatLauncherError } from './CodatLauncherError';
import type { CodatAccessToken, CodatConnectionsProps } from './codatConnectionsSdk';
import {
  CODAT_CONNECTIONS_SDK_URL,
  codatConnectionsClassFrom,
  loadCodatConnectionsSdk,
} from './loadCodatConnectionsSdk';
import { type UseCodatConnectionsOptions, useCodatConnections } from './useCodatConnections';

const companyId = CODAT_COMPANY_IDS.northwindBakery;
const quillbooks = '2e9d2c44-f675-40ba-8049-353bfcb5e171';

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

/**
 * What an app's backend does (`getCompanyAccessToken` of `@plugboard/server`), here against the
 * sandbox's Codat API through MSW. A failure keeps Codat's correlation id, as the server's errors do.
 */
function sandboxTokens(
  shape: (body: { accessToken: string; expiresIn: number }) => CodatAccessToken = (body) => body,
) {
  return vi.fn(async (id: string): Promise<CodatAccessToken> => {
    const response = await fetch(`${CODAT_BASE_URL}/companies/${id}/accessToken`, {
      headers: { authorization: `Basic ${btoa(SANDBOX_CODAT_API_KEY)}` },
    });
    const body = await response.json();
    if (!response.ok)
      throw Object.assign(new Error(body.error), { correlationId: body.correlationId });
    return shape(body);
  });
}

/** Loading a module from the network takes a moment; without one, React batches the states away. */
const networkDelay = () => new Promise((resolve) => setTimeout(resolve, 15));

interface Mounted {
  props: CodatConnectionsProps;
  target: HTMLElement;
  destroyed: boolean;
}

/** The fake SDK served by the sandbox, counting mounts and destroys. */
function countingSdk() {
  const mounts: Mounted[] = [];
  const Fake = createFakeCodatConnections();
  class CountingCodatConnections {
    readonly #inner: InstanceType<typeof Fake>;
    readonly #record: Mounted;
    constructor(args: { target: HTMLElement; props: CodatConnectionsProps }) {
      this.#inner = new Fake(args);
      this.#record = { props: args.props, target: args.target, destroyed: false };
      mounts.push(this.#record);
    }
    $destroy() {
      this.#record.destroyed = true;
      this.#inner.$destroy();
    }
  }
  const loadSdk = vi.fn(async () => {
    await networkDelay();
    return { CodatConnections: CountingCodatConnections };
  });
  return { mounts, loadSdk, live: () => mounts.filter((mount) => !mount.destroyed) };
}

function renderCodat(options: Partial<UseCodatConnectionsOptions> = {}, strict = false) {
  const container = document.createElement('div');
  document.body.append(container);
  const statuses: string[] = [];
  const sdk = countingSdk();
  const getAccessToken = options.getAccessToken ?? sandboxTokens();
  const rendered = renderHook(
    (props: Partial<UseCodatConnectionsOptions>) => {
      const result = useCodatConnections({
        companyId,
        getAccessToken,
        loadSdk: sdk.loadSdk,
        ...options,
        ...props,
      });
      result.containerRef.current = container;
      if (statuses.at(-1) !== result.status) statuses.push(result.status);
      return result;
    },
    { initialProps: {}, wrapper: strict ? StrictMode : undefined },
  );
  return { ...rendered, container, statuses, sdk, getAccessToken };
}

async function openAndWait(rendered: ReturnType<typeof renderCodat>) {
  act(() => rendered.result.current.open());
  await waitFor(() => expect(rendered.result.current.status).toBe('open'));
  await within(rendered.container).findByRole('button', { name: 'Disconnect Quillbooks' });
}

/** A component for server rendering, given the hook as imported without `window` and `document`. */
function ServerLauncher({ useHook }: { useHook: typeof useCodatConnections }) {
  const codat = useHook({ companyId, getAccessToken: async () => 'token' });
  return (
    <p data-status={codat.status}>
      <span ref={codat.containerRef} />
    </p>
  );
}

describe('useCodatConnections', () => {
  it('fetches a token, loads the SDK and mounts it once, in that order', async () => {
    const onDisconnect = vi.fn();
    const rendered = renderCodat({
      text: { 'accounting.connectionDetails.dataTypes': ['Invoices'] },
      nonce: 'n0nce',
      onDisconnect,
    });
    expect(rendered.result.current).toMatchObject({
      status: 'idle',
      isOpen: false,
      error: undefined,
    });
    await openAndWait(rendered);
    expect(rendered.statuses).toEqual(['idle', 'fetching-token', 'loading-sdk', 'open']);
    expect(rendered.result.current.isOpen).toBe(true);
    expect(rendered.getAccessToken).toHaveBeenCalledExactlyOnceWith(companyId);
    expect(rendered.sdk.mounts).toHaveLength(1);
    const [mount] = rendered.sdk.mounts;
    expect(mount?.target).toBe(rendered.container);
    expect(mount?.props.accessToken).toMatch(/^ey/);
    expect(mount?.props.options).toEqual({
      text: { 'accounting.connectionDetails.dataTypes': ['Invoices'] },
      nonce: 'n0nce',
    });
    // open() while open does nothing.
    act(() => rendered.result.current.open());
    expect(rendered.getAccessToken).toHaveBeenCalledTimes(1);

    await userEvent.click(screen.getByRole('button', { name: 'Disconnect Quillbooks' }));
    await waitFor(() => expect(onDisconnect).toHaveBeenCalledWith({ connectionId: quillbooks }));
  });

  it('close() destroys the SDK and empties the container; unmounting does too', async () => {
    const rendered = renderCodat();
    await openAndWait(rendered);
    act(() => rendered.result.current.close());
    expect(rendered.result.current).toMatchObject({ status: 'idle', isOpen: false });
    expect(rendered.sdk.mounts[0]?.destroyed).toBe(true);
    expect(rendered.container.childElementCount).toBe(0);

    await openAndWait(rendered);
    expect(rendered.sdk.live()).toHaveLength(1);
    rendered.unmount();
    expect(rendered.sdk.live()).toHaveLength(0);
    expect(rendered.container.childElementCount).toBe(0);
  });

  it('closes when the SDK’s own Close is pressed and calls onClose', async () => {
    const onClose = vi.fn();
    const rendered = renderCodat({ onClose });
    await openAndWait(rendered);
    await userEvent.click(screen.getByRole('button', { name: 'Close connections' }));
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(rendered.result.current.status).toBe('idle');
    expect(rendered.sdk.live()).toHaveLength(0);
  });

  it('keeps the SDK mounted on a user-recoverable error and reports it typed', async () => {
    sandbox.faults.add({ operationId: 'unlink-connection', status: 500, times: 1 });
    const onError = vi.fn();
    const rendered = renderCodat({ onError });
    await openAndWait(rendered);
    await userEvent.click(screen.getByRole('button', { name: 'Disconnect Quillbooks' }));
    await waitFor(() => expect(onError).toHaveBeenCalledTimes(1));
    const error = onError.mock.calls[0]?.[0] as CodatLauncherError;
    expect(error).toBeInstanceOf(CodatLauncherError);
    expect(error).toMatchObject({
      reason: 'sdk',
      errorCode: 500,
      status: 500,
      userRecoverable: true,
    });
    expect(error.correlationId).toMatch(/^[0-9a-f]{32}$/);
    expect(rendered.result.current.status).toBe('open');
    expect(rendered.sdk.live()).toHaveLength(1);
  });

  it('unmounts the SDK on an error that is not user-recoverable', async () => {
    sandbox.faults.add({ operationId: 'list-connections', status: 403, times: 1 });
    const onError = vi.fn();
    const rendered = renderCodat({ onError });
    act(() => rendered.result.current.open());
    await waitFor(() => expect(rendered.result.current.status).toBe('error'));
    const error = rendered.result.current.error;
    expect(error).toBeInstanceOf(PlugboardError);
    expect(error).toMatchObject({
      name: 'CodatLauncherError',
      reason: 'sdk',
      errorCode: 403,
      userRecoverable: false,
    });
    expect(error?.correlationId).toMatch(/^[0-9a-f]{32}$/);
    expect(onError).toHaveBeenCalledExactlyOnceWith(error);
    expect(rendered.sdk.mounts).toHaveLength(1);
    expect(rendered.sdk.live()).toHaveLength(0);
    expect(rendered.container.childElementCount).toBe(0);
    expect(rendered.result.current.isOpen).toBe(true);

    // open() again is the retry.
    await openAndWait(rendered);
    expect(rendered.sdk.live()).toHaveLength(1);
  });

  it('turns a failed SDK load into an error naming the CSP sources and the CORS allow-list', async () => {
    const onError = vi.fn();
    const rendered = renderCodat({
      onError,
      loadSdk: async () => {
        await networkDelay();
        throw new TypeError(
          'Failed to fetch dynamically imported module: https://connections-sdk.codat.io/',
        );
      },
    });
    act(() => rendered.result.current.open());
    await waitFor(() => expect(rendered.result.current.status).toBe('error'));
    const error = rendered.result.current.error as CodatLauncherError;
    expect(rendered.statuses).toEqual(['idle', 'fetching-token', 'loading-sdk', 'error']);
    expect(error.reason).toBe('sdk-load');
    expect(error.userRecoverable).toBe(true);
    expect(error.cause).toBeInstanceOf(TypeError);
    for (const text of [
      'https://*.codat.io',
      'script-src',
      'style-src',
      'font-src',
      'connect-src',
      'img-src',
      'nonce',
      'CORS allow-list',
      'Failed to fetch dynamically imported module',
    ]) {
      expect(error.message).toContain(text);
    }
    expect(onError).toHaveBeenCalledExactlyOnceWith(error);
  });

  it('refuses a module without CodatConnections', async () => {
    const rendered = renderCodat({ loadSdk: async () => ({}) as never });
    act(() => rendered.result.current.open());
    await waitFor(() => expect(rendered.result.current.status).toBe('error'));
    expect(rendered.result.current.error?.message).toContain(
      'does not export a CodatConnections class',
    );
  });

  it('reports a failed token fetch with Codat’s correlation id', async () => {
    sandbox.faults.add({ operationId: 'get-company-access-token', status: 500, times: 1 });
    const rendered = renderCodat();
    act(() => rendered.result.current.open());
    await waitFor(() => expect(rendered.result.current.status).toBe('error'));
    expect(rendered.statuses).toEqual(['idle', 'fetching-token', 'error']);
    expect(rendered.result.current.error).toMatchObject({ reason: 'token', userRecoverable: true });
    expect(rendered.result.current.error?.correlationId).toMatch(/^[0-9a-f]{32}$/);
    expect(rendered.sdk.loadSdk).not.toHaveBeenCalled();
  });

  it('unmounts, fetches a token and mounts again shortly before the token expires', async () => {
    const fetchToken = sandboxTokens((body) => ({ accessToken: body.accessToken, expiresIn: 0.3 }));
    // How many SDKs were mounted each time a token was asked for: none, the second time too.
    const liveAtFetch: number[] = [];
    let rendered: ReturnType<typeof renderCodat> | undefined;
    const getAccessToken = vi.fn(async (id: string) => {
      liveAtFetch.push(rendered?.sdk.live().length ?? 0);
      return fetchToken(id);
    });
    rendered = renderCodat({ getAccessToken });
    await openAndWait(rendered);
    expect(rendered.sdk.mounts).toHaveLength(1);
    const firstToken = rendered.sdk.mounts[0]?.props.accessToken;
    // 0.3 s tokens are refreshed at 0.27 s: a tenth of the lifetime before expiry.
    await waitFor(() => expect(rendered?.sdk.mounts).toHaveLength(2), { timeout: 2000 });
    expect(rendered.sdk.mounts[0]?.destroyed).toBe(true);
    expect(getAccessToken).toHaveBeenCalledTimes(2);
    expect(liveAtFetch).toEqual([0, 0]);
    expect(rendered.sdk.mounts[1]?.props.accessToken).toEqual(expect.any(String));
    expect(rendered.sdk.mounts[1]?.props).not.toBe(rendered.sdk.mounts[0]?.props);
    expect(firstToken).toEqual(expect.any(String));
    await waitFor(() => expect(rendered?.result.current.status).toBe('open'));
    expect(rendered.sdk.live()).toHaveLength(1);
    act(() => rendered?.result.current.close());
  });

  it('takes an expired-token error from the SDK as a cue to remount with a new token, once', async () => {
    sandbox.faults.add({ operationId: 'list-connections', status: 401, times: 1 });
    const onError = vi.fn();
    const rendered = renderCodat({
      onError,
      getAccessToken: sandboxTokens((body) => body.accessToken),
    });
    act(() => rendered.result.current.open());
    await within(rendered.container).findByRole('button', { name: 'Disconnect Quillbooks' });
    expect(rendered.sdk.mounts).toHaveLength(2);
    expect(rendered.sdk.mounts[0]?.destroyed).toBe(true);
    expect(rendered.getAccessToken).toHaveBeenCalledTimes(2);
    expect(onError).not.toHaveBeenCalled();

    // A new token that is refused at once is an error, not a loop.
    act(() => rendered.result.current.close());
    sandbox.faults.add({ operationId: 'list-connections', status: 401, times: 2 });
    act(() => rendered.result.current.open());
    await waitFor(() => expect(rendered.result.current.status).toBe('error'));
    expect(rendered.result.current.error).toMatchObject({ errorCode: 401, userRecoverable: false });
    expect(rendered.sdk.mounts).toHaveLength(4);
    expect(rendered.sdk.live()).toHaveLength(0);
  });

  it('mounts one instance under StrictMode, even when opened from an effect on mount', async () => {
    const rendered = renderCodat({}, true);
    await openAndWait(rendered);
    expect(rendered.sdk.mounts).toHaveLength(1);
    expect(rendered.container.querySelectorAll('section[data-codat-connections]')).toHaveLength(1);

    const container = document.createElement('div');
    document.body.append(container);
    const sdk = countingSdk();
    const getAccessToken = sandboxTokens();
    const auto = renderHook(
      () => {
        const codat = useCodatConnections({ companyId, getAccessToken, loadSdk: sdk.loadSdk });
        codat.containerRef.current = container;
        const { open } = codat;
        useEffect(() => open(), [open]);
        return codat;
      },
      { wrapper: StrictMode },
    );
    await waitFor(() => expect(auto.result.current.status).toBe('open'));
    await within(container).findByRole('button', { name: 'Disconnect Quillbooks' });
    expect(sdk.mounts).toHaveLength(1);
    expect(getAccessToken).toHaveBeenCalledTimes(1);
    expect(container.querySelectorAll('section[data-codat-connections]')).toHaveLength(1);
  });

  it('refuses to run inside an iframe', async () => {
    vi.spyOn(window, 'top', 'get').mockReturnValue({} as Window);
    const rendered = renderCodat();
    act(() => rendered.result.current.open());
    await waitFor(() => expect(rendered.result.current.status).toBe('error'));
    expect(rendered.result.current.error).toMatchObject({
      reason: 'iframe',
      userRecoverable: false,
    });
    expect(rendered.result.current.error?.message).toMatch(/iframe/);
    expect(rendered.getAccessToken).not.toHaveBeenCalled();

    // Storybook and browser test runners frame their pages: allowInIframe lets the fake SDK run.
    const framed = renderCodat({ allowInIframe: true });
    await openAndWait(framed);
    expect(framed.sdk.live()).toHaveLength(1);
  });

  it('says so when containerRef is not attached', async () => {
    const sdk = countingSdk();
    const { result } = renderHook(() =>
      useCodatConnections({ companyId, getAccessToken: sandboxTokens(), loadSdk: sdk.loadSdk }),
    );
    act(() => result.current.open());
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(result.current.error).toMatchObject({ reason: 'container' });
    expect(sdk.mounts).toHaveLength(0);
  });

  it('renders on the server, and imports, without touching window or document', async () => {
    const { renderToString } = await import('react-dom/server');
    vi.stubGlobal('window', undefined);
    vi.stubGlobal('document', undefined);
    try {
      vi.resetModules();
      const { useCodatConnections: useOnServer } = await import('./useCodatConnections');
      expect(renderToString(<ServerLauncher useHook={useOnServer} />)).toBe(
        '<p data-status="idle"><span></span></p>',
      );
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('loadCodatConnectionsSdk', () => {
  it('imports Codat’s module by default, and any ES module URL it is given', async () => {
    expect(CODAT_CONNECTIONS_SDK_URL).toBe('https://connections-sdk.codat.io');
    const module = await loadCodatConnectionsSdk(
      'data:text/javascript,export class CodatConnections { $destroy() {} }',
    );
    expect(codatConnectionsClassFrom(module).name).toBe('CodatConnections');
  });

  it('fails like a blocked script when the module cannot run, and the hook explains why', async () => {
    const blocked = 'data:text/javascript,throw new TypeError("Refused to load: CSP script-src")';
    await expect(loadCodatConnectionsSdk(blocked)).rejects.toThrow('Refused to load');
    const rendered = renderCodat({ loadSdk: () => loadCodatConnectionsSdk(blocked) });
    act(() => rendered.result.current.open());
    await waitFor(() => expect(rendered.result.current.status).toBe('error'));
    expect(rendered.result.current.error?.message).toMatch(
      /^The Codat Connections SDK could not be loaded from https:\/\/connections-sdk\.codat\.io \(Refused to load: CSP script-src\)/,
    );
  });
});
