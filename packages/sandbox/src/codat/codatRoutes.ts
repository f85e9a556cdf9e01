import { isPlainObject, jsonResponse, readJsonBody } from '../http/jsonResponse';
import type { Route } from '../http/route';
import type { RoutedRequest, SandboxContext } from '../sandboxContext';
import { codatErrorResponse } from './codatError';
import type { CodatCompany, CodatConnection } from './codatTypes';

const COMPANY_TOKEN_SECONDS = 86_400;
const CONNECTION_MANAGEMENT_TOKEN_SECONDS = 3600;
/** `PagingInfo.pageSize` never exceeds 2000 in Codat's answers. */
const MAX_PAGE_SIZE = 2000;

type Access = { kind: 'apiKey' } | { kind: 'companyToken'; companyId: string };

function decodeBase64(text: string): string | undefined {
  try {
    return atob(text);
  } catch {
    return undefined;
  }
}

/**
 * Codat auth: `Authorization: Basic base64(API key)` (server side) and, where `allowCompanyToken`,
 * `Authorization: Bearer <company access token>` (the Connections SDK in the browser).
 */
async function authenticateCodatRequest(
  context: SandboxContext,
  request: Request,
  allowCompanyToken: boolean,
): Promise<Access | Response> {
  const authorization = request.headers.get('authorization') ?? '';
  const basic = /^Basic\s+(\S+)\s*$/i.exec(authorization)?.[1];
  if (basic !== undefined) {
    return decodeBase64(basic) === context.codatApiKey
      ? { kind: 'apiKey' }
      : codatErrorResponse(401);
  }
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(authorization)?.[1];
  if (bearer !== undefined && allowCompanyToken) {
    const claims =
      (await context.signer.verify('codat_company', bearer)) ??
      (await context.signer.verify('codat_connection_management', bearer));
    const valid =
      claims &&
      typeof claims.company_id === 'string' &&
      typeof claims.exp === 'number' &&
      context.now() / 1000 < claims.exp;
    return valid
      ? { kind: 'companyToken', companyId: claims.company_id as string }
      : codatErrorResponse(401);
  }
  return codatErrorResponse(401);
}

/** Authenticates and finds the company; a company token only opens its own company. */
async function resolveCompany(
  context: SandboxContext,
  routed: RoutedRequest,
  allowCompanyToken: boolean,
): Promise<CodatCompany | Response> {
  const access = await authenticateCodatRequest(context, routed.request, allowCompanyToken);
  if (access instanceof Response) return access;
  const companyId = routed.params.companyId ?? '';
  if (access.kind === 'companyToken' && access.companyId !== companyId)
    return codatErrorResponse(403);
  const company = context.state.codat.companies[companyId];
  if (!company) {
    return codatErrorResponse(404, {
      service: 'ClientsApi',
      error: `No company was found with ID ${companyId}`,
    });
  }
  return company;
}

type CompanyHandler = (
  context: SandboxContext,
  routed: RoutedRequest,
  company: CodatCompany,
) => Promise<Response>;

/**
 * A route handler that runs once the request is authenticated and its company found (a company
 * token opening only its own company, where `allowCompanyToken`); otherwise Codat's error answers.
 */
function withCompany(allowCompanyToken: boolean, handle: CompanyHandler): Route['handle'] {
  return async (context, routed) => {
    const company = await resolveCompany(context, routed, allowCompanyToken);
    return company instanceof Response ? company : handle(context, routed, company);
  };
}

async function issueCompanyToken(
  context: SandboxContext,
  purpose: 'codat_company' | 'codat_connection_management',
  companyId: string,
  seconds: number,
): Promise<string> {
  const iat = Math.floor(context.now() / 1000);
  return context.signer.sign(purpose, { company_id: companyId, iat, exp: iat + seconds });
}

/** `GET /companies/{companyId}/accessToken` (get-company-access-token): valid one day. */
async function getCompanyAccessToken(
  context: SandboxContext,
  _routed: RoutedRequest,
  company: CodatCompany,
): Promise<Response> {
  return jsonResponse({
    accessToken: await issueCompanyToken(
      context,
      'codat_company',
      company.id,
      COMPANY_TOKEN_SECONDS,
    ),
    expiresIn: COMPANY_TOKEN_SECONDS,
    tokenType: 'Bearer',
  });
}

const issueConnectionManagementToken = withCompany(false, async (context, _routed, company) =>
  jsonResponse({
    accessToken: await issueCompanyToken(
      context,
      'codat_connection_management',
      company.id,
      CONNECTION_MANAGEMENT_TOKEN_SECONDS,
    ),
  }),
);

/**
 * `GET /companies/{companyId}/connectionManagement/accessToken` (deprecated): valid one hour. With
 * `codatDeprecatedEndpointGone` it answers 404 to everyone, as Codat announced for after 2026-10-12.
 */
