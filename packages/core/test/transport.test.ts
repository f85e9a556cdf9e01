import { delay, HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  ApiError,
  BadRequestError,
  ConflictError,
  createVaultClient,
  getConnection,
  listConnections,
  NetworkError,
  NotFoundError,
  PaymentRequiredError,
  ResponseValidationError,
  TimeoutError,
  UnauthorizedError,
  UnprocessableError,
  updateConnection,
} from '../src/index';
import { testSessionToken } from './testSession';

const BASE = 'https://vault.test';
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const connection = {
  id: 'crm+acme',
  service_id: 'acme',
  unified_api: 'crm',
  name: 'Acme CRM',
  state: 'callable',
};
const fastRetries = {
  strategy: 'backoff',
  backoff: { initialInterval: 5, maxInterval: 20, exponent: 2, maxElapsedTime: 2000 },
  retryConnectionErrors: true,
} as const;

function sessionClient(overrides: Partial<Parameters<typeof createVaultClient>[0]> = {}) {
  return createVaultClient({
    session: testSessionToken(),
    baseUrl: BASE,
    retries: fastRetries,
    ...overrides,
  } as never);
}

function errorBody(status: number, extra: Record<string, unknown> = {}) {
  return {
    status_code: status,
    error: 'Error',
    type_name: 'SomeError',
    message: `Message ${status}`,
    ...extra,
  };
}

describe('headers', () => {
  it('sends the session JWT and the ids from its claims', async () => {
    const seen: Headers[] = [];
    server.use(
      http.get(`${BASE}/vault/connections`, ({ request }) => {
        seen.push(request.headers);
        return HttpResponse.json({ status_code: 200, status: 'OK', data: [] });
      }),
    );
    const token = testSessionToken();
    await listConnections(createVaultClient({ session: token, baseUrl: BASE }));
    const headers = seen[0];
    expect(headers?.get('authorization')).toBe(`Bearer ${token}`);
    expect(headers?.get('x-apideck-auth-type')).toBe('JWT');
    expect(headers?.get('x-apideck-app-id')).toBe('app-from-claims');
    expect(headers?.get('x-apideck-consumer-id')).toBe('consumer-from-claims');
  });

  it('prefers explicit ids and merges client, request and per-call headers', async () => {
    const seen: Headers[] = [];
    server.use(
      http.get(`${BASE}/vault/connections/crm/acme`, ({ request }) => {
        seen.push(request.headers);
        return HttpResponse.json({ status_code: 200, status: 'OK', data: connection });
      }),
    );
    const client = sessionClient({
      appId: 'explicit-app',
      consumerId: 'explicit-consumer',
      headers: { 'x-trace': 'client' },
    });
    await getConnection(
      client,
      { unifiedApi: 'crm', serviceId: 'acme' },
      { headers: { 'x-call': 'yes' } },
    );
    expect(seen[0]?.get('x-apideck-app-id')).toBe('explicit-app');
    expect(seen[0]?.get('x-apideck-consumer-id')).toBe('explicit-consumer');
    expect(seen[0]?.get('x-trace')).toBe('client');
    expect(seen[0]?.get('x-call')).toBe('yes');
  });

  it('uses the API key as a bearer token without the JWT auth type', async () => {
    const seen: Headers[] = [];
    server.use(
      http.get(`${BASE}/vault/connections`, ({ request }) => {
        seen.push(request.headers);
        return HttpResponse.json({ status_code: 200, status: 'OK', data: [] });
      }),
    );
    await listConnections(
      createVaultClient({ apiKey: 'sk_test', appId: 'app', consumerId: 'c1', baseUrl: BASE }),
    );
    expect(seen[0]?.get('authorization')).toBe('Bearer sk_test');
    expect(seen[0]?.has('x-apideck-auth-type')).toBe(false);
    expect(seen[0]?.get('x-apideck-consumer-id')).toBe('c1');
  });

  it('refuses an API key where a document exists, and bad configuration', () => {
    vi.stubGlobal('document', {});
    try {
      expect(() => createVaultClient({ apiKey: 'sk_test', appId: 'app' })).toThrow(
        /never reach a browser/,
      );
    } finally {
      vi.unstubAllGlobals();
    }
    expect(() => createVaultClient({ session: 'not-a-jwt' })).toThrow(/readable JWT/);
    expect(() => createVaultClient({ apiKey: 'k' } as never)).toThrow(/appId/);
    expect(() => createVaultClient({} as never)).toThrow(/session/);
  });

  it('encodes path segments', async () => {
    const seen: string[] = [];
    server.use(
      http.get(`${BASE}/vault/connections/:api/:service`, ({ request }) => {
        seen.push(new URL(request.url).pathname);
        return HttpResponse.json({ status_code: 200, status: 'OK', data: connection });
      }),
    );
    await getConnection(sessionClient(), { unifiedApi: 'crm', serviceId: 'a/b c' });
    expect(seen[0]).toBe('/vault/connections/crm/a%2Fb%20c');
  });
});

