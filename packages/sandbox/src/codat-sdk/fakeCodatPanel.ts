import type { CodatConnection, CodatConnectionStatus } from '../codat/codatTypes';

/** What the fake says about each status. */
const STATUS_TEXT: Record<CodatConnectionStatus, string> = {
  Linked: 'Connected',
  Unlinked: 'Disconnected',
  Deauthorized: 'Access revoked',
  PendingAuth: 'Waiting for authorization',
};

/** Which action a status offers: Disconnect a linked connection, Reconnect a broken one. */
export function actionFor(status: CodatConnectionStatus): 'disconnect' | 'reconnect' | undefined {
  if (status === 'Linked') return 'disconnect';
  if (status === 'Unlinked' || status === 'Deauthorized') return 'reconnect';
  return undefined;
}

const ACTION_TEXT = {
  disconnect: { idle: 'Disconnect', busy: 'Disconnecting…' },
  reconnect: { idle: 'Reconnect', busy: 'Reconnecting…' },
} as const;

function element<K extends keyof HTMLElementTagNameMap>(
  document: Document,
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The parts of the panel the fake updates. */
export interface FakeCodatPanel {
  root: HTMLElement;
  body: HTMLElement;
  alert: HTMLElement;
  announcer: HTMLElement;
}

/** The panel's frame: heading, Close, an alert line, a polite announcer and the body. */
export function renderPanel(document: Document, id: string): FakeCodatPanel {
  const root = element(document, 'section', 'pb-fake-codat');
  root.setAttribute('data-codat-connections', '');
  root.setAttribute('aria-labelledby', `${id}-title`);
  const header = element(document, 'header', 'pb-fake-codat__header');
  const title = element(document, 'h2', 'pb-fake-codat__title', 'Your connected accounts');
  title.id = `${id}-title`;
  const close = element(document, 'button', 'pb-fake-codat__button', 'Close connections');
  close.type = 'button';
  close.dataset.action = 'close';
  header.append(title, close);
  const announcer = element(document, 'p', 'pb-fake-codat__announcer');
  announcer.setAttribute('role', 'status');
  const body = element(document, 'div', 'pb-fake-codat__body');
  const alert = element(document, 'p', 'pb-fake-codat__alert');
  alert.setAttribute('role', 'alert');
  body.append(alert);
  const content = element(document, 'div', 'pb-fake-codat__content');
  content.append(element(document, 'p', 'pb-fake-codat__notice', 'Loading your connections…'));
  body.append(content);
  root.append(header, announcer, body);
  return { root, body: content, alert, announcer };
}

/** A failed first load: the message and, when the user can do something about it, Try again. */
export function renderLoadError(panel: FakeCodatPanel, message: string, canRetry: boolean): void {
  const document = panel.root.ownerDocument;
  const notice = element(document, 'p', 'pb-fake-codat__notice', message);
  notice.setAttribute('role', 'alert');
  const nodes: HTMLElement[] = [notice];
  if (canRetry) {
    const retry = element(document, 'button', 'pb-fake-codat__button', 'Try again');
    retry.type = 'button';
    retry.dataset.action = 'reload';
    nodes.push(retry);
  }
  panel.body.replaceChildren(...nodes);
}

/** One connection's row: name, source type and status, and its action button. */
function renderConnection(
  document: Document,
  connection: CodatConnection,
  busy: boolean,
): HTMLLIElement {
  const item = element(document, 'li', 'pb-fake-codat__item');
  item.dataset.connectionId = connection.id;
  item.dataset.status = connection.status;
  const meta = element(document, 'span', 'pb-fake-codat__meta', `${connection.sourceType} · `);
  const status = element(
    document,
    'span',
    'pb-fake-codat__status',
    STATUS_TEXT[connection.status] ?? connection.status,
  );
  status.dataset.status = connection.status;
  meta.append(status);
  item.append(element(document, 'span', 'pb-fake-codat__name', connection.platformName), meta);
  const action = actionFor(connection.status);
  if (action) {
    const text = ACTION_TEXT[action];
    const button = element(
      document,
      'button',
      'pb-fake-codat__button',
      busy ? text.busy : text.idle,
    );
    button.type = 'button';
    button.dataset.action = action;
    // The visible word starts the accessible name, so voice users can say what they see.
    button.setAttribute('aria-label', `${text.idle} ${connection.platformName}`);
    if (busy) button.setAttribute('aria-disabled', 'true');
    item.append(button);
  }
  return item;
}

/** The list of connections (or a line saying there are none). */
export function renderConnections(
  panel: FakeCodatPanel,
  connections: readonly CodatConnection[],
  busyId: string | undefined,
): void {
  const document = panel.root.ownerDocument;
  if (connections.length === 0) {
    panel.body.replaceChildren(
      element(document, 'p', 'pb-fake-codat__notice', 'No connected accounts yet.'),
    );
    return;
  }
  const list = element(document, 'ul', 'pb-fake-codat__list');
  for (const connection of connections) {
    list.append(renderConnection(document, connection, connection.id === busyId));
  }
  panel.body.replaceChildren(list);
}