async function getConnectionManagementAccessToken(
  context: SandboxContext,
  routed: RoutedRequest,
): Promise<Response> {
  if (context.codatDeprecatedEndpointGone) {
    return codatErrorResponse(404, {
      error: 'This endpoint has been removed. Use GET /companies/{companyId}/accessToken instead.',
    });
  }
  return issueConnectionManagementToken(context, routed);
}

const QUERYABLE = new Set([
  'id',
  'integrationId',
  'integrationKey',
  'sourceType',
  'platformName',
  'status',
  'created',
  'lastSync',
]);

type Condition = { property: keyof CodatConnection; operator: '=' | '!=' | '~'; value: string };

/** Parses Codat's query language subset: `a=b`, `a!=b`, `a~b`, joined by `&&` and `||`. */
function parseCodatQuery(query: string): Condition[][] | { error: string } {
  const alternatives = query.split('||').map((part) => part.split('&&'));
  const parsed: Condition[][] = [];
  for (const conjunction of alternatives) {
    const conditions: Condition[] = [];
    for (const text of conjunction) {
      const match = /^\s*([A-Za-z]+)\s*(!=|=|~)\s*(.+?)\s*$/.exec(text);
      if (!match?.[1] || !match[2] || match[3] === undefined)
        return { error: 'Error parsing query - Malformed query.' };
      if (!QUERYABLE.has(match[1])) {
        return {
          error: `Error parsing query - Could not resolve property ${match[1]} on Connection`,
        };
      }
      conditions.push({
        property: match[1] as keyof CodatConnection,
        operator: match[2] as Condition['operator'],
        value: match[3].replace(/^"(.*)"$/, '$1'),
      });
    }
    parsed.push(conditions);
  }
  return parsed;
}

function matchesQuery(connection: CodatConnection, query: Condition[][]): boolean {
  return query.some((conditions) =>
    conditions.every(({ property, operator, value }) => {
      const actual = String(connection[property] ?? '');
      if (operator === '=') return actual.toLowerCase() === value.toLowerCase();
      if (operator === '!=') return actual.toLowerCase() !== value.toLowerCase();
      return actual.toLowerCase().includes(value.toLowerCase());
    }),
  );
}

function positiveInteger(text: string | null, fallback: number): number | undefined {
  if (text === null) return fallback;
  return /^\d+$/.test(text) && Number(text) >= 1 ? Number(text) : undefined;
}

/** `GET /companies/{companyId}/connections` (list-connections): Codat's paged list. */
async function listCodatConnections(
  _context: SandboxContext,
  routed: RoutedRequest,
  company: CodatCompany,
): Promise<Response> {
  const search = routed.url.searchParams;
  const page = positiveInteger(search.get('page'), 1);
  const requestedSize = positiveInteger(search.get('pageSize'), 100);
  if (page === undefined || requestedSize === undefined || requestedSize > 5000) {
    return codatErrorResponse(400, {
      error: 'Invalid paging: page must be at least 1 and pageSize between 1 and 5000.',
      validationErrors: [{ message: 'page must be ≥ 1; pageSize must be within 1..5000' }],
    });
  }
  let results = [...company.connections];
  const query = search.get('query');
  if (query) {
    const parsed = parseCodatQuery(query);
    if ('error' in parsed)
      return codatErrorResponse(400, { service: 'ClientsApi', error: parsed.error });
    results = results.filter((connection) => matchesQuery(connection, parsed));
  }
  const orderBy = search.get('orderBy');
  if (orderBy) {
    const property = orderBy.replace(/^-/, '');
    if (!QUERYABLE.has(property)) {
      return codatErrorResponse(400, {
        error: `Error parsing orderBy - Could not resolve property ${property} on Connection`,
      });
    }
    const direction = orderBy.startsWith('-') ? -1 : 1;
    const key = property as keyof CodatConnection;
    results.sort((a, b) => String(a[key] ?? '').localeCompare(String(b[key] ?? '')) * direction);
  }
  const pageSize = Math.min(requestedSize, MAX_PAGE_SIZE);
  const path = `/companies/${company.id}/connections`;
  const href = (pageNumber: number) => ({
    href: `${path}?page=${pageNumber}&pageSize=${pageSize}`,
  });
  const lastPage = Math.max(1, Math.ceil(results.length / pageSize));
  return jsonResponse({
    results: results.slice((page - 1) * pageSize, page * pageSize),
    pageNumber: page,
    pageSize,
    totalResults: results.length,
    _links: {
      self: { href: path },
      current: href(page),
      ...(page < lastPage ? { next: href(page + 1) } : {}),
      ...(page > 1 ? { previous: href(Math.min(page - 1, lastPage)) } : {}),
    },
  });
}

