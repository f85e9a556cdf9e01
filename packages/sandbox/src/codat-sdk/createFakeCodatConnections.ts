import type { CodatConnection } from '../codat/codatTypes';
import { CODAT_BASE_URL } from '../sandboxDefaults';
import type {
  CodatConnectionsClass,
  CodatConnectionsComponent,
  CodatConnectionsErrorArgs,
  CodatConnectionsProps,
} from './codatSdkTypes';
import { companyIdFromToken } from './companyIdFromToken';
import {
  actionFor,
  type FakeCodatPanel,
  renderConnections,
  renderLoadError,
  renderPanel,
} from './fakeCodatPanel';
import { retainFakeCodatStyles } from './fakeCodatStyles';

/** Options of {@link createFakeCodatConnections}. */
export interface FakeCodatConnectionsOptions {
  /**
   * Where the sandbox's Codat API answers (through MSW, or the sandbox's node server).
   * @default 'https://api.codat.io'
   */
  baseUrl?: string;
  /**
   * The company whose connections to show. By default it is read from the access token: the
   * sandbox's company access tokens are JWTs with a `company_id` claim. Set it for tokens that do
   * not carry one.
   * @default the token's `company_id` claim
   */
  companyId?: string;
}

let instances = 0;

interface CodatErrorBody {
  correlationId?: unknown;
  error?: unknown;
  canBeRetried?: unknown;
}

/** The `onError` arguments for a Codat error response. */
async function errorArgsFrom(
  response: Response,
  userRecoverable: (status: number, body: CodatErrorBody) => boolean,
): Promise<CodatConnectionsErrorArgs> {
  let body: CodatErrorBody = {};
  try {
    const parsed: unknown = await response.json();
    if (parsed && typeof parsed === 'object') body = parsed as CodatErrorBody;
  } catch {
    // Not JSON: the status alone describes the failure.
  }
  return {
    correlationId: typeof body.correlationId === 'string' ? body.correlationId : undefined,
    message: typeof body.error === 'string' ? body.error : `Codat answered HTTP ${response.status}`,
    errorCode: response.status,
    userRecoverable: userRecoverable(response.status, body),
  };
}

const isAbort = (error: unknown) => error instanceof Error && error.name === 'AbortError';

/**
 * A fake of Codat's Connections SDK, for tests, Storybook and demos: the class has the contract of
 * `CodatConnections` from `https://connections-sdk.codat.io` and talks to the sandbox's Codat API.
 *
 * On construction it renders into `target` an accessible panel: a heading, the company's
 * connections (`GET /companies/{companyId}/connections` with `Authorization: Bearer <accessToken>`)
 * with their status, Disconnect for `Linked` ones (`PATCH …/{connectionId}` `{status: "Unlinked"}`,
 * then `onDisconnect({connectionId})`), Reconnect for `Unlinked` and `Deauthorized` ones
 * (`PUT …/{connectionId}/authorization`, then `onReconnect({connectionId})`), and a Close button
 * (`onClose()`). API failures call `onError({correlationId, message, errorCode, userRecoverable})`
 * with the HTTP status as `errorCode`; a 401 (an expired token) is not user-recoverable.
 *
 * DOM APIs only (no framework), no inline styles: one stylesheet injected with `options.nonce`.
 * `$destroy()` removes the panel and cancels requests in flight.
 *
 * The company comes from the token's `company_id` claim (see `companyId`).
 *
 * @example
 * const CodatConnections = createFakeCodatConnections({ baseUrl: 'http://127.0.0.1:4010' });
 * new CodatConnections({ target, props: { accessToken, onClose } });
 */
