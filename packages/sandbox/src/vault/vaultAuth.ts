import type { SandboxContext } from '../sandboxContext';
import { verifySessionToken } from './sessionTokens';
import { missingHeaderResponse, vaultErrorResponse } from './vaultError';
import type { SessionClaims } from './vaultTypes';

/** Who is calling the Vault API. */
export interface VaultCaller {
  /** `apiKey`: a backend with the secret key; `session`: a browser with a session JWT. */
  kind: 'apiKey' | 'session';
  applicationId: string;
  /** Absent only on `GET /vault/connections` called with the API key and no consumer header. */
  consumerId: string | undefined;
  session?: SessionClaims;
}

const invalidToken = () => vaultErrorResponse(401, { detail: 'Invalid Authorization Token' });

/**
 * Checks a Vault request's credentials and headers, as the Vault does:
 *
 * - `Authorization: Bearer <API key>` with `x-apideck-app-id` (server side), or
 * - `Authorization: Bearer <session JWT>` with `x-apideck-auth-type: JWT` (browser).
 *
 * Either way the `x-apideck-app-id` header is required, and so is `x-apideck-consumer-id` when
 * `consumerRequired` (every connection-scoped operation). With a session JWT the Vault's browser
 * components send both headers copied from the token's `application_id` and `consumer_id` claims;
 * the sandbox requires them and rejects a header that disagrees with the token (401), so a
 * client cannot reach another consumer's connections with its session.
 *
 * Returns the caller, or the error response to send.
 */
export async function authenticateVaultRequest(
  context: SandboxContext,
  request: Request,
  options: { consumerRequired: boolean },
): Promise<VaultCaller | Response> {
  const authorization = request.headers.get('authorization') ?? '';
  const token = /^Bearer\s+(\S+)\s*$/i.exec(authorization)?.[1];
  if (!token) return invalidToken();
  const appIdHeader = request.headers.get('x-apideck-app-id') ?? '';
  const consumerHeader = request.headers.get('x-apideck-consumer-id') ?? '';
  const authType = request.headers.get('x-apideck-auth-type') ?? '';

  if (authType.toUpperCase() === 'JWT') {
    const claims = await verifySessionToken(context, token);
    if (!claims || claims.application_id !== context.applicationId) return invalidToken();
    if (!appIdHeader) return missingHeaderResponse('x-apideck-app-id');
    if (appIdHeader !== claims.application_id) {
      return vaultErrorResponse(401, {
        detail: 'The x-apideck-app-id header does not match the session token.',
      });
    }
    if (!consumerHeader && options.consumerRequired) {
      return missingHeaderResponse('x-apideck-consumer-id');
    }
    if (consumerHeader && consumerHeader !== claims.consumer_id) {
      return vaultErrorResponse(401, {
        detail: 'The x-apideck-consumer-id header does not match the session token.',
      });
    }
    return {
      kind: 'session',
      applicationId: claims.application_id,
      consumerId: claims.consumer_id,
      session: claims,
    };
  }

  if (token !== context.apiKey) return invalidToken();
  if (!appIdHeader) return missingHeaderResponse('x-apideck-app-id');
  if (appIdHeader !== context.applicationId) {
    return vaultErrorResponse(401, {
      detail: `Unknown application id for this API key: ${appIdHeader}`,
    });
  }
  if (!consumerHeader && options.consumerRequired) {
    return missingHeaderResponse('x-apideck-consumer-id');
  }
  return {
    kind: 'apiKey',
    applicationId: appIdHeader,
    consumerId: consumerHeader || undefined,
  };
}
