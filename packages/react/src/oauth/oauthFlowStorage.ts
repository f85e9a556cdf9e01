import type { ConnectionRef } from '@plugboard/core';

/** A flow started in this tab, kept in sessionStorage so a full-page redirect can resume it. */
export interface PendingOAuthFlow extends ConnectionRef {
  kind: 'authorize' | 'revoke';
  nonce: string | undefined;
  /** The page to go back to after a full-page redirect. */
  returnTo: string;
  startedAt: number;
}

const PREFIX = 'plugboard:oauth:';
/** Flows older than this are ignored (Vault's confirm_token lives 30 minutes). */
const MAX_AGE_MS = 30 * 60_000;

function storage(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}

const keyFor = (flow: Pick<PendingOAuthFlow, 'kind' | 'nonce'>) =>
  `${PREFIX}${flow.kind === 'revoke' ? 'revoke' : flow.nonce}`;

export function savePendingOAuthFlow(flow: PendingOAuthFlow): void {
  storage()?.setItem(keyFor(flow), JSON.stringify(flow));
}

/** Takes (reads and removes) the pending flow a callback belongs to. */
export function takePendingOAuthFlow(lookup: {
  nonce?: string | undefined;
}): PendingOAuthFlow | undefined {
  const store = storage();
  if (!store) return undefined;
  const key = lookup.nonce ? `${PREFIX}${lookup.nonce}` : `${PREFIX}revoke`;
  const raw = store.getItem(key);
  store.removeItem(key);
  if (!raw) return undefined;
  try {
    const flow = JSON.parse(raw) as PendingOAuthFlow;
    return Date.now() - flow.startedAt < MAX_AGE_MS ? flow : undefined;
  } catch {
    return undefined;
  }
}
