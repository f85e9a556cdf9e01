import { codatSpecValidator } from '@plugboard/contract-testing';
import { describe, expect, it } from 'vitest';
import { createSandbox } from '../createSandbox';
import { CODAT_BASE_URL, SANDBOX_CODAT_API_KEY } from '../sandboxDefaults';
import { CODAT_COMPANY_IDS } from './codatSeed';

const northwind = CODAT_COMPANY_IDS.northwindBakery;
const deauthorized = '6c7d8e9f-0a1b-4c2d-9e3f-4a5b6c7d8e9f';
const unlinked = '7d8e9f0a-1b2c-4d3e-8f4a-5b6c7d8e9f0a';
const apiKey = { authorization: `Basic ${btoa(SANDBOX_CODAT_API_KEY)}` };

/** Sends a request that must match Codat's spec and returns the answer checked against it. */
async function exchange(
  sandbox: ReturnType<typeof createSandbox>,
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: unknown,
) {
  const url = `${CODAT_BASE_URL}${path}`;
  const requestCheck = codatSpecValidator().validateRequest({ method, url, headers, body });
  const response = await sandbox.handle(
    new Request(url, {
      method,
      headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
  );
  const json = await response.json();
  const result = codatSpecValidator().validateResponse({
    method,
    url,
    status: response.status,
    body: json,
  });
  return { status: response.status, body: json, requestCheck, result };
}

async function companyToken(sandbox: ReturnType<typeof createSandbox>, companyId: string) {
  const { body } = await exchange(sandbox, 'GET', `/companies/${companyId}/accessToken`, apiKey);
  return { authorization: `Bearer ${body.accessToken}` };
}

describe('PUT /companies/{companyId}/connections/{connectionId}/authorization', () => {
  it('links a deauthorized connection again, answering the spec’s Connection', async () => {
    const sandbox = createSandbox({ now: () => Date.parse('2026-09-01T10:00:00Z') });
    const bearer = await companyToken(sandbox, northwind);
    const answer = await exchange(
      sandbox,
      'PUT',
      `/companies/${northwind}/connections/${deauthorized}/authorization`,
      bearer,
      {},
    );
    expect(answer.requestCheck.errors).toEqual([]);
    expect(answer.result).toEqual({
      ok: true,
      operationId: 'update-connection-authorization',
      errors: [],
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ id: deauthorized, status: 'Linked' });
    expect(answer.body.dataConnectionErrors[0]).toMatchObject({
      status: 'Resolved',
      resolvedOnUtc: '2026-09-01T10:00:00Z',
    });

    const listed = await exchange(sandbox, 'GET', `/companies/${northwind}/connections`, bearer);
    expect(listed.result.errors).toEqual([]);
    expect(
      listed.body.results.find((connection: { id: string }) => connection.id === deauthorized)
        .status,
    ).toBe('Linked');
  });

  it('takes string-valued authorization with the API key too', async () => {
    const sandbox = createSandbox();
    const answer = await exchange(
      sandbox,
      'PUT',
      `/companies/${northwind}/connections/${unlinked}/authorization`,
      apiKey,
      { refreshToken: 'sandbox-refresh-token' },
    );
    expect(answer.requestCheck.errors).toEqual([]);
    expect(answer.result.errors).toEqual([]);
    expect(answer.body.status).toBe('Linked');
  });

  it('answers the spec’s errors: unknown connection, wrong company, bad credentials, faults', async () => {
    const sandbox = createSandbox();
    const bearer = await companyToken(sandbox, CODAT_COMPANY_IDS.bluefinLogistics);
    sandbox.faults.add({ operationId: 'update-connection-authorization', status: 429, times: 1 });
    const answers = [
      await exchange(
        sandbox,
        'PUT',
        `/companies/${northwind}/connections/${unlinked}/authorization`,
        apiKey,
        {},
      ),
      await exchange(
        sandbox,
        'PUT',
        `/companies/${northwind}/connections/00000000-0000-4000-8000-000000000000/authorization`,
        apiKey,
        {},
      ),
      await exchange(
        sandbox,
        'PUT',
        `/companies/${northwind}/connections/${unlinked}/authorization`,
        bearer,
        {},
      ),
      await exchange(
        sandbox,
        'PUT',
        `/companies/${northwind}/connections/${unlinked}/authorization`,
        { authorization: 'Basic bm9wZQ==' },
        {},
      ),
    ];
    expect(answers.map((answer) => answer.status)).toEqual([429, 404, 403, 401]);
    for (const answer of answers) {
      expect(answer.result.errors).toEqual([]);
      expect(answer.result.operationId).toBe('update-connection-authorization');
    }
  });

  it('refuses a body that is not an object of strings with an ErrorMessage', async () => {
    const sandbox = createSandbox();
    const answer = await exchange(
      sandbox,
      'PUT',
      `/companies/${northwind}/connections/${unlinked}/authorization`,
      apiKey,
      { retries: 3 },
    );
    // The request is invalid by the spec, which is the point; so is the 400 it gets, which the
    // spec does not list: the body is checked against ErrorMessage instead.
    expect(answer.requestCheck.errors).toEqual(['body/retries must be string']);
    expect(answer.status).toBe(400);
    expect(answer.result.errors).toEqual([
      'status 400 is not documented for update-connection-authorization',
    ]);
    expect(codatSpecValidator().validateSchema('ErrorMessage', answer.body)).toEqual([]);
    expect(answer.body.validation.errors[0]).toMatchObject({ itemId: 'retries' });
    const state = await sandbox.getState();
    expect(
      state.codat.companies[northwind]?.connections.find((connection) => connection.id === unlinked)
        ?.status,
    ).toBe('Unlinked');
  });
});
