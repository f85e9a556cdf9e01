import { codatErrorResponse } from '../codat/codatError';
import { isPlainObject, jsonResponse } from '../http/jsonResponse';
import type { RouteApi } from '../http/route';
import { vaultErrorResponse } from '../vault/vaultError';
import type { SandboxFault } from './faultRegistry';

/** The error a forced status produces, in the style of the API the route belongs to. */
export function forcedStatusResponse(
  api: RouteApi,
  fault: SandboxFault & { status: number },
): Response {
  const retryAfter =
    fault.retryAfter ?? (fault.status === 429 || fault.status === 503 ? '1' : undefined);
  if (api === 'codat') {
    return codatErrorResponse(fault.status, retryAfter === undefined ? {} : { retryAfter });
  }
  const headers = retryAfter === undefined ? undefined : { 'retry-after': retryAfter };
  return vaultErrorResponse(fault.status, headers ? { headers } : {});
}

/** A response whose JSON body is cut off half-way. */
export function malformedJsonResponse(status: number): Response {
  return new Response('{"status_code": 200, "status": "OK", "data": [{"id": "crm+', {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
}

function violate(body: unknown, api: RouteApi): unknown {
  // `status_code` is a number in every Vault body, so a string there never validates.
  if (!isPlainObject(body)) return { status_code: 'unexpected body' };
  if (api === 'codat') {
    if ('results' in body) return { ...body, totalResults: 'many' };
    if ('accessToken' in body) return { ...body, accessToken: 12345, expiresIn: 'one day' };
    if ('statusCode' in body) return { ...body, statusCode: 'error' };
    return { ...body, status: 'Borked' };
  }
  return { ...body, status_code: String(body.status_code ?? 'OK') };
}

/** The real answer with its JSON changed so that it no longer matches the spec's schema. */
export async function schemaViolatingResponse(
  response: Response,
  api: RouteApi,
): Promise<Response> {
  const text = await response.text();
  let body: unknown;
  try {
    body = text === '' ? undefined : JSON.parse(text);
  } catch {
    body = text;
  }
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  const violated = jsonResponse(
    violate(body, api),
    response.status === 204 ? 200 : response.status,
    headers,
  );
  return violated;
}