function findConnection(company: CodatCompany, connectionId: string): CodatConnection | Response {
  return (
    company.connections.find((connection) => connection.id === connectionId) ??
    codatErrorResponse(404, { error: `Data connection ${connectionId} not found` })
  );
}

/** `GET /companies/{companyId}/connections/{connectionId}` (get-connection). */
async function getCodatConnection(
  _context: SandboxContext,
  routed: RoutedRequest,
  company: CodatCompany,
): Promise<Response> {
  const connection = findConnection(company, routed.params.connectionId ?? '');
  return connection instanceof Response ? connection : jsonResponse(connection);
}

/** `PATCH /companies/{companyId}/connections/{connectionId}` with `{status: "Unlinked"}` (unlink-connection). */
async function unlinkCodatConnection(
  context: SandboxContext,
  routed: RoutedRequest,
  company: CodatCompany,
): Promise<Response> {
  const parsed = await readJsonBody(routed.request);
  const body = parsed.ok && isPlainObject(parsed.value) ? parsed.value : undefined;
  const unknownKeys = body ? Object.keys(body).filter((key) => key !== 'status') : [];
  if (body?.status !== 'Unlinked' || unknownKeys.length > 0) {
    return codatErrorResponse(400, {
      error: 'The only supported change is {"status": "Unlinked"}.',
      validationErrors: [
        { itemId: 'status', message: 'status must be "Unlinked"' },
        ...unknownKeys.map((key) => ({ itemId: key, message: `Unknown property ${key}` })),
      ],
    });
  }
  const connection = findConnection(company, routed.params.connectionId ?? '');
  if (connection instanceof Response) return connection;
  connection.status = 'Unlinked';
  context.markChanged();
  return jsonResponse(connection);
}

/**
 * `PUT /companies/{companyId}/connections/{connectionId}/authorization`
 * (update-connection-authorization): takes the new authorization as string values (`{}` is
 * enough in the sandbox) and links the connection again, resolving its active errors. This is what
 * the Connections SDK's Reconnect does for an `Unlinked` or `Deauthorized` connection.
 */
async function updateCodatConnectionAuthorization(
  context: SandboxContext,
  routed: RoutedRequest,
  company: CodatCompany,
): Promise<Response> {
  const parsed = await readJsonBody(routed.request);
  const body = parsed.ok ? (parsed.value ?? {}) : undefined;
  const notStrings = isPlainObject(body)
    ? Object.keys(body).filter((key) => typeof body[key] !== 'string')
    : [];
  // The spec lists no 400 here, yet a body that is not an object of strings can only be refused.
  if (!isPlainObject(body) || notStrings.length > 0) {
    return codatErrorResponse(400, {
      error: 'The authorization must be a JSON object of string values.',
      validationErrors: isPlainObject(body)
        ? notStrings.map((key) => ({ itemId: key, message: `${key} must be a string` }))
        : [{ message: 'The body must be a JSON object' }],
    });
  }
  const connection = findConnection(company, routed.params.connectionId ?? '');
  if (connection instanceof Response) return connection;
  const resolvedOn = new Date(context.now()).toISOString().replace(/\.\d{3}Z$/, 'Z');
  connection.status = 'Linked';
  if (connection.dataConnectionErrors) {
    connection.dataConnectionErrors = connection.dataConnectionErrors.map((error) =>
      error.status === 'Active'
        ? { ...error, status: 'Resolved', resolvedOnUtc: resolvedOn }
        : error,
    );
  }
  context.markChanged();
  return jsonResponse(connection);
}

/** Codat operations the sandbox serves, with Codat's operation ids. */
export const codatRoutes: Route[] = [
  {
    method: 'GET',
    path: '/companies/{companyId}/accessToken',
    operationId: 'get-company-access-token',
    api: 'codat',
    handle: withCompany(false, getCompanyAccessToken),
  },
  {
    method: 'GET',
    path: '/companies/{companyId}/connectionManagement/accessToken',
    operationId: 'get-connection-management-access-token',
    api: 'codat',
    handle: getConnectionManagementAccessToken,
  },
  {
    method: 'GET',
    path: '/companies/{companyId}/connections',
    operationId: 'list-connections',
    api: 'codat',
    handle: withCompany(true, listCodatConnections),
  },
  {
    method: 'GET',
    path: '/companies/{companyId}/connections/{connectionId}',
    operationId: 'get-connection',
    api: 'codat',
    handle: withCompany(true, getCodatConnection),
  },
  {
    method: 'PATCH',
    path: '/companies/{companyId}/connections/{connectionId}',
    operationId: 'unlink-connection',
    api: 'codat',
    handle: withCompany(true, unlinkCodatConnection),
  },
  {
    method: 'PUT',
    path: '/companies/{companyId}/connections/{connectionId}/authorization',
    operationId: 'update-connection-authorization',
    api: 'codat',
    handle: withCompany(true, updateCodatConnectionAuthorization),
  },
];
