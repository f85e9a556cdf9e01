import { CODAT_COMPANY_IDS, SANDBOX_CODAT_API_KEY, type SandboxFault } from '@plugboard/sandbox';
import { createCodatAccessTokenHandler } from '@plugboard/server';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { CodatConnectionsLauncher } from '../src/CodatConnectionsLauncher/CodatConnectionsLauncher';
import { renderUi } from './renderUi';
import { sandbox } from './sandbox';

// The Codat side of the fault matrix: the company token (fetched by the app's backend through
// @plugboard/server's handler), and the list and unlink calls the Connections SDK makes with that
// token (the sandbox's fake SDK), × every way a call can fail. A 401 on an SDK call means the
// token expired: the launcher fetches a new one and mounts the SDK again.

const companyId = CODAT_COMPANY_IDS.northwindBakery;

const handler = createCodatAccessTokenHandler({
  apiKey: SANDBOX_CODAT_API_KEY,
  resolveCompanyId: () => companyId,
  retries: {
    strategy: 'backoff',
    backoff: { initialInterval: 5, maxInterval: 20, maxElapsedTime: 300 },
  },
  timeoutMs: 250,
  // The app's own error reporting; tested in @plugboard/server.
  onError: () => undefined,
});

/** The app's front end asking its backend for a token, as the launcher's docs show. */
async function getAccessToken() {
  const response = await handler(
    new Request('https://app.example/api/codat-token', { method: 'POST' }),
  );
  const body = await response.json();
  if (!response.ok) {
    throw Object.assign(new Error(body.error), { correlationId: body.correlationId });
  }
  return body as { accessToken: string; expiresIn: number };
}

const loadSdk = () => import('@plugboard/sandbox/codat-sdk');

interface FaultCase {
  name: string;
  fault: Omit<SandboxFault, 'operationId'>;
  /** `recovers`: the launcher gets a new token and the SDK works again. */
  expected: 'recovers' | 'message';
}

/**
 * Answers the SDK takes as they come. It reads only what it shows: a list whose other fields
 * break the schema still lists, and an unlink answer with a status it does not know shows that
 * status with no action to offer. (The token, read by @plugboard/server, must match the schema.)
 */
const tolerated: Record<string, Record<string, (dialog: HTMLElement) => Promise<void>>> = {
  'list-connections': {
    'schema-breaking body': async (dialog) => {
      await within(dialog).findByRole('button', { name: 'Disconnect Quillbooks' });
    },
  },
  'unlink-connection': {
    'schema-breaking body': async (dialog) => {
      await waitFor(() =>
        expect(within(dialog).queryByRole('button', { name: /Quillbooks$/ })).toBeNull(),
      );
      expect(within(dialog).getByText('Quillbooks')).toBeVisible();
    },
  },
};

const FAULTS: FaultCase[] = [
  { name: '400', fault: { status: 400 }, expected: 'message' },
  { name: '401 expired, new token', fault: { status: 401, times: 1 }, expected: 'recovers' },
  { name: '401 every time', fault: { status: 401 }, expected: 'message' },
  { name: '402', fault: { status: 402 }, expected: 'message' },
  { name: '404', fault: { status: 404 }, expected: 'message' },
  { name: '409', fault: { status: 409 }, expected: 'message' },
  { name: '422', fault: { status: 422 }, expected: 'message' },
  { name: '429 Retry-After', fault: { status: 429, retryAfter: '30' }, expected: 'message' },
  { name: '500', fault: { status: 500 }, expected: 'message' },
  { name: '503', fault: { status: 503 }, expected: 'message' },
  { name: 'network failure', fault: { drop: true }, expected: 'message' },
  { name: 'timeout', fault: { latencyMs: 1000, status: 503 }, expected: 'message' },
  { name: 'malformed JSON', fault: { body: 'malformed-json' }, expected: 'message' },
  { name: 'schema-breaking body', fault: { body: 'schema-violation' }, expected: 'message' },
];

interface CodatOperation {
  operationId: string;
  /** A 401 from Codat on the token call is a wrong API key, not an expired token. */
  refreshes: boolean;
  /**
   * Steps after the launcher opened, up to the failing call. A 401 makes the launcher mount the
   * SDK again with a new token; the user then tries once more (`again`).
   */
  trigger: (
    user: ReturnType<typeof userEvent.setup>,
    dialog: HTMLElement,
    again: boolean,
  ) => Promise<void>;
  success: (dialog: HTMLElement) => Promise<void>;
}

