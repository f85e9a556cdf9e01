import { describe, expect, it } from 'vitest';
import { decodeTokenClaims } from '../src/crypto/tokenSigner';
import { CODAT_COMPANY_IDS, type Sandbox } from '../src/index';
import { createTestSandbox } from './support/testSandbox';
import { callCodat } from './support/vaultRequests';

const northwind = `/companies/${CODAT_COMPANY_IDS.northwindBakery}`;
const bluefin = `/companies/${CODAT_COMPANY_IDS.bluefinLogistics}`;

async function companyToken(sandbox: Sandbox, companyPath: string): Promise<string> {
  return (await callCodat(sandbox, `${companyPath}/accessToken`)).body.accessToken;
}

describe('Codat', () => {
  it('issues a company access token valid one day', async () => {
    const sandbox = createTestSandbox();
    const { status, body } = await callCodat(sandbox, `${northwind}/accessToken`);
    expect(status).toBe(200);
    expect(body).toMatchObject({ expiresIn: 86_400, tokenType: 'Bearer' });
    const claims = decodeTokenClaims(body.accessToken);
    expect((claims?.exp as number) - (claims?.iat as number)).toBe(86_400);
  });

  it('still serves the deprecated connection-management token (one hour), or 404 when told it is gone', async () => {
    const sandbox = createTestSandbox();
    const { status, body } = await callCodat(
      sandbox,
      `${northwind}/connectionManagement/accessToken`,
    );
    expect(status).toBe(200);
    expect(Object.keys(body)).toEqual(['accessToken']);
    const claims = decodeTokenClaims(body.accessToken);
    expect((claims?.exp as number) - (claims?.iat as number)).toBe(3600);

    const gone = createTestSandbox({ codatDeprecatedEndpointGone: true });
    const answer = await callCodat(gone, `${northwind}/connectionManagement/accessToken`);
    expect(answer.status).toBe(404);
    expect(answer.body.error).toMatch(/\/companies\/\{companyId\}\/accessToken/);
  });

  it('lists a company’s connections in every status, paged', async () => {
    const sandbox = createTestSandbox();
    const { status, body } = await callCodat(sandbox, `${northwind}/connections`);
    expect(status).toBe(200);
    expect(
      new Set(body.results.map((connection: { status: string }) => connection.status)),
    ).toEqual(new Set(['Linked', 'Unlinked', 'Deauthorized', 'PendingAuth']));
    expect(body).toMatchObject({ pageNumber: 1, pageSize: 100, totalResults: 5 });
    expect(body._links.self.href).toBe(`${northwind}/connections`);

    const paged = await callCodat(sandbox, `${northwind}/connections?page=2&pageSize=2`);
    expect(paged.body.results).toHaveLength(2);
    expect(paged.body._links).toMatchObject({
      current: { href: `${northwind}/connections?page=2&pageSize=2` },
      next: { href: `${northwind}/connections?page=3&pageSize=2` },
      previous: { href: `${northwind}/connections?page=1&pageSize=2` },
    });
  });

  it('filters with Codat queries and rejects malformed ones', async () => {
    const sandbox = createTestSandbox();
    const linked = await callCodat(
      sandbox,
      `${northwind}/connections?query=${encodeURIComponent('status=Linked')}`,
    );
    expect(
      linked.body.results.map((connection: { platformName: string }) => connection.platformName),
    ).toEqual(['Quillbooks', 'Harbor Bank']);
    const malformed = await callCodat(
      sandbox,
      `${northwind}/connections?query=${encodeURIComponent('status')}`,
    );
    expect(malformed.status).toBe(400);
    expect(malformed.body.error).toBe('Error parsing query - Malformed query.');
    const unknown = await callCodat(
      sandbox,
      `${northwind}/connections?query=${encodeURIComponent('colour=red')}`,
    );
    expect(unknown.body.error).toMatch(/Could not resolve property colour/);
    expect((await callCodat(sandbox, `${northwind}/connections?page=0`)).status).toBe(400);
  });

  it('unlinks a connection, with the API key or the company token', async () => {
    const sandbox = createTestSandbox();
    const id = '2e9d2c44-f675-40ba-8049-353bfcb5e171';
    const { status, body } = await callCodat(sandbox, `${northwind}/connections/${id}`, {
      method: 'PATCH',
      body: { status: 'Unlinked' },
    });
    expect(status).toBe(200);
    expect(body).toMatchObject({ id, status: 'Unlinked', platformName: 'Quillbooks' });

    const token = await companyToken(sandbox, bluefin);
    const bearer = { authorization: `Bearer ${token}` };
    const listed = await callCodat(sandbox, `${bluefin}/connections`, { headers: bearer });
    expect(listed.status).toBe(200);
    const linked = listed.body.results.find(
      (connection: { status: string }) => connection.status === 'Linked',
    );
    const unlinked = await callCodat(sandbox, `${bluefin}/connections/${linked.id}`, {
      method: 'PATCH',
      headers: bearer,
      body: { status: 'Unlinked' },
    });
    expect(unlinked.body.status).toBe('Unlinked');
    const after = await callCodat(sandbox, `${bluefin}/connections?query=status%3DLinked`, {
      headers: bearer,
    });
    expect(after.body.totalResults).toBe(0);
  });

  it('accepts only {status: "Unlinked"}', async () => {
    const sandbox = createTestSandbox();
    const { status, body } = await callCodat(
      sandbox,
      `${northwind}/connections/2e9d2c44-f675-40ba-8049-353bfcb5e171`,
      {
        method: 'PATCH',
        body: { status: 'Linked' },
      },
    );
    expect(status).toBe(400);
    expect(body.validation.errors[0]).toMatchObject({ itemId: 'status' });
  });

  it('keeps a company token to its company and to the connection routes', async () => {
    const sandbox = createTestSandbox();
    const token = await companyToken(sandbox, bluefin);
    const bearer = { authorization: `Bearer ${token}` };
    expect((await callCodat(sandbox, `${northwind}/connections`, { headers: bearer })).status).toBe(
      403,
    );
    expect((await callCodat(sandbox, `${bluefin}/accessToken`, { headers: bearer })).status).toBe(
      401,
    );
  });

  it('rejects expired company tokens', async () => {
    let now = Date.parse('2026-09-01T10:00:00Z');
    const sandbox = createTestSandbox({ now: () => now });
    const token = await companyToken(sandbox, bluefin);
    now += 86_401_000;
    expect(
      (
        await callCodat(sandbox, `${bluefin}/connections`, {
          headers: { authorization: `Bearer ${token}` },
        })
      ).status,
    ).toBe(401);
  });

  it('answers 401 with a wrong API key and 404 for unknown companies and connections', async () => {
    const sandbox = createTestSandbox();
    const wrongKey = await callCodat(sandbox, `${northwind}/connections`, {
      headers: { authorization: `Basic ${btoa('nope')}` },
    });
    expect(wrongKey.status).toBe(401);
    expect(wrongKey.body).toMatchObject({
      statusCode: 401,
      error: 'Unauthorized',
      canBeRetried: 'False',
    });
    const missing = await callCodat(sandbox, `${northwind}/connections`, { headers: {} });
    expect(missing.status).toBe(401);
    const unknownCompany = await callCodat(
      sandbox,
      '/companies/00000000-0000-4000-8000-000000000000/accessToken',
    );
    expect(unknownCompany.status).toBe(404);
    expect(unknownCompany.body).toMatchObject({
      service: 'ClientsApi',
      error: 'No company was found with ID 00000000-0000-4000-8000-000000000000',
    });
    const unknownConnection = await callCodat(
      sandbox,
      `${northwind}/connections/00000000-0000-4000-8000-000000000000`,
      {
        method: 'PATCH',
        body: { status: 'Unlinked' },
      },
    );
    expect(unknownConnection.status).toBe(404);
    expect(unknownConnection.body.error).toBe(
      'Data connection 00000000-0000-4000-8000-000000000000 not found',
    );
  });
});
