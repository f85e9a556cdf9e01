import { codatSpecValidator, vaultSpecValidator } from '@plugboard/contract-testing';
import type { ExchangeInfo } from '@plugboard/sandbox';
import {
  CODAT_COMPANY_IDS,
  SANDBOX_API_KEY,
  SANDBOX_APP_ID,
  SANDBOX_CODAT_API_KEY,
} from '@plugboard/sandbox';
import { beforeEach, describe, expect, it } from 'vitest';
import { createSession, getCompanyAccessToken } from '../src/index';
import { noRetries, rejectionOf, useSandboxServer } from './sandboxServer';

const sandboxServer = useSandboxServer();
const exchanges: Array<{ request: Request; response: Response; info: ExchangeInfo }> = [];
sandboxServer.sandbox.onExchange((request, response, info) =>
  exchanges.push({ request, response, info }),
);
beforeEach(() => {
  exchanges.length = 0;
});

async function bodyOf(message: Request | Response): Promise<unknown> {
  const text = await message.text();
  return text === '' ? undefined : JSON.parse(text);
}

async function validateAll(validator: ReturnType<typeof vaultSpecValidator>) {
  const failures: string[] = [];
  for (const { request, response, info } of exchanges) {
    const requestResult = validator.validateRequest({
      method: request.method,
      url: request.url,
      headers: request.headers,
      body: await bodyOf(request),
    });
    const responseResult = validator.validateResponse({
      method: request.method,
      url: request.url,
      status: response.status,
      body: await bodyOf(response),
    });
    for (const error of [...requestResult.errors, ...responseResult.errors]) {
      failures.push(`${info.operationId} ${response.status}: ${error}`);
    }
  }
  return failures;
}

describe('what the server sends and what the sandbox answers match the specs', () => {
  it('POST /vault/sessions (sessionsCreate)', async () => {
    await createSession({
      apiKey: SANDBOX_API_KEY,
      appId: SANDBOX_APP_ID,
      consumerId: 'acme-42',
      baseUrl: sandboxServer.baseUrl,
      session: {
        consumer_metadata: { account_name: 'Acme Inc.' },
        redirect_uri: 'https://app.acme.example/integrations',
        settings: { unified_apis: ['crm'], session_length: '30m', allow_actions: ['delete'] },
        theme: { vault_name: 'Acme', primary_color: '#286efa' },
      },
    });
    await createSession({
      apiKey: SANDBOX_API_KEY,
      appId: SANDBOX_APP_ID,
      consumerId: 'acme-42',
      baseUrl: sandboxServer.baseUrl,
    });
    expect(exchanges.map(({ info }) => info.operationId)).toEqual([
      'sessionsCreate',
      'sessionsCreate',
    ]);
    expect(await validateAll(vaultSpecValidator())).toEqual([]);
  });

  it('both Codat access-token operations, and their error answers', async () => {
    const companyId = CODAT_COMPANY_IDS.northwindBakery;
    const options = { apiKey: SANDBOX_CODAT_API_KEY, baseUrl: sandboxServer.baseUrl };
    await getCompanyAccessToken(companyId, options);
    await getCompanyAccessToken(companyId, { ...options, endpoint: 'connectionManagement' });
    await rejectionOf(getCompanyAccessToken('no-such-company', options));
    await rejectionOf(
      getCompanyAccessToken(companyId, { ...options, apiKey: 'wrong', retries: noRetries }),
    );
    expect(exchanges.map(({ info }) => info.operationId)).toEqual([
      'get-company-access-token',
      'get-connection-management-access-token',
      'get-company-access-token',
      'get-company-access-token',
    ]);
    expect(await validateAll(codatSpecValidator())).toEqual([]);
  });
});
