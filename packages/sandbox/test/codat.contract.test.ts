import { describe, expect, it } from 'vitest';
import { CODAT_BASE_URL, CODAT_COMPANY_IDS, createSandbox, type Sandbox } from '../src/index';
import { codatValidator } from './support/specValidators';
import { apiRequest, type CallInit, codatApiKeyHeaders } from './support/vaultRequests';

const northwind = `/companies/${CODAT_COMPANY_IDS.northwindBakery}`;

/** Sends a request checked against Codat's spec and validates the answer against it. */
async function exchange(sandbox: Sandbox, path: string, init: CallInit = {}) {
  const request = apiRequest(path, {
    baseUrl: CODAT_BASE_URL,
    headers: codatApiKeyHeaders(),
    ...init,
  });
  const requestCheck = codatValidator().validateRequest({
    method: request.method,
    url: request.url,
    headers: request.headers,
    body: init.body,
  });
  expect(requestCheck.errors, `${request.method} ${path}`).toEqual([]);
  const response = await sandbox.handle(request);
  const body = await response.json();
  const result = codatValidator().validateResponse({
    method: request.method,
    url: request.url,
    status: response.status,
    body,
  });
  return { status: response.status, body, response, result };
}

describe('Codat contract', () => {
  it('answers every operation with the schema the spec declares', async () => {
    const sandbox = createSandbox();
    const token = await exchange(sandbox, `${northwind}/accessToken`);
    const bearer = { authorization: `Bearer ${token.body.accessToken}` };
    const answers = [
      token,
      await exchange(sandbox, `${northwind}/connectionManagement/accessToken`),
      await exchange(sandbox, `${northwind}/connections`),
      await exchange(
        sandbox,
        `${northwind}/connections?page=1&pageSize=2&query=status%3DLinked&orderBy=-created`,
        { headers: bearer },
      ),
      await exchange(sandbox, `${northwind}/connections?query=bad`),
      await exchange(sandbox, `${northwind}/connections/2e9d2c44-f675-40ba-8049-353bfcb5e171`),
      await exchange(sandbox, `${northwind}/connections/2e9d2c44-f675-40ba-8049-353bfcb5e171`, {
        method: 'PATCH',
        headers: bearer,
        body: { status: 'Unlinked' },
      }),
      await exchange(sandbox, '/companies/00000000-0000-4000-8000-000000000000/accessToken'),
      await exchange(sandbox, `${northwind}/connections/00000000-0000-4000-8000-000000000000`),
      await exchange(sandbox, `${northwind}/connections`, {
        headers: { authorization: 'Basic bm9wZQ==' },
      }),
      await exchange(sandbox, `/companies/${CODAT_COMPANY_IDS.bluefinLogistics}/connections`, {
        headers: bearer,
      }),
    ];
    expect(answers.map((answer) => answer.status)).toEqual([
      200, 200, 200, 200, 400, 200, 200, 404, 404, 401, 403,
    ]);
    for (const answer of answers)
      expect(answer.result.errors, answer.result.operationId).toEqual([]);
    expect(answers[6]?.body.status).toBe('Unlinked');
  });

  it('answers 404 with an ErrorMessage once the deprecated endpoint is gone', async () => {
    const sandbox = createSandbox({ codatDeprecatedEndpointGone: true });
    const { status, result } = await exchange(
      sandbox,
      `${northwind}/connectionManagement/accessToken`,
    );
    expect(status).toBe(404);
    expect(result.errors).toEqual([]);
  });

  it('forced statuses carry Codat’s ErrorMessage, with Retry-After on 429 and 503', async () => {
    const sandbox = createSandbox();
    for (const status of [401, 402, 403, 404, 429, 500, 503]) {
      sandbox.faults.add({ operationId: 'list-connections', status, times: 1 });
      const answer = await exchange(sandbox, `${northwind}/connections`);
      expect(answer.status).toBe(status);
      expect(answer.result.errors, String(status)).toEqual([]);
      expect(answer.response.headers.get('retry-after')).toBe(
        status === 429 || status === 503 ? '1' : null,
      );
    }
  });

  it('refuses an unlink body other than {status: "Unlinked"} with an ErrorMessage', async () => {
    const sandbox = createSandbox();
    const answer = await exchange(
      sandbox,
      `${northwind}/connections/2e9d2c44-f675-40ba-8049-353bfcb5e171`,
      {
        method: 'PATCH',
        body: { status: 'Linked' },
      },
    );
    // The spec lists no 400 for unlink-connection: the body is checked against ErrorMessage.
    expect(answer.status).toBe(400);
    expect(answer.result.errors).toEqual(['status 400 is not documented for unlink-connection']);
    expect(codatValidator().validateSchema('ErrorMessage', answer.body)).toEqual([]);
  });

  it('a schema-violation fault really breaks the schema', async () => {
    const sandbox = createSandbox();
    sandbox.faults.add({ operationId: 'list-connections', body: 'schema-violation', times: 1 });
    sandbox.faults.add({
      operationId: 'get-company-access-token',
      body: 'schema-violation',
      times: 1,
    });
    expect((await exchange(sandbox, `${northwind}/connections`)).result.ok).toBe(false);
    expect((await exchange(sandbox, `${northwind}/accessToken`)).result.ok).toBe(false);
  });
});
