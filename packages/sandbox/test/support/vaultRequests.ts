import {
  CODAT_BASE_URL,
  DEFAULT_CONSUMER_ID,
  SANDBOX_API_KEY,
  SANDBOX_APP_ID,
  SANDBOX_CODAT_API_KEY,
  type Sandbox,
  VAULT_BASE_URL,
} from '../../src/index';

/** Server-side Vault headers: API key and app id, plus a consumer unless `null`. */
export function apiKeyHeaders(
  consumerId: string | null = DEFAULT_CONSUMER_ID,
): Record<string, string> {
  return {
    authorization: `Bearer ${SANDBOX_API_KEY}`,
    'x-apideck-app-id': SANDBOX_APP_ID,
    ...(consumerId === null ? {} : { 'x-apideck-consumer-id': consumerId }),
  };
}

/** Browser Vault headers, as Apideck's components send them: from the session JWT's claims. */
export function sessionHeaders(
  token: string,
  consumerId = DEFAULT_CONSUMER_ID,
): Record<string, string> {
  return {
    authorization: `Bearer ${token}`,
    'x-apideck-auth-type': 'JWT',
    'x-apideck-app-id': SANDBOX_APP_ID,
    'x-apideck-consumer-id': consumerId,
  };
}

/** Codat's server-side header. */
export function codatApiKeyHeaders(): Record<string, string> {
  return { authorization: `Basic ${btoa(SANDBOX_CODAT_API_KEY)}` };
}

export interface CallInit {
  method?: string;
  headers?: Record<string, string>;
  body?: unknown;
  baseUrl?: string;
}

/** A Request to the Vault (or, with `baseUrl`, anywhere) with a JSON body when given. */
export function apiRequest(path: string, init: CallInit = {}): Request {
  const headers = new Headers(init.headers);
  if (init.body !== undefined && !headers.has('content-type'))
    headers.set('content-type', 'application/json');
  return new Request(`${init.baseUrl ?? VAULT_BASE_URL}${path}`, {
    method: init.method ?? 'GET',
    headers,
    body:
      init.body === undefined
        ? undefined
        : typeof init.body === 'string'
          ? init.body
          : JSON.stringify(init.body),
  });
}

/** Calls `sandbox.handle` and parses the JSON body (undefined when empty). */
export async function call(
  sandbox: Sandbox,
  path: string,
  init: CallInit = {},
  // biome-ignore lint/suspicious/noExplicitAny: response bodies are inspected freely in tests.
): Promise<{ status: number; body: any; response: Response }> {
  const response = await sandbox.handle(apiRequest(path, init));
  const text = await response.clone().text();
  const isJson = (response.headers.get('content-type') ?? '').includes('json');
  return {
    status: response.status,
    body: text === '' ? undefined : isJson ? JSON.parse(text) : text,
    response,
  };
}

/** Calls the Codat side of the sandbox. */
export function callCodat(sandbox: Sandbox, path: string, init: CallInit = {}) {
  return call(sandbox, path, { baseUrl: CODAT_BASE_URL, headers: codatApiKeyHeaders(), ...init });
}
