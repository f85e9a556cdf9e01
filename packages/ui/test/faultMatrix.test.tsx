import { OAUTH_MESSAGE_TYPE, parseOAuthCallback } from '@plugboard/react';
import { SANDBOX_API_KEY, SANDBOX_APP_ID, type SandboxFault } from '@plugboard/sandbox';
import { createSession } from '@plugboard/server';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { IntegrationsPage } from '../src/IntegrationsPage/IntegrationsPage';
import { CONSUMER_ID } from './renderUi';
import { sandbox } from './sandbox';

// The fault matrix: every Vault operation the page performs × every way a call can go wrong,
// injected by the sandbox over HTTP (MSW). Each case drives the page as a user would and holds
// only when the user is told clearly what happened, nothing throws uncaught, and nothing they
// typed is lost. The client uses a short time limit and retry budget so that timeouts and
// retried failures settle quickly; everything else is the page's own provider and defaults.

const TIME_LIMIT_MS = 250;
const RETRIES = {
  strategy: 'backoff',
  backoff: { initialInterval: 5, maxInterval: 20, maxElapsedTime: 300 },
} as const;

/** Words a message must never show: internals, not sentences. */
const NOT_A_SENTENCE = /\[object|undefined|\bnull\b|NaN|status_code|TypeError|SyntaxError|\{"/;

/** A body that is not JSON, or not the documented shape, is one kind of failure to the user. */
const UNEXPECTED_ANSWER = /did not understand|could not be read/i;

interface FaultCase {
  name: string;
  fault: Omit<SandboxFault, 'operationId'>;
  /** What the user must read; `recovers` when the call must succeed after a session refresh. */
  expected: RegExp | 'recovers';
  /** The app's backend refuses to issue a new session. */
  refreshFails?: boolean;
}

const FAULTS: FaultCase[] = [
  { name: '400', fault: { status: 400 }, expected: /invalid|not accepted|verify/i },
  { name: '401 expired, refreshed', fault: { status: 401, times: 1 }, expected: 'recovers' },
  {
    name: '401 expired, refresh fails',
    fault: { status: 401 },
    refreshFails: true,
    expected: /session (has )?expired/i,
  },
  { name: '402', fault: { status: 402 }, expected: /limit/i },
  { name: '404', fault: { status: 404 }, expected: /not (be )?found|no longer/i },
  { name: '409', fault: { status: 409 }, expected: /conflict|changed/i },
  { name: '422', fault: { status: 422 }, expected: /invalid|not accepted|verify|unprocessable/i },
  { name: '429 Retry-After', fault: { status: 429, retryAfter: '30' }, expected: /too many/i },
  { name: '500', fault: { status: 500 }, expected: /problem|unexpected error/i },
  { name: '503', fault: { status: 503 }, expected: /problem|unavailable/i },
  { name: 'network failure', fault: { drop: true }, expected: /could not (be )?reach/i },
  {
    name: 'timeout',
    fault: { latencyMs: 1000, status: 503 },
    expected: /too long|could not (be )?reach/i,
  },
  { name: 'malformed JSON', fault: { body: 'malformed-json' }, expected: UNEXPECTED_ANSWER },
  {
    name: 'schema-breaking body',
    fault: { body: 'schema-violation' },
    expected: UNEXPECTED_ANSWER,
  },
];

interface Scene {
  user: ReturnType<typeof userEvent.setup>;
  dialog: () => HTMLElement;
  popup?: { closed: boolean; focus: () => void; close: () => void };
  open?: ReturnType<typeof vi.spyOn>;
}

interface OperationCase {
  operationId: string;
  /** The card to open before the operation, if the operation happens in its dialog. */
  connector?: string;
  /** Unsaved input typed before the operation: it must survive a failure. */
  draft?: {
    field: (scene: Scene) => Promise<HTMLElement>;
    value: string;
    /** Faults after which the form is rightly gone. */
    goneAfter?: string[];
  };
  trigger: (scene: Scene) => Promise<void>;
  /** The element that carries the failure message. */
  failure: (scene: Scene) => Promise<HTMLElement>;
  /** What the user sees when the operation succeeded. */
  success: (scene: Scene) => Promise<void>;
}

const settingsRegion = (scene: Scene) =>
  within(scene.dialog()).getByRole('region', { name: 'Settings' });
const leadsForm = (scene: Scene) => within(scene.dialog()).getByRole('form', { name: 'Leads' });
const announcer = (scene: Scene) =>
  scene.dialog().querySelector('[data-slot="details-announcer"]') as HTMLElement;
const dialogAlert = (scene: Scene) => within(scene.dialog()).findByRole('alert');
const announced = (text: string) => async (scene: Scene) => {
  await waitFor(() => expect(announcer(scene)).toHaveTextContent(text));
};
/** A text box of the connection's settings form, for an unsaved draft. */
const firstSettingsTextbox = async (scene: Scene) =>
  (await within(settingsRegion(scene)).findAllByRole('textbox'))[0] as HTMLElement;

/** Saving a form: the message shows in it, and "Saved" when the save went through. */
const savingIn = (
  form: (scene: Scene) => HTMLElement,
): Pick<OperationCase, 'trigger' | 'failure' | 'success'> => ({
  trigger: async (scene) => {
    await scene.user.click(within(form(scene)).getByRole('button', { name: 'Save' }));
  },
  failure: (scene) => within(form(scene)).findByRole('alert'),
  success: async (scene) => {
    await within(form(scene)).findByText('Saved');
  },
});

const OPERATIONS: OperationCase[] = [
  {
    operationId: 'connectionsAll',
    trigger: async () => {},
    failure: () => screen.findByRole('alert'),
    success: async () => {
      await screen.findByRole('button', { name: 'Open PipelinePro' });
    },
  },
  {
    operationId: 'connectionsOne',
    connector: 'Nimbus CRM',
    trigger: async () => {},
    failure: (scene) => dialogAlert(scene),
    success: async (scene) => {
      await within(settingsRegion(scene)).findByRole('textbox', { name: /Default owner/ });
      expect(within(scene.dialog()).queryByRole('alert')).toBeNull();
    },
  },
  {
    operationId: 'connectionsUpdate',
    connector: 'Nimbus CRM',
    draft: {
      field: (scene) =>
        within(settingsRegion(scene)).findByRole('textbox', { name: /Default owner/ }),
      value: 'draft-owner@acme.example',
    },
    ...savingIn(settingsRegion),
  },
  {
    operationId: 'connectionsDelete',
    connector: 'PipelinePro',
    draft: {
      field: firstSettingsTextbox,
      value: 'draft-value',
      // The real answer, made invalid: the connection was deleted, and its form with it.
      goneAfter: ['schema-breaking body'],
    },
    trigger: async (scene) => {
      await scene.user.click(within(scene.dialog()).getByRole('button', { name: 'Delete' }));
      const confirm = within(scene.dialog()).getByRole('group', { name: 'Delete PipelinePro?' });
      await scene.user.click(within(confirm).getByRole('button', { name: 'Delete' }));
    },
    failure: dialogAlert,
    success: announced('PipelinePro was deleted.'),
  },
  {
    operationId: 'connectionsImport',
    connector: 'Nimbus CRM',
    draft: {
      field: async (scene) => {
        const toggle = within(scene.dialog()).getByRole('button', {
          name: 'Import existing credentials',
        });
        if (toggle.getAttribute('aria-expanded') !== 'true') await scene.user.click(toggle);
        return within(scene.dialog()).getByLabelText('Access token');
      },
      value: 'at-draft-1',
    },
    trigger: async (scene) => {
      await scene.user.click(within(scene.dialog()).getByRole('button', { name: 'Import' }));
    },
    failure: (scene) =>
      within(
        within(scene.dialog()).getByRole('form', { name: /^Import .* credentials$/ }),
      ).findByRole('alert'),
    success: async (scene) => {
      await within(scene.dialog()).findByText(/imported/i);
    },
  },
  {
    operationId: 'connectionsToken',
    connector: 'Countwise',
    draft: { field: firstSettingsTextbox, value: 'draft-value' },
    trigger: async (scene) => {
      await scene.user.click(within(scene.dialog()).getByRole('button', { name: 'Authorize' }));
    },
    failure: dialogAlert,
    success: announced('Countwise is authorized.'),
  },
  {
    operationId: 'validateConnectionState',
    connector: 'Auditry',
    trigger: async (scene) => {
      await scene.user.click(
        within(scene.dialog()).getByRole('button', { name: 'Test connection' }),
      );
    },
    failure: dialogAlert,
    success: announced('Test finished'),
  },
  {
    operationId: 'connectionsConfirm',
    connector: 'OrgChartly',
    trigger: async (scene) => {
      const popup = { closed: false, focus: vi.fn(), close: () => (popup.closed = true) };
      const open = vi.spyOn(window, 'open').mockImplementation(() => popup as unknown as Window);
      await scene.user.click(within(scene.dialog()).getByRole('button', { name: 'Authorize' }));
      // The consent page approves; its landing page posts the result back to the opener.
      const landing = await sandbox.completeOAuthFlow(open.mock.calls[0]?.[0] as string, 'approve');
      const event = new MessageEvent('message', {
        data: { type: OAUTH_MESSAGE_TYPE, callback: parseOAuthCallback(landing) },
        origin: window.location.origin,
      });
      Object.defineProperty(event, 'source', { value: popup });
      window.dispatchEvent(event);
    },
    failure: dialogAlert,
    success: announced('OrgChartly is authorized.'),
  },
  {
    operationId: 'connectionSettingsAll',
    connector: 'Nimbus CRM',
    trigger: async () => {},
    failure: (scene) =>
      within(leadsForm(scene)).findByText(/could not be loaded/, {
        selector: '[role="alert"], [role="status"], p',
      }),
    success: async (scene) => {
      await waitFor(() =>
        expect(within(leadsForm(scene)).getByRole('combobox', { name: 'Lead source' })).toHaveValue(
          'referral',
        ),
      );
      expect(within(leadsForm(scene)).queryByText(/could not be loaded/)).toBeNull();
    },
  },
  {
    operationId: 'connectionSettingsUpdate',
    connector: 'Nimbus CRM',
    draft: {
      field: async (scene) => {
        const leadSource = await within(leadsForm(scene)).findByRole('combobox', {
          name: 'Lead source',
        });
        // The saved value arrives with the resource's config; type only once it is there.
        await waitFor(() => expect(leadSource).not.toHaveValue(''));
        return leadSource;
      },
      value: 'event',
    },
    ...savingIn(leadsForm),
  },
];

async function typeDraft(scene: Scene, field: HTMLElement, value: string) {
  if (field instanceof HTMLSelectElement) {
    await scene.user.selectOptions(field, value);
  } else {
    await scene.user.clear(field);
    await scene.user.type(field, value);
  }
}

let ran = 0;
let held = 0;
afterAll(() => {
  console.log(`fault matrix: ${ran} cases ran, ${held} held`);
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe.each(OPERATIONS)('fault matrix: $operationId', (operation) => {
  it.each(FAULTS)('$name', async (faultCase) => {
    ran += 1;
    const consoleErrors = vi.spyOn(console, 'error');
    const uncaught: unknown[] = [];
    const onError = (event: ErrorEvent) => uncaught.push(event.error ?? event.message);
    const onRejection = (reason: unknown) => uncaught.push(reason);
    window.addEventListener('error', onError);
    process.on('unhandledRejection', onRejection);
    try {
      const refresh = vi.fn(async () => {
        const session = await createSession({
          apiKey: SANDBOX_API_KEY,
          appId: SANDBOX_APP_ID,
          consumerId: CONSUMER_ID,
        });
        return session.sessionToken;
      });
      const onSessionExpired = vi.fn();
      const session = await sandbox.createSessionToken({ consumerId: CONSUMER_ID });
      sandbox.faults.add({ ...faultCase.fault, operationId: operation.operationId });
      if (faultCase.refreshFails)
        sandbox.faults.add({ operationId: 'sessionsCreate', status: 401 });

      const scene: Scene = {
        user: userEvent.setup(),
        dialog: () => screen.getByRole('dialog', { name: operation.connector }),
      };
      render(
        <IntegrationsPage
          config={{ session, retries: RETRIES, timeoutMs: TIME_LIMIT_MS }}
          getSessionToken={refresh}
          onSessionExpired={onSessionExpired}
        />,
      );
      if (operation.connector) {
        await scene.user.click(
          await screen.findByRole('button', { name: `Open ${operation.connector}` }),
        );
        await screen.findByRole('dialog', { name: operation.connector });
      }
      let draftField: HTMLElement | undefined;
      if (operation.draft) {
        draftField = await operation.draft.field(scene);
        await typeDraft(scene, draftField, operation.draft.value);
      }
      await operation.trigger(scene);

      if (faultCase.expected === 'recovers') {
        await operation.success(scene);
        expect(refresh).toHaveBeenCalledTimes(1);
        expect(onSessionExpired).not.toHaveBeenCalled();
      } else {
        const message = await operation.failure(scene);
        expect(message).toBeVisible();
        expect(message.textContent).toMatch(faultCase.expected);
        expect(message.textContent).not.toMatch(NOT_A_SENTENCE);
        if (faultCase.refreshFails) expect(onSessionExpired).toHaveBeenCalled();
      }
      if (
        operation.draft &&
        draftField &&
        faultCase.expected !== 'recovers' &&
        !operation.draft.goneAfter?.includes(faultCase.name)
      ) {
        // The same field, or the one that replaced it, still holds what the user typed.
        const current = await operation.draft.field(scene);
        expect(current).toHaveValue(operation.draft.value);
      }
      expect(uncaught).toEqual([]);
      expect(consoleErrors).not.toHaveBeenCalled();
      held += 1;
    } finally {
      window.removeEventListener('error', onError);
      process.off('unhandledRejection', onRejection);
    }
  });
});
