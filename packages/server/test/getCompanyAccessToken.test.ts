import { NetworkError, ResponseValidationError } from '@plugboard/core';
import { CODAT_COMPANY_IDS, SANDBOX_CODAT_API_KEY } from '@plugboard/sandbox';
import { describe, expect, it } from 'vitest';
import {
  CodatApiError,
  codatErrorFromResponse,
  DEFAULT_CODAT_RETRIES,
  getCompanyAccessToken,
} from '../src/index';
import { expectNoSecretInError, noRetries, rejectionOf, useSandboxServer } from './sandboxServer';

const sandboxServer = useSandboxServer();
/** A second sandbox, as Codat will behave after 2026-10-12. */
const goneServer = useSandboxServer({ codatDeprecatedEndpointGone: true });
const { sandbox } = sandboxServer;
const companyId = CODAT_COMPANY_IDS.northwindBakery;
const COMPANY_OPERATION = 'get-company-access-token';
const options = () => ({ apiKey: SANDBOX_CODAT_API_KEY, baseUrl: sandboxServer.baseUrl });

/** Requests a company token works with: the Connections SDK's own calls, with the token. */
async function listConnectionsWith(accessToken: string): Promise<Response> {
  return fetch(`${sandboxServer.baseUrl}/companies/${companyId}/connections`, {
    headers: { authorization: `Bearer ${accessToken}` },
  });
}