const listed = async (dialog: HTMLElement) => {
  await within(dialog).findByRole('button', { name: 'Disconnect Quillbooks' });
};

const OPERATIONS: CodatOperation[] = [
  {
    operationId: 'get-company-access-token',
    refreshes: false,
    trigger: async () => {},
    success: listed,
  },
  { operationId: 'list-connections', refreshes: true, trigger: async () => {}, success: listed },
  {
    operationId: 'unlink-connection',
    refreshes: true,
    trigger: async (user, dialog, again) => {
      const disconnect = () =>
        within(dialog).findByRole('button', { name: 'Disconnect Quillbooks' });
      const first = await disconnect();
      await user.click(first);
      if (again) {
        // A fresh SDK lists the connections again; Disconnect is a new button.
        await waitFor(() => expect(first.isConnected).toBe(false));
        await user.click(await disconnect());
      }
    },
    success: async (dialog) => {
      await within(dialog).findByRole('button', { name: 'Reconnect Quillbooks' });
    },
  },
];

let ran = 0;
let held = 0;
afterAll(() => {
  console.log(`Codat fault matrix: ${ran} cases ran, ${held} held`);
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe.each(OPERATIONS)('Codat fault matrix: $operationId', (operation) => {
  const cases = FAULTS.filter(
    (faultCase) => operation.refreshes || faultCase.name !== '401 expired, new token',
  );
  it.each(cases)('$name', async (faultCase) => {
    ran += 1;
    const consoleErrors = vi.spyOn(console, 'error');
    const uncaught: unknown[] = [];
    const onRejection = (reason: unknown) => uncaught.push(reason);
    process.on('unhandledRejection', onRejection);
    try {
      sandbox.faults.add({ ...faultCase.fault, operationId: operation.operationId });
      const onError = vi.fn();
      const user = userEvent.setup();
      await renderUi(
        <CodatConnectionsLauncher
          companyId={companyId}
          getAccessToken={getAccessToken}
          loadSdk={loadSdk}
          onError={onError}
        />,
      );
      await user.click(screen.getByRole('button', { name: 'Manage connections' }));
      const dialog = await screen.findByRole('dialog', { name: 'Connections' });
      await operation.trigger(user, dialog, faultCase.name.startsWith('401'));

      const toleratedAnswer = tolerated[operation.operationId]?.[faultCase.name];
      if (toleratedAnswer) {
        await toleratedAnswer(dialog);
      } else if (faultCase.expected === 'recovers') {
        await operation.success(dialog);
        expect(within(dialog).queryByRole('alert')).toBeNull();
      } else {
        // Trying again cannot help: the launcher unmounts the SDK and says so, with Try again.
        // It can: the SDK stays open and says so itself (with its own Try again or Reload).
        await waitFor(() => expect(onError).toHaveBeenCalled());
        const reported = onError.mock.lastCall?.[0] as { reason: string; userRecoverable: boolean };
        const sdkSaysItself = reported.reason === 'sdk' && reported.userRecoverable;
        const alert = await waitFor(
          () => {
            const shown = sdkSaysItself
              ? dialog.querySelector<HTMLElement>(
                  '[data-codat-connections] [role="alert"]:not(:empty)',
                )
              : dialog.querySelector<HTMLElement>(
                  '[data-slot="codat-launcher-error"] [role="alert"]',
                );
            expect(shown).not.toBeNull();
            return shown as HTMLElement;
          },
          { timeout: 4000 },
        );
        expect(alert).toBeVisible();
        // The launcher's own words, or the SDK's (Codat's sentences), naming the connection.
        expect(alert.textContent).toMatch(
          /^(Connections could not be opened|Your connections couldn't be loaded|Codat couldn't be reached|Quillbooks: [A-Z].{8,})/,
        );
        expect(alert.textContent).not.toMatch(/\[object|undefined|\bnull\b|TypeError|\{"/);
      }
      expect(uncaught).toEqual([]);
      expect(consoleErrors).not.toHaveBeenCalled();
      held += 1;
    } finally {
      process.off('unhandledRejection', onRejection);
    }
  });
});