export function createFakeCodatConnections(
  options: FakeCodatConnectionsOptions = {},
): CodatConnectionsClass {
  const baseUrl = (options.baseUrl ?? CODAT_BASE_URL).replace(/\/+$/, '');

  return class FakeCodatConnections implements CodatConnectionsComponent {
    readonly #props: CodatConnectionsProps;
    readonly #panel: FakeCodatPanel;
    readonly #abort = new AbortController();
    readonly #releaseStyles: () => void;
    readonly #companyId: string | undefined;
    #connections: CodatConnection[] = [];
    #busyId: string | undefined;
    #destroyed = false;

    constructor({ target, props }: { target: HTMLElement; props: CodatConnectionsProps }) {
      this.#props = props;
      const document = target.ownerDocument;
      instances += 1;
      this.#releaseStyles = retainFakeCodatStyles(document, props.options?.nonce);
      this.#panel = renderPanel(document, `pb-fake-codat-${instances}`);
      this.#panel.root.addEventListener('click', this.#onClick);
      target.append(this.#panel.root);
      this.#companyId = options.companyId ?? companyIdFromToken(props.accessToken);
      void this.#load();
    }

    $destroy(): void {
      if (this.#destroyed) return;
      this.#destroyed = true;
      this.#abort.abort();
      this.#panel.root.removeEventListener('click', this.#onClick);
      this.#panel.root.remove();
      this.#releaseStyles();
    }

    #url(path: string): string {
      return `${baseUrl}/companies/${encodeURIComponent(this.#companyId ?? '')}/connections${path}`;
    }

    #request(path: string, init: RequestInit = {}): Promise<Response> {
      return fetch(this.#url(path), {
        ...init,
        headers: {
          authorization: `Bearer ${this.#props.accessToken}`,
          ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        signal: this.#abort.signal,
      });
    }

    #report(args: CodatConnectionsErrorArgs): void {
      if (!this.#destroyed) this.#props.onError?.(args);
    }

    async #load(): Promise<void> {
      if (!this.#companyId) {
        const message = 'The access token names no company (no company_id claim).';
        renderLoadError(this.#panel, message, false);
        this.#report({ message, userRecoverable: false });
        return;
      }
      try {
        const response = await this.#request('');
        if (this.#destroyed) return;
        if (!response.ok) {
          // Without the list the panel has nothing to offer, unless trying again can help.
          const args = await errorArgsFrom(
            response,
            (_status, body) => String(body.canBeRetried).toLowerCase() === 'true',
          );
          if (this.#destroyed) return;
          renderLoadError(
            this.#panel,
            "Your connections couldn't be loaded.",
            args.userRecoverable,
          );
          this.#report(args);
          return;
        }
        const page = (await response.json()) as { results?: CodatConnection[] };
        if (this.#destroyed) return;
        this.#connections = page.results ?? [];
        renderConnections(this.#panel, this.#connections, undefined);
      } catch (error) {
        if (isAbort(error) || this.#destroyed) return;
        renderLoadError(this.#panel, "Codat couldn't be reached.", true);
        this.#report({
          message: `Codat couldn't be reached: ${String(error)}`,
          userRecoverable: true,
        });
      }
    }

    #onClick = (event: MouseEvent): void => {
      const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button');
      if (!button || !this.#panel.root.contains(button)) return;
      const action = button.dataset.action;
      if (action === 'close') {
        this.#props.onClose?.();
        return;
      }
      if (action === 'reload') {
        this.#panel.body.replaceChildren();
        void this.#load();
        return;
      }
      const connectionId =
        button.closest<HTMLElement>('[data-connection-id]')?.dataset.connectionId;
      if ((action === 'disconnect' || action === 'reconnect') && connectionId) {
        void this.#change(connectionId, action);
      }
    };

    async #change(connectionId: string, action: 'disconnect' | 'reconnect'): Promise<void> {
      if (this.#busyId !== undefined) return;
      const connection = this.#connections.find((candidate) => candidate.id === connectionId);
      if (!connection || actionFor(connection.status) !== action) return;
      this.#busyId = connectionId;
      this.#panel.alert.textContent = '';
      const document = this.#panel.root.ownerDocument;
      const focus = this.#panel.body.contains(document.activeElement);
      this.#show(connectionId, focus);
      try {
        const response =
          action === 'disconnect'
            ? await this.#request(`/${encodeURIComponent(connectionId)}`, {
                method: 'PATCH',
                body: JSON.stringify({ status: 'Unlinked' }),
              })
            : await this.#request(`/${encodeURIComponent(connectionId)}/authorization`, {
                method: 'PUT',
                body: JSON.stringify({}),
              });
        if (this.#destroyed) return;
        this.#busyId = undefined;
        if (!response.ok) {
          // The list still works: only an authentication failure leaves the user stuck.
          const args = await errorArgsFrom(response, (status) => status !== 401 && status !== 403);
          if (this.#destroyed) return;
          this.#panel.alert.textContent = `${connection.platformName}: ${args.message}`;
          this.#show(connectionId, focus);
          this.#report(args);
          return;
        }
        const updated = (await response.json()) as CodatConnection;
        if (this.#destroyed) return;
        this.#connections = this.#connections.map((candidate) =>
          candidate.id === connectionId ? updated : candidate,
        );
        this.#panel.announcer.textContent = `${updated.platformName} ${
          action === 'disconnect' ? 'was disconnected' : 'was reconnected'
        }.`;
        this.#show(connectionId, focus);
        if (action === 'disconnect') this.#props.onDisconnect?.({ connectionId });
        else this.#props.onReconnect?.({ connectionId });
      } catch (error) {
        if (isAbort(error) || this.#destroyed) return;
        this.#busyId = undefined;
        this.#panel.alert.textContent = `${connection.platformName}: Codat couldn't be reached.`;
        this.#show(connectionId, focus);
        this.#report({
          message: `Codat couldn't be reached: ${String(error)}`,
          userRecoverable: true,
        });
      }
    }

    /** Re-renders the list; with `focus`, focus goes to the changed connection's button. */
    #show(connectionId: string, focus: boolean): void {
      renderConnections(this.#panel, this.#connections, this.#busyId);
      if (!focus) return;
      const row = Array.from(
        this.#panel.body.querySelectorAll<HTMLElement>('[data-connection-id]'),
      ).find((candidate) => candidate.dataset.connectionId === connectionId);
      (row?.querySelector('button') ?? this.#panel.root.querySelector('button'))?.focus();
    }
  };
}