describe('errors', () => {
  const cases = [
    [400, BadRequestError],
    [401, UnauthorizedError],
    [402, PaymentRequiredError],
    [404, NotFoundError],
    [409, ConflictError],
    [422, UnprocessableError],
    [418, ApiError],
    [500, ApiError],
  ] as const;

  it.each(cases)('maps %i to its error class and keeps the body', async (status, ErrorClass) => {
    server.use(
      http.get(`${BASE}/vault/connections`, () =>
        HttpResponse.json(
          errorBody(status, { detail: 'Something specific', ref: 'https://docs/x' }),
          { status },
        ),
      ),
    );
    const error = await listConnections(sessionClient({ retries: { strategy: 'none' } })).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ErrorClass);
    const typed = error as InstanceType<typeof ErrorClass>;
    expect(typed.status).toBe(status);
    expect(typed.message).toBe(`Message ${status}`);
    expect(typed.typeName).toBe('SomeError');
    expect(typed.detail).toBe('Something specific');
    expect(typed.ref).toBe('https://docs/x');
    expect(typed.body).toMatchObject({ status_code: status });
    expect(typed.response?.status).toBe(status);
  });

  it('exposes the fields a 400 names as a field → message map', async () => {
    server.use(
      http.patch(`${BASE}/vault/connections/crm/acme`, () =>
        HttpResponse.json(
          errorBody(400, {
            detail: {
              missing: [{ instance_url: 'required' }],
              invalid: [{ api_key: 'Too short' }],
            },
          }),
          { status: 400 },
        ),
      ),
    );
    const error = (await updateConnection(sessionClient(), {
      unifiedApi: 'crm',
      serviceId: 'acme',
      connection: { settings: {} },
    }).catch((e: unknown) => e)) as BadRequestError;
    expect(error.fieldErrors).toEqual({
      instance_url: 'This field is required.',
      api_key: 'Too short',
    });
  });

  it('flags an expired session on 401 "Invalid Authorization Token"', async () => {
    server.use(
      http.get(`${BASE}/vault/connections`, () =>
        HttpResponse.json(errorBody(401, { detail: 'Invalid Authorization Token' }), {
          status: 401,
        }),
      ),
    );
    const error = (await listConnections(sessionClient()).catch(
      (e: unknown) => e,
    )) as UnauthorizedError;
    expect(error).toBeInstanceOf(UnauthorizedError);
    expect(error.isSessionExpired).toBe(true);
  });

  it('keeps a non-JSON error body as text', async () => {
    server.use(
      http.get(
        `${BASE}/vault/connections`,
        () => new HttpResponse('<html>Bad gateway</html>', { status: 502 }),
      ),
    );
    const error = (await listConnections(sessionClient({ retries: { strategy: 'none' } })).catch(
      (e: unknown) => e,
    )) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(502);
    expect(error.body).toBe('<html>Bad gateway</html>');
  });
});

describe('response validation', () => {
  it('keeps unknown enum values and extra fields', async () => {
    server.use(
      http.get(`${BASE}/vault/connections`, () =>
        HttpResponse.json({
          status_code: 200,
          status: 'OK',
          data: [
            {
              ...connection,
              state: 'quantum',
              health: 'brand_new_health',
              brand_new_field: { a: 1 },
            },
          ],
        }),
      ),
    );
    const [first] = await listConnections(sessionClient());
    expect(first?.state).toBe('quantum');
    expect(first?.health).toBe('brand_new_health');
    expect(first?.brand_new_field).toEqual({ a: 1 });
  });

  it('turns a body of the wrong shape into a ResponseValidationError with the issues and raw body', async () => {
    const body = { status_code: 200, status: 'OK', data: [{ id: 5, service_id: 'x' }] };
    server.use(http.get(`${BASE}/vault/connections`, () => HttpResponse.json(body)));
    const error = (await listConnections(sessionClient()).catch(
      (e: unknown) => e,
    )) as ResponseValidationError;
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error.body).toEqual(body);
    expect(error.issues.map((issue) => issue.path.join('.'))).toEqual(
      expect.arrayContaining(['data.0.id', 'data.0.unified_api']),
    );
  });

  it('turns malformed JSON into a ResponseValidationError holding the text', async () => {
    server.use(
      http.get(
        `${BASE}/vault/connections`,
        () =>
          new HttpResponse('{"status_code": 200, "data": [', {
            headers: { 'content-type': 'application/json' },
          }),
      ),
    );
    const error = (await listConnections(sessionClient()).catch(
      (e: unknown) => e,
    )) as ResponseValidationError;
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error.body).toBe('{"status_code": 200, "data": [');
  });
});

