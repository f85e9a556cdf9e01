import { describe, expect, it } from 'vitest';
import {
  createSandbox,
  DEFAULT_CONSUMER_ID,
  defaultCatalogue,
  generateCatalogue,
  type Sandbox,
  type SandboxOptions,
} from '../src/index';
import { isObservedFormFieldTypeError } from './support/contractWatch';
import { vaultValidator } from './support/specValidators';
import { apiKeyHeaders, apiRequest, type CallInit, sessionHeaders } from './support/vaultRequests';

interface Exchange {
  request: Request;
  status: number;
  body: unknown;
}

/** A sandbox that keeps every exchange, with its body read, for validation at the end. */
function recordingSandbox(options: SandboxOptions = {}) {
  const exchanges: Array<Promise<Exchange>> = [];
  const sandbox = createSandbox({
    ...options,
    onExchange: (request, response, info) => {
      if (info.api !== 'vault') return;
      exchanges.push(
        response.text().then((text) => ({
          request,
          status: response.status,
          body:
            text === ''
              ? undefined
              : (response.headers.get('content-type') ?? '').includes('json')
                ? JSON.parse(text)
                : text,
        })),
      );
    },
  });
  return { sandbox, exchanges: () => Promise.all(exchanges) };
}

/** Sends a request after checking it against the spec (required headers, documented query, body schema). */
async function send(sandbox: Sandbox, path: string, init: CallInit = {}) {
  const request = apiRequest(path, init);
  const check = vaultValidator().validateRequest({
    method: request.method,
    url: request.url,
    headers: request.headers,
    body: init.body,
  });
  expect(check.errors, `${init.method ?? 'GET'} ${path}`).toEqual([]);
  const response = await sandbox.handle(request);
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

/** Exercises every Vault operation, in success and in error. */
async function exerciseVault(sandbox: Sandbox) {
  const headers = apiKeyHeaders();
  const token = await sandbox.createSessionToken({ consumerId: DEFAULT_CONSUMER_ID });
  await send(sandbox, '/vault/connections', { headers });
  await send(sandbox, '/vault/connections?api=crm&configured=true', {
    headers: sessionHeaders(token),
  });
  await send(sandbox, '/vault/connections?api=telepathy', { headers });
  await send(sandbox, '/vault/connections?configured=maybe', { headers });
  await send(sandbox, '/vault/connections/crm/nimbus-crm', { headers });
  await send(sandbox, '/vault/connections/crm/unknown', { headers });
  await send(sandbox, '/vault/connections/crm/nimbus-crm', {
    headers: { ...headers, authorization: 'Bearer nope' },
  });
  await send(sandbox, '/vault/connections/accounting/tallybook', {
    method: 'PATCH',
    headers,
    body: { enabled: true },
  });
  await send(sandbox, '/vault/connections/accounting/tallybook', {
    method: 'PATCH',
    headers,
    body: { settings: { api_key: 'k' } },
  });
  await send(sandbox, '/vault/connections/accounting/tallybook', {
    method: 'PATCH',
    headers,
    body: { settings: { colour: 'x' } },
  });
  await send(sandbox, '/vault/connections/crm/nimbus-crm', {
    method: 'PATCH',
    headers,
    body: { settings: { instance_url: 'x' } },
  });
  await send(sandbox, '/vault/connections/issue-tracking/ticketforge', {
    method: 'PATCH',
    headers,
    body: { enabled: true },
  });
  await send(sandbox, '/vault/connections/accounting/tallybook', { method: 'DELETE', headers });
  await send(sandbox, '/vault/connections/accounting/tallybook', { method: 'DELETE', headers });
  await send(sandbox, '/vault/connections/file-storage/boxfort/import', {
    method: 'POST',
    headers,
    body: {
      credentials: {
        access_token: 'a',
        refresh_token: 'r',
        issued_at: '2026-09-01T10:00:00Z',
        expires_in: 3600,
      },
    },
  });
  await send(sandbox, '/vault/connections/file-storage/boxfort/import', {
    method: 'POST',
    headers,
    body: { credentials: {} },
  });
  await send(sandbox, '/vault/connections/accounting/countwise/token', {
    method: 'POST',
    headers,
    body: {},
  });
  await send(sandbox, '/vault/connections/crm/nimbus-crm/token', {
    method: 'POST',
    headers,
    body: {},
  });
  await send(sandbox, '/vault/connections/crm/contactsphere/token', {
    method: 'POST',
    headers,
    body: {},
  });
  await send(sandbox, '/vault/connections/accounting/auditry/validate', {
    method: 'POST',
    headers,
    body: {},
  });
  await send(sandbox, '/vault/connections/ats/talentpool/validate', {
    method: 'POST',
    headers,
    body: {},
  });
  await send(sandbox, '/vault/connections/crm/nimbus-crm/leads/config', { headers });
  await send(sandbox, '/vault/connections/crm/nimbus-crm/invoices/config', { headers });
  await send(sandbox, '/vault/connections/crm/nimbus-crm/leads/config', {
    method: 'PATCH',
    headers,
    body: {
      configuration: [
        {
          resource: 'leads',
          defaults: [{ id: 'lead_source', value: 'event', target: 'resource' }],
        },
      ],
    },
  });
  await send(sandbox, '/vault/connections/crm/nimbus-crm/leads/config', {
    method: 'PATCH',
    headers,
    body: { configuration: [{ resource: 'leads', defaults: [{ id: 'nope', value: 1 }] }] },
  });
  const list = await send(sandbox, '/vault/connections?api=ats', { headers });
  const talentpool = list.body.data.find(
    (connection: { id: string }) => connection.id === 'ats+talentpool',
  );
  const location = await sandbox.completeOAuthFlow(
    `${talentpool.authorize_url}&redirect_uri=${encodeURIComponent('https://app.example/cb')}&nonce=n`,
    'approve',
  );
  const confirmToken = new URLSearchParams(new URL(location).hash.slice(1)).get('confirm_token');
  await send(sandbox, '/vault/connections/ats/talentpool', { headers });
  await send(sandbox, '/vault/connections/ats/talentpool/confirm', {
    method: 'POST',
    headers,
    body: { confirm_token: confirmToken },
  });
  await send(sandbox, '/vault/connections/ats/talentpool/confirm', {
    method: 'POST',
    headers,
    body: { confirm_token: confirmToken },
  });
  await send(sandbox, '/vault/sessions', {
    method: 'POST',
    headers,
    body: {
      settings: { session_length: '30m', allow_actions: ['delete'] },
      theme: { vault_name: 'Acme' },
    },
  });
  await send(sandbox, '/vault/sessions', {
    method: 'POST',
    headers,
    body: { settings: { session_length: '9w' } },
  });
}

describe('Vault contract', () => {
  it('every answer validates against the spec in spec mode, with no exception', async () => {
    const { sandbox, exchanges } = recordingSandbox({ formFieldTypes: 'spec' });
    await exerciseVault(sandbox);
    const recorded = await exchanges();
    expect(recorded.length).toBeGreaterThan(30);
    const statuses = new Set(recorded.map((exchange) => exchange.status));
    expect([...statuses].sort()).toEqual([200, 204, 400, 401, 404, 422]);
    for (const { request, status, body } of recorded) {
      const result = vaultValidator().validateResponse({
        method: request.method,
        url: request.url,
        status,
        body,
      });
      expect(result.errors, `${request.method} ${request.url} → ${status}`).toEqual([]);
    }
  });

  it('in observed mode the only deviation is the documented form-field types', async () => {
    const { sandbox, exchanges } = recordingSandbox();
    await exerciseVault(sandbox);
    let deviations = 0;
    for (const { request, status, body } of await exchanges()) {
      const { errors } = vaultValidator().validateResponse({
        method: request.method,
        url: request.url,
        status,
        body,
      });
      deviations += errors.length;
      expect(errors.filter((error) => !isObservedFormFieldTypeError(error, body))).toEqual([]);
    }
    expect(deviations).toBeGreaterThan(0);
  });

  it('every connection of the default and of a generated catalogue is a valid Connection', async () => {
    for (const catalogue of [defaultCatalogue, generateCatalogue({ size: 300, seed: 3 })]) {
      const { sandbox } = recordingSandbox({ formFieldTypes: 'spec', catalogue });
      const { body } = await send(sandbox, '/vault/connections', { headers: apiKeyHeaders() });
      expect(body.data).toHaveLength(catalogue.connectors.length);
      for (const connection of body.data) {
        expect(vaultValidator().validateSchema('Connection', connection), connection.id).toEqual(
          [],
        );
      }
    }
  });

  it('forced statuses carry the error body the spec declares', async () => {
    const { sandbox, exchanges } = recordingSandbox();
    for (const status of [400, 401, 402, 404, 409, 422, 429, 500, 501, 502, 503, 504]) {
      sandbox.faults.add({ operationId: 'connectionsAll', status, times: 1 });
      const answer = await send(sandbox, '/vault/connections', { headers: apiKeyHeaders() });
      expect(answer.status).toBe(status);
      expect(Object.keys(answer.body)).toEqual([
        'status_code',
        'error',
        'type_name',
        'message',
        'detail',
        'ref',
      ]);
    }
    for (const { request, status, body } of await exchanges()) {
      expect(
        vaultValidator().validateResponse({
          method: request.method,
          url: request.url,
          status,
          body,
        }).errors,
      ).toEqual([]);
    }
  });

  it('a schema-violation fault really breaks the schema', async () => {
    const { sandbox } = recordingSandbox({ formFieldTypes: 'spec' });
    sandbox.faults.add({ operationId: 'connectionsOne', body: 'schema-violation' });
    sandbox.faults.add({ operationId: 'connectionsDelete', body: 'schema-violation' });
    for (const [method, path] of [
      ['GET', '/vault/connections/crm/nimbus-crm'],
      ['DELETE', '/vault/connections/crm/relata'],
    ] as const) {
      const request = apiRequest(path, { method, headers: apiKeyHeaders() });
      const response = await sandbox.handle(request);
      const result = vaultValidator().validateResponse({
        method,
        url: request.url,
        status: response.status,
        body: await response.json(),
      });
      expect(result.ok, `${method} ${path}`).toBe(false);
    }
  });

  it('the OAuth pages answer API clients that ask for JSON with the spec’s 400 body', async () => {
    const { sandbox } = recordingSandbox();
    const request = new Request(
      'https://unify.apideck.com/vault/authorize/nimbus-crm/sandbox-app?state=x&redirect_uri=https%3A%2F%2Fa.example',
      {
        headers: { accept: 'application/json' },
      },
    );
    const response = await sandbox.handle(request);
    const result = vaultValidator().validateResponse({
      method: 'GET',
      url: request.url,
      status: response.status,
      body: await response.json(),
    });
    expect(result).toMatchObject({ ok: true, operationId: 'connectionsAuthorize' });
  });
});
