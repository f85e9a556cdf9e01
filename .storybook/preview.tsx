import { createVaultClient, type VaultClient } from '@plugboard/core';
import { PlugboardProvider } from '@plugboard/react';
import {
  createSandbox,
  generateCatalogue,
  type Sandbox,
  type SandboxFault,
} from '@plugboard/sandbox';
import { sandboxHandlers } from '@plugboard/sandbox/msw';
import type { Decorator, Loader, Preview } from '@storybook/react-vite';
import { QueryClient } from '@tanstack/react-query';
import { setupWorker } from 'msw/browser';
import '@plugboard/ui/styles.css';
import './preview.css';

/** What a story can ask of the sandbox through `parameters.sandbox`. */
export interface SandboxParameters {
  /** Faults to inject for this story (e.g. `{ operationId: 'connectionsAll', status: 500 }`). */
  faults?: SandboxFault[];
  /** Serve a generated catalogue of this many connectors instead of the hand-written one. */
  catalogueSize?: number;
  /** Session settings (`allow_actions`, `hide_resource_settings` …). */
  session?: Record<string, unknown>;
}

const defaultSandbox = createSandbox();
const largeSandboxes = new Map<number, Sandbox>();
let current: Sandbox = defaultSandbox;

// One service worker for the whole Storybook; it forwards to whichever sandbox the story uses.
const delegate = {
  get baseUrl() {
    return current.baseUrl;
  },
  handle: (request: Request) => current.handle(request),
} as unknown as Sandbox;
const worker = setupWorker(...sandboxHandlers(delegate));
const workerStarted = worker.start({
  onUnhandledRequest: 'bypass',
  quiet: true,
  serviceWorker: { url: '/mockServiceWorker.js' },
});

function sandboxFor(parameters: SandboxParameters): Sandbox {
  const size = parameters.catalogueSize;
  if (!size) return defaultSandbox;
  let sandbox = largeSandboxes.get(size);
  if (!sandbox) {
    sandbox = createSandbox({ catalogue: generateCatalogue({ size, seed: 2026 }) });
    largeSandboxes.set(size, sandbox);
  }
  return sandbox;
}

/** Every story starts from a freshly reset sandbox, a new session and an empty query cache. */
const sandboxLoader: Loader = async ({ parameters }) => {
  await workerStarted;
  const options = (parameters.sandbox ?? {}) as SandboxParameters;
  current = sandboxFor(options);
  await current.reset();
  current.faults.clear();
  for (const fault of options.faults ?? []) current.faults.add(fault);
  const session = await current.createSessionToken({
    consumerId: 'test-consumer',
    settings: options.session,
  });
  const client = createVaultClient({
    session,
    retries: { strategy: 'backoff', backoff: { initialInterval: 50, maxElapsedTime: 400 } },
  });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return { plugboardClient: client, queryClient, sandbox: current };
};

const withPlugboard: Decorator = (Story, { loaded }) => (
  <PlugboardProvider
    client={loaded.plugboardClient as VaultClient}
    queryClient={loaded.queryClient as QueryClient}
  >
    <Story />
  </PlugboardProvider>
);

const preview: Preview = {
  loaders: [sandboxLoader],
  decorators: [withPlugboard],
  parameters: {
    layout: 'padded',
    // Stories run as tests with an axe check each; a violation fails the test.
    a11y: { test: 'error' },
    controls: { matchers: { color: /(background|color)$/i, date: /Date$/i } },
  },
};

export default preview;