describe('retries', () => {
  it('retries GET on 503 and honours Retry-After in seconds', async () => {
    const times: number[] = [];
    server.use(
      http.get(`${BASE}/vault/connections`, () => {
        times.push(Date.now());
        return times.length === 1
          ? HttpResponse.json(errorBody(503), { status: 503, headers: { 'retry-after': '1' } })
          : HttpResponse.json({ status_code: 200, status: 'OK', data: [connection] });
      }),
    );
    const result = await listConnections(sessionClient());
    expect(result).toHaveLength(1);
    expect(times).toHaveLength(2);
    expect((times[1] ?? 0) - (times[0] ?? 0)).toBeGreaterThanOrEqual(950);
  });

  it('honours Retry-After as an HTTP date', async () => {
    let calls = 0;
    server.use(
      http.get(`${BASE}/vault/connections`, () => {
        calls++;
        return calls === 1
          ? HttpResponse.json(errorBody(429), {
              status: 429,
              headers: { 'retry-after': new Date(Date.now() + 1000).toUTCString() },
            })
          : HttpResponse.json({ status_code: 200, status: 'OK', data: [] });
      }),
    );
    await expect(listConnections(sessionClient())).resolves.toEqual([]);
    expect(calls).toBe(2);
  });

  it('gives up at once when Retry-After is beyond maxElapsedTime', async () => {
    let calls = 0;
    server.use(
      http.get(`${BASE}/vault/connections`, () => {
        calls++;
        return HttpResponse.json(errorBody(429), {
          status: 429,
          headers: { 'retry-after': '120' },
        });
      }),
    );
    const started = Date.now();
    await expect(listConnections(sessionClient())).rejects.toBeInstanceOf(ApiError);
    expect(calls).toBe(1);
    expect(Date.now() - started).toBeLessThan(500);
  });

  it('retries 408 and 5XX until maxElapsedTime, then throws the last error', async () => {
    let calls = 0;
    server.use(
      http.get(`${BASE}/vault/connections`, () => {
        calls++;
        return HttpResponse.json(errorBody(calls % 2 ? 408 : 500), {
          status: calls % 2 ? 408 : 500,
        });
      }),
    );
    const client = sessionClient({
      retries: {
        strategy: 'backoff',
        backoff: { initialInterval: 5, maxInterval: 10, maxElapsedTime: 120 },
      },
    });
    await expect(listConnections(client)).rejects.toBeInstanceOf(ApiError);
    expect(calls).toBeGreaterThan(3);
  });

  it('does not retry 4XX other than 408 and 429', async () => {
    let calls = 0;
    server.use(
      http.get(`${BASE}/vault/connections`, () => {
        calls++;
        return HttpResponse.json(errorBody(404), { status: 404 });
      }),
    );
    await expect(listConnections(sessionClient())).rejects.toBeInstanceOf(NotFoundError);
    expect(calls).toBe(1);
  });

  it('does not retry PATCH by default, but does when the call asks', async () => {
    let calls = 0;
    server.use(
      http.patch(`${BASE}/vault/connections/crm/acme`, () => {
        calls++;
        return calls < 3
          ? HttpResponse.json(errorBody(503), { status: 503 })
          : HttpResponse.json({ status_code: 200, status: 'OK', data: connection });
      }),
    );
    const client = sessionClient();
    const params = { unifiedApi: 'crm', serviceId: 'acme', connection: { enabled: true } };
    await expect(updateConnection(client, params)).rejects.toBeInstanceOf(ApiError);
    expect(calls).toBe(1);
    await expect(updateConnection(client, params, { retries: fastRetries })).resolves.toMatchObject(
      { id: 'crm+acme' },
    );
    expect(calls).toBe(3);
  });

  it('retries a dropped connection, and reports a NetworkError when it keeps failing', async () => {
    let calls = 0;
    server.use(
      http.get(`${BASE}/vault/connections`, () => {
        calls++;
        return calls === 1
          ? HttpResponse.error()
          : HttpResponse.json({ status_code: 200, status: 'OK', data: [] });
      }),
    );
    await expect(listConnections(sessionClient())).resolves.toEqual([]);
    expect(calls).toBe(2);

    server.use(http.get(`${BASE}/vault/connections`, () => HttpResponse.error()));
    const noRetry = sessionClient({
      retries: { strategy: 'backoff', retryConnectionErrors: false },
    });
    await expect(listConnections(noRetry)).rejects.toBeInstanceOf(NetworkError);
  });
});

