import { createSandbox, type SandboxOptions } from '@plugboard/sandbox';
import { createSandboxServer } from '@plugboard/sandbox/node';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';

/**
 * One sandbox served over real HTTP per test file (`createSandboxServer({ port: 0 })`), reset
 * after every test.
 */
export function useSandboxServer(options: SandboxOptions = {}) {
  const sandbox = createSandbox(options);
  const server = createSandboxServer({ port: 0, sandbox });
  let baseUrl = '';
  beforeAll(async () => {
    ({ baseUrl } = await server.listen());
  });
  afterEach(async () => {
    await sandbox.reset();
  });
  afterAll(() => server.close());
  return {
    sandbox,
    /** The sandbox's origin; it serves both `/vault/…` and `/companies/…`. */
    get baseUrl() {
      return baseUrl;
    },
  };
}

/** No retries: for tests of error mapping rather than of the retry policy. */
export const noRetries = { strategy: 'none' } as const;

/** The forms a secret can leak in: as is, base64 (Basic auth), URL-encoded. */
function leakedForms(secret: string): string[] {
  return [secret, btoa(secret), encodeURIComponent(secret)];
}

/**
 * Reads a handler's answer and fails if any secret shows up in its status text, headers or body;
 * returns the body parsed as JSON.
 */
export async function readSafely(response: Response, secrets: string[]): Promise<unknown> {
  const text = await response.text();
  const headers = [...response.headers].map(([name, value]) => `${name}: ${value}`).join('\n');
  for (const form of secrets.flatMap(leakedForms)) {
    expect(text).not.toContain(form);
    expect(headers).not.toContain(form);
    expect(response.statusText).not.toContain(form);
  }
  return text === '' ? undefined : JSON.parse(text);
}

/** Fails if a secret shows up in an error's message, `toString()`, JSON or stack. */
export function expectNoSecretInError(error: unknown, secrets: string[]): void {
  const views = [
    String(error),
    JSON.stringify(error),
    error instanceof Error ? (error.stack ?? '') : '',
    error instanceof Error ? error.message : '',
  ].join('\n');
  for (const form of secrets.flatMap(leakedForms)) expect(views).not.toContain(form);
}

/** The rejection of a promise, for assertions on the error itself. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('Expected the promise to reject, but it resolved.');
}