describe('getCompanyAccessToken', () => {
  it('gets a one-day token from the company endpoint (the default)', async () => {
    const before = Date.now();
    const token = await getCompanyAccessToken(companyId, options());
    expect(token.tokenType).toBe('Bearer');
    expect(token.expiresIn).toBe(86_400);
    expect(token.accessToken).toMatch(/\S{20,}/);
    expect(token.expiresAt.getTime()).toBeGreaterThanOrEqual(before + 86_400_000);
    expect(token.expiresAt.getTime()).toBeLessThanOrEqual(Date.now() + 86_400_000);
    expect((await listConnectionsWith(token.accessToken)).status).toBe(200);
  });

  it('gets a one-hour token from the deprecated connectionManagement endpoint', async () => {
    const before = Date.now();
    const token = await getCompanyAccessToken(companyId, {
      ...options(),
      endpoint: 'connectionManagement',
    });
    expect(token.expiresIn).toBe(3600);
    expect(token.tokenType).toBe('Bearer');
    expect(token.expiresAt.getTime()).toBeGreaterThanOrEqual(before + 3_600_000);
    expect(token.expiresAt.getTime()).toBeLessThanOrEqual(Date.now() + 3_600_000);
    expect((await listConnectionsWith(token.accessToken)).status).toBe(200);
  });

  it('answers an unknown company with CodatApiError 404 and a correlation id', async () => {
    const error = await rejectionOf(getCompanyAccessToken('no-such-company', options()));
    expect(error).toBeInstanceOf(CodatApiError);
    const codatError = error as CodatApiError;
    expect(codatError.status).toBe(404);
    expect(codatError.correlationId).toMatch(/^\w{8,}$/);
    expect(codatError.message).toContain('no-such-company');
    expect(codatError.message).toContain(codatError.correlationId);
    expect(codatError.service).toBe('ClientsApi');
    expect(codatError.canBeRetried).toBe('False');
    expect(codatError.isRetryable).toBe(false);
    expect(codatError.response?.status).toBe(404);
    expect(codatError.body).toMatchObject({ statusCode: 404 });
  });

  it('refuses a wrong key with CodatApiError 401 that never shows the key', async () => {
    const wrongKey = 'codat-live-key-that-must-not-leak';
    const error = await rejectionOf(
      getCompanyAccessToken(companyId, { ...options(), apiKey: wrongKey }),
    );
    expect(error).toBeInstanceOf(CodatApiError);
    expect((error as CodatApiError).status).toBe(401);
    expect((error as CodatApiError).message).toMatch(/API key/);
    expectNoSecretInError(error, [wrongKey]);
  });

  describe.each([
    { status: 401, message: /refused the API key/, retryable: false },
    { status: 402, message: /requires payment/, retryable: false },
    { status: 403, message: /refused access/, retryable: false },
    { status: 404, message: /found no company/, retryable: false },
    { status: 429, message: /rate limiting/, retryable: true },
    { status: 500, message: /internal error/, retryable: true },
    { status: 503, message: /temporarily unavailable/, retryable: true },
  ])('a forced $status', ({ status, message, retryable }) => {
    it.each([
      ['company', COMPANY_OPERATION],
      ['connectionManagement', 'get-connection-management-access-token'],
    ] as const)('from the %s endpoint becomes CodatApiError %#', async (endpoint, operationId) => {
      sandbox.faults.add({ operationId, status });
      const error = await rejectionOf(
        getCompanyAccessToken(companyId, { ...options(), endpoint, retries: noRetries }),
      );
      expect(error).toBeInstanceOf(CodatApiError);
      const codatError = error as CodatApiError;
      expect(codatError.name).toBe('CodatApiError');
      expect(codatError.status).toBe(status);
      expect(codatError.correlationId).toMatch(/^\w{8,}$/);
      expect(codatError.message).toMatch(message);
      expect(codatError.isRetryable).toBe(retryable);
      expect(JSON.parse(JSON.stringify(codatError))).toMatchObject({
        name: 'CodatApiError',
        status,
        correlationId: codatError.correlationId,
      });
    });
  });

  it('trusts the HTTP status over the body', () => {
    // A unit check of the mapping: the sandbox never disagrees with itself.
    const body = { statusCode: 200, error: 'odd', correlationId: 'abc123', canBeRetried: 'True' };
    const error = codatErrorFromResponse(Response.json(body, { status: 503 }), body);
    expect(error.status).toBe(503);
    expect(error.isRetryable).toBe(true);
    expect(error.correlationId).toBe('abc123');
    expect(error.detail).toBe('odd');
  });

  it('retries a 429 after its Retry-After (seconds), then succeeds', async () => {
    sandbox.faults.add({ operationId: COMPANY_OPERATION, status: 429, retryAfter: '1', times: 1 });
    const started = Date.now();
    const token = await getCompanyAccessToken(companyId, options());
    const elapsed = Date.now() - started;
    expect(token.expiresIn).toBe(86_400);
    expect(elapsed).toBeGreaterThanOrEqual(950);
    expect(elapsed).toBeLessThan(3000);
    expect(sandbox.faults.list()).toEqual([]);
  });

  it('retries a 503 after its Retry-After (HTTP date), then succeeds', async () => {
    const inTwoSeconds = new Date(Date.now() + 2000).toUTCString();
    sandbox.faults.add({
      operationId: COMPANY_OPERATION,
      status: 503,
      retryAfter: inTwoSeconds,
      times: 1,
    });
    const started = Date.now();
    const token = await getCompanyAccessToken(companyId, options());
    // HTTP dates have whole seconds: the wait is between one and two seconds.
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(token.tokenType).toBe('Bearer');
  });

  it('gives up at once when Retry-After asks for longer than the retry budget', async () => {
    sandbox.faults.add({ operationId: COMPANY_OPERATION, status: 429, retryAfter: '30' });
    const started = Date.now();
    const error = await rejectionOf(getCompanyAccessToken(companyId, options()));
    expect(Date.now() - started).toBeLessThan(1500);
    expect(error).toBeInstanceOf(CodatApiError);
    expect((error as CodatApiError).status).toBe(429);
    expect((error as CodatApiError).isRetryable).toBe(true);
    // One attempt only: the fault is still unused beyond the first request.
    expect(sandbox.faults.list()).toHaveLength(1);
  });

  it('keeps retrying a lasting 500 only within the budget', async () => {
    sandbox.faults.add({ operationId: COMPANY_OPERATION, status: 500, times: 100 });
    const started = Date.now();
    const error = await rejectionOf(getCompanyAccessToken(companyId, options()));
    const elapsed = Date.now() - started;
    const attempts = 100 - (sandbox.faults.list()[0]?.times ?? 100);
    expect((error as CodatApiError).status).toBe(500);
    expect(attempts).toBeGreaterThan(1);
    // The 4 s budget plus the last attempt, with room for a loaded machine.
    expect(elapsed).toBeLessThan(6000);
  }, 15_000);

  it('turns a dropped connection into NetworkError after bounded retries', async () => {
    sandbox.faults.add({ operationId: COMPANY_OPERATION, drop: true, times: 100 });
    const started = Date.now();
    const error = await rejectionOf(getCompanyAccessToken(companyId, options()));
    const elapsed = Date.now() - started;
    const attempts = 100 - (sandbox.faults.list()[0]?.times ?? 100);
    expect(error).toBeInstanceOf(NetworkError);
    expect(attempts).toBeGreaterThan(1);
    expect(attempts).toBeLessThan(20);
    const budget =
      DEFAULT_CODAT_RETRIES.strategy === 'backoff'
        ? (DEFAULT_CODAT_RETRIES.backoff?.maxElapsedTime ?? 0)
        : 0;
    expect(budget).toBe(4000);
    expect(elapsed).toBeLessThan(budget + 2000);
    expectNoSecretInError(error, [SANDBOX_CODAT_API_KEY]);
  }, 15_000);

  it('answers 404 from the deprecated endpoint once Codat removed it', async () => {
    const error = await rejectionOf(
      getCompanyAccessToken(companyId, {
        ...options(),
        baseUrl: goneServer.baseUrl,
        endpoint: 'connectionManagement',
      }),
    );
    expect(error).toBeInstanceOf(CodatApiError);
    expect((error as CodatApiError).status).toBe(404);
    expect((error as CodatApiError).message).toMatch(/deprecated connectionManagement/);
    expect((error as CodatApiError).correlationId).toBeTruthy();
    // The current endpoint still works there.
    const token = await getCompanyAccessToken(companyId, {
      ...options(),
      baseUrl: goneServer.baseUrl,
    });
    expect(token.expiresIn).toBe(86_400);
  });

  it('rejects an answer of the wrong shape with ResponseValidationError', async () => {
    sandbox.faults.add({ operationId: COMPANY_OPERATION, body: 'schema-violation' });
    const error = await rejectionOf(getCompanyAccessToken(companyId, options()));
    expect(error).toBeInstanceOf(ResponseValidationError);
  });

  it('refuses to start without a company id or key', async () => {
    await expect(getCompanyAccessToken('', options())).rejects.toThrow(/`companyId` is required/);
    await expect(getCompanyAccessToken(companyId, { ...options(), apiKey: '' })).rejects.toThrow(
      /`apiKey` is required/,
    );
  });
});