describe('timeouts and aborts', () => {
  it('throws TimeoutError when an attempt takes longer than timeoutMs', async () => {
    server.use(
      http.get(`${BASE}/vault/connections`, async () => {
        await delay(300);
        return HttpResponse.json({ status_code: 200, status: 'OK', data: [] });
      }),
    );
    const client = sessionClient({ timeoutMs: 40, retries: { strategy: 'none' } });
    await expect(listConnections(client)).rejects.toBeInstanceOf(TimeoutError);
  });

  it('retries after a timeout when the next attempt is fast', async () => {
    let calls = 0;
    server.use(
      http.get(`${BASE}/vault/connections`, async () => {
        calls++;
        if (calls === 1) await delay(300);
        return HttpResponse.json({ status_code: 200, status: 'OK', data: [] });
      }),
    );
    await expect(listConnections(sessionClient({ timeoutMs: 40 }))).resolves.toEqual([]);
    expect(calls).toBe(2);
  });

  it('rejects with the signal reason when aborted in flight', async () => {
    server.use(
      http.get(`${BASE}/vault/connections`, async () => {
        await delay(500);
        return HttpResponse.json({ status_code: 200, status: 'OK', data: [] });
      }),
    );
    const controller = new AbortController();
    const pending = listConnections(sessionClient(), {}, { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    const error = await pending.catch((e: unknown) => e);
    expect((error as Error).name).toBe('AbortError');
  });

  it('stops waiting between retries when aborted', async () => {
    let calls = 0;
    server.use(
      http.get(`${BASE}/vault/connections`, () => {
        calls++;
        return HttpResponse.json(errorBody(503), { status: 503, headers: { 'retry-after': '1' } });
      }),
    );
    const controller = new AbortController();
    const started = Date.now();
    const pending = listConnections(sessionClient(), {}, { signal: controller.signal });
    setTimeout(() => controller.abort(new Error('user left')), 50);
    await expect(pending).rejects.toThrow('user left');
    expect(calls).toBe(1);
    expect(Date.now() - started).toBeLessThan(600);
  });
});

describe('session refresh', () => {
  function expiringServer(validToken: () => string) {
    const seenTokens: string[] = [];
    server.use(
      http.get(`${BASE}/vault/connections`, ({ request }) => {
        const token = request.headers.get('authorization')?.replace('Bearer ', '') ?? '';
        seenTokens.push(token);
        return token === validToken()
          ? HttpResponse.json({ status_code: 200, status: 'OK', data: [] })
          : HttpResponse.json(errorBody(401, { detail: 'Invalid Authorization Token' }), {
              status: 401,
            });
      }),
    );
    return seenTokens;
  }

  it('refreshes once on an expired session and retries the call', async () => {
    const fresh = testSessionToken({ consumer_id: 'fresh' });
    const seen = expiringServer(() => fresh);
    const refreshSession = vi.fn(async () => fresh);
    const client = sessionClient({ refreshSession });
    await Promise.all([listConnections(client), listConnections(client), listConnections(client)]);
    expect(refreshSession).toHaveBeenCalledTimes(1);
    expect(seen.filter((token) => token === fresh)).toHaveLength(3);
    expect(client.consumerId).toBe('fresh');
  });

  it('throws the 401 when the refresh fails, and does not loop when the new token is refused too', async () => {
    expiringServer(() => 'never-valid');
    const failing = sessionClient({
      refreshSession: async () => Promise.reject(new Error('backend down')),
    });
    const error = (await listConnections(failing).catch((e: unknown) => e)) as UnauthorizedError;
    expect(error).toBeInstanceOf(UnauthorizedError);
    expect(error.isSessionExpired).toBe(true);

    const refreshSession = vi.fn(async () => testSessionToken({ consumer_id: 'still-bad' }));
    await expect(listConnections(sessionClient({ refreshSession }))).rejects.toBeInstanceOf(
      UnauthorizedError,
    );
    expect(refreshSession).toHaveBeenCalledTimes(1);
  });

  it('fetches the first token through refreshSession when created without one', async () => {
    const token = testSessionToken({ consumer_id: 'lazy' });
    const seen = expiringServer(() => token);
    const refreshSession = vi.fn(async () => token);
    const client = createVaultClient({ baseUrl: BASE, refreshSession });
    expect(client.consumerId).toBeUndefined();
    await Promise.all([listConnections(client), listConnections(client)]);
    expect(refreshSession).toHaveBeenCalledTimes(1);
    expect(seen).toEqual([token, token]);
    expect(client.consumerId).toBe('lazy');
  });
});
