import { CODAT_COMPANY_IDS, SANDBOX_CODAT_API_KEY } from '@plugboard/sandbox';
import { describe, expect, it, vi } from 'vitest';
import {
  type CodatAccessTokenHandlerOptions,
  CodatApiError,
  createCodatAccessTokenHandler,
} from '../src/index';
import { noRetries, readSafely, useSandboxServer } from './sandboxServer';

const sandboxServer = useSandboxServer();
const goneServer = useSandboxServer({ codatDeprecatedEndpointGone: true });
const WRONG_KEY = 'codat_live_key_that_must_not_leak';
const SECRETS = [SANDBOX_CODAT_API_KEY, WRONG_KEY];
const companyId = CODAT_COMPANY_IDS.bluefinLogistics;

function handlerWith(overrides: Partial<CodatAccessTokenHandlerOptions> = {}) {
  const onError = vi.fn();
  const handler = createCodatAccessTokenHandler({
    apiKey: SANDBOX_CODAT_API_KEY,
    baseUrl: sandboxServer.baseUrl,
    resolveCompanyId: async () => companyId,
    onError,
    ...overrides,
  });
  return { handler, onError };
}

const request = (init: RequestInit = {}) =>
  new Request('https://app.example/api/codat-token', init);

interface TokenAnswer {
  accessToken: string;
  expiresIn: number;
  tokenType: string;
  expiresAt: string;
}

describe('createCodatAccessTokenHandler', () => {
  it.each(['GET', 'POST'])('answers %s with the token and no-store', async (method) => {
    const { handler, onError } = handlerWith();
    const before = Date.now();
    const response = await handler(request({ method }));
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = (await readSafely(response, SECRETS)) as TokenAnswer;
    expect(Object.keys(body).sort()).toEqual([
      'accessToken',
      'expiresAt',
      'expiresIn',
      'tokenType',
    ]);
    expect(body.expiresIn).toBe(86_400);
    expect(body.tokenType).toBe('Bearer');
    expect(new Date(body.expiresAt).getTime()).toBeGreaterThanOrEqual(before + 86_400_000);
    const connections = await fetch(`${sandboxServer.baseUrl}/companies/${companyId}/connections`, {
      headers: { authorization: `Bearer ${body.accessToken}` },
    });
    expect(connections.status).toBe(200);
    expect(onError).not.toHaveBeenCalled();
  });

  it('uses the deprecated endpoint when asked: one-hour tokens', async () => {
    const { handler } = handlerWith({ endpoint: 'connectionManagement' });
    const body = (await readSafely(await handler(request()), SECRETS)) as TokenAnswer;
    expect(body.expiresIn).toBe(3600);
    expect(body.tokenType).toBe('Bearer');
  });

  it.each(['PUT', 'PATCH', 'DELETE', 'OPTIONS'])(
    'answers %s with 405 and Allow: GET, POST',
    async (method) => {
      const resolveCompanyId = vi.fn(async () => companyId);
      const { handler } = handlerWith({ resolveCompanyId });
      const response = await handler(request({ method }));
      expect(response.status).toBe(405);
      expect(response.headers.get('allow')).toBe('GET, POST');
      await readSafely(response, SECRETS);
      expect(resolveCompanyId).not.toHaveBeenCalled();
    },
  );

  it.each([null, undefined])('answers 401 when resolveCompanyId returns %s', async (none) => {
    const { handler } = handlerWith({ resolveCompanyId: async () => none });
    const response = await handler(request());
    expect(response.status).toBe(401);
    expect(await readSafely(response, SECRETS)).toEqual({ error: 'Not signed in.' });
  });

  it('answers 500 with a safe message when resolveCompanyId throws', async () => {
    const failure = new Error('redis://:hunter2@cache refused');
    const { handler, onError } = handlerWith({
      resolveCompanyId: async () => {
        throw failure;
      },
    });
    const incoming = request();
    const response = await handler(incoming);
    expect(response.status).toBe(500);
    expect(await readSafely(response, [...SECRETS, 'hunter2'])).toEqual({
      error: 'Internal server error.',
    });
    expect(onError).toHaveBeenCalledWith(failure, incoming);
  });

  it('answers 502 {error, status, correlationId} for an unknown company', async () => {
    const { handler, onError } = handlerWith({ resolveCompanyId: async () => 'no-such-company' });
    const response = await handler(request());
    expect(response.status).toBe(502);
    const body = (await readSafely(response, SECRETS)) as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(['correlationId', 'error', 'status']);
    expect(body.status).toBe(404);
    const reported = onError.mock.calls[0]?.[0] as CodatApiError;
    expect(reported).toBeInstanceOf(CodatApiError);
    expect(body.correlationId).toBe(reported.correlationId);
    // Codat's own wording does not come through.
    expect(JSON.stringify(body)).not.toContain('No company was found');
  });

  it('answers 502 with status 401 for a wrong key, which appears nowhere', async () => {
    const { handler } = handlerWith({ apiKey: WRONG_KEY });
    const response = await handler(request());
    expect(response.status).toBe(502);
    expect(await readSafely(response, SECRETS)).toMatchObject({
      error: "The Codat API refused the server's credentials.",
      status: 401,
    });
  });

  it.each([402, 403, 429, 500, 503])(
    'answers a Codat %i with 502 and that status',
    async (status) => {
      sandboxServer.sandbox.faults.add({ operationId: 'get-company-access-token', status });
      const { handler } = handlerWith({ retries: noRetries });
      const response = await handler(request());
      expect(response.status).toBe(502);
      const body = (await readSafely(response, SECRETS)) as Record<string, unknown>;
      expect(body.status).toBe(status);
      expect(body.correlationId).toMatch(/^\w{8,}$/);
    },
  );

  it('answers 502 with status 404 once the deprecated endpoint is gone', async () => {
    const { handler } = handlerWith({
      baseUrl: goneServer.baseUrl,
      endpoint: 'connectionManagement',
    });
    const response = await handler(request());
    expect(response.status).toBe(502);
    expect(await readSafely(response, SECRETS)).toMatchObject({ status: 404 });
  });

  it('ignores a company id claimed in the request: the resolver decides', async () => {
    const resolveCompanyId = vi.fn(async (incoming: Request) =>
      incoming.headers.get('authorization') === 'Bearer app-user-token' ? companyId : null,
    );
    const { handler } = handlerWith({ resolveCompanyId });
    const other = CODAT_COMPANY_IDS.northwindBakery;
    const response = await handler(
      request({
        method: 'POST',
        headers: { authorization: 'Bearer app-user-token', 'content-type': 'application/json' },
        body: JSON.stringify({ companyId: other }),
      }),
    );
    const body = (await readSafely(response, SECRETS)) as TokenAnswer;
    const own = await fetch(`${sandboxServer.baseUrl}/companies/${companyId}/connections`, {
      headers: { authorization: `Bearer ${body.accessToken}` },
    });
    const claimed = await fetch(`${sandboxServer.baseUrl}/companies/${other}/connections`, {
      headers: { authorization: `Bearer ${body.accessToken}` },
    });
    expect(own.status).toBe(200);
    expect(claimed.status).toBe(403);
  });
});
