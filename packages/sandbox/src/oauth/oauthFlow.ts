import { connectionIdOf } from '../catalogue/catalogueIndex';
import type { SandboxConnector } from '../catalogue/connectorTypes';
import { randomId } from '../crypto/tokenSigner';
import type { SandboxContext } from '../sandboxContext';
import type { ConnectionRecord } from '../state/sandboxState';
import {
  issuedCredentials,
  newConnectionRecord,
  touchConnectionRecord,
} from '../vault/connectionRecord';
import { missingSettingIds } from '../vault/connectionStatus';
import { dataScopeResources } from '../vault/connectionView';
import { saveConnectionRecord } from '../vault/handlers/connectionScope';
import { issueConfirmToken } from './confirmToken';
import { type OAuthStateClaims, readOAuthState } from './oauthState';

/** Which flow a page belongs to. */
export type OAuthFlowKind = 'authorize' | 'revoke';

/** An OAuth flow request that passed every check: the page may be shown or decided. */
export interface OAuthFlowRequest {
  kind: OAuthFlowKind;
  state: string;
  claims: OAuthStateClaims;
  connector: SandboxConnector;
  connectionId: string;
  redirectUri: string;
  nonce: string | undefined;
  scope: string[];
  record: ConnectionRecord | undefined;
}

/** Why a flow request cannot be served: shown as an HTML error page. */
export interface OAuthFlowFailure {
  status: 400 | 404;
  heading: string;
  message: string;
}

/** True for an absolute http(s) URL. */
function isRedirectUri(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/** Checks the `state`, the path and the `redirect_uri` of an authorize or revoke request. */
export async function readOAuthFlowRequest(
  context: SandboxContext,
  kind: OAuthFlowKind,
  url: URL,
  params: Record<string, string>,
): Promise<OAuthFlowRequest | OAuthFlowFailure> {
  const state = url.searchParams.get('state');
  const claims = state ? await readOAuthState(context, state) : undefined;
  if (
    !state ||
    !claims ||
    claims.service_id !== params.service_id ||
    claims.application_id !== params.application_id
  ) {
    return {
      status: 400,
      heading: 'This link is not valid',
      message:
        'The state parameter is missing, was not issued by the Vault for this connector, or has expired. Reload your integrations page and try again.',
    };
  }
  const redirectUri = url.searchParams.get('redirect_uri');
  if (!redirectUri || !isRedirectUri(redirectUri)) {
    return {
      status: 400,
      heading: 'Missing redirect',
      message: redirectUri
        ? `The redirect_uri "${redirectUri}" is not an absolute http(s) URL.`
        : 'The redirect_uri query parameter is missing: append the URL-encoded address to return to.',
    };
  }
  const connectionId = connectionIdOf(claims.unified_api, claims.service_id);
  const connector = context.catalogue.byConnectionId.get(connectionId);
  if (!connector) {
    return {
      status: 404,
      heading: 'Unknown connector',
      message: `No connector ${connectionId} is catalogued.`,
    };
  }
  return {
    kind,
    state,
    claims,
    connector,
    connectionId,
    redirectUri,
    nonce: url.searchParams.get('nonce') || undefined,
    scope: (url.searchParams.get('scope') ?? '').split(/[\s,]+/).filter(Boolean),
    record: context.state.consumers[claims.consumer_id]?.connections[connectionId],
  };
}

/** Adds query parameters to a redirect URI, keeping its own query. */
function withQuery(redirectUri: string, parameters: Record<string, string>): string {
  const url = new URL(redirectUri);
  for (const [key, value] of Object.entries(parameters)) url.searchParams.set(key, value);
  return url.toString();
}

/** The error redirect the Vault sends when a flow fails or is refused. */
export function errorRedirect(
  flow: OAuthFlowRequest,
  errorType: string,
  errorMessage: string,
): string {
  return withQuery(flow.redirectUri, {
    error_type: errorType,
    error_message: errorMessage,
    service_id: flow.connector.serviceId,
  });
}

/**
 * Why the authorize flow may not start, as the Vault decides it: the integration needs
 * configuration, the connection is disabled, or settings required for authorization are empty.
 */
export function authorizeBlocker(flow: OAuthFlowRequest): string | undefined {
  const { connector, record } = flow;
  if (connector.authType !== 'oauth2' || connector.oauthGrantType !== 'authorization_code') {
    return `${connector.name} does not use the OAuth authorization code flow.`;
  }
  if (connector.integrationState === 'needs_configuration') {
    return `The ${connector.name} integration needs configuration by the application before users can authorize it.`;
  }
  if (connector.integrationState === 'disabled') {
    return `The ${connector.name} integration is disabled for this application.`;
  }
  if (record && !record.enabled) return `The ${connector.name} connection is disabled.`;
  const missing = missingSettingIds(
    connector.settingsRequiredForAuthorization ?? [],
    record?.settings ?? {},
  );
  if (missing.length > 0) {
    return `Fill in ${missing.join(', ')} before authorizing ${connector.name}.`;
  }
  return undefined;
}

/** Why the revoke flow may not run: there is nothing authorized to revoke. */
export function revokeBlocker(flow: OAuthFlowRequest): string | undefined {
  if (!flow.record?.credentials)
    return `There is no authorized ${flow.connector.name} connection to revoke.`;
  return undefined;
}

/**
 * The user approved: the simulated provider grants access. With a nonce the credentials wait for
 * `POST …/confirm` and the redirect's fragment carries `nonce`, `confirm_token` and `service_id`;
 * without one the connection is confirmed at once. Returns where to redirect.
 */
export async function approveAuthorization(
  context: SandboxContext,
  flow: OAuthFlowRequest,
): Promise<string> {
  const blocker = authorizeBlocker(flow);
  if (blocker) return errorRedirect(flow, 'invalid_request', blocker);
  const now = context.now();
  const { connector, claims } = flow;
  const record = flow.record ? structuredClone(flow.record) : newConnectionRecord(connector, now);
  const confirmation = flow.nonce
    ? await issueConfirmToken(context, {
        consumerId: claims.consumer_id,
        unifiedApi: claims.unified_api,
        serviceId: claims.service_id,
      })
    : undefined;
  record.credentials = issuedCredentials(
    now,
    confirmation ? { pendingConfirmTokenId: confirmation.claims.jti } : undefined,
  );
  record.revoked = false;
  record.lastRefreshFailedAt = 0;
  record.credentialsExpireAt = 0;
  if (connector.dataScopes) {
    const consent = {
      id: `con_${randomId().replace(/-/g, '').slice(0, 16)}`,
      created_at: new Date(now).toISOString(),
      granted: true,
      resources: dataScopeResources(connector),
    };
    record.consents = [...record.consents, consent];
    record.consentState = 'granted';
  }
  if (flow.record) touchConnectionRecord(record, now);
  saveConnectionRecord(context, claims.consumer_id, flow.connectionId, record);
  if (!confirmation) return flow.redirectUri;
  const target = new URL(flow.redirectUri);
  target.hash = new URLSearchParams({
    nonce: flow.nonce as string,
    confirm_token: confirmation.token,
    service_id: connector.serviceId,
  }).toString();
  return target.toString();
}

/** The user denied access: nothing changes; the redirect carries `error_type=access_denied`. */
export function denyAuthorization(flow: OAuthFlowRequest): string {
  return errorRedirect(flow, 'access_denied', `The user denied access to ${flow.connector.name}.`);
}

/** The user confirmed the revoke: credentials are dropped, the connection is `added` (revoked). */
export function revokeAuthorization(context: SandboxContext, flow: OAuthFlowRequest): string {
  const blocker = revokeBlocker(flow);
  if (blocker || !flow.record)
    return errorRedirect(flow, 'invalid_request', blocker ?? 'Nothing to revoke.');
  const now = context.now();
  const record = structuredClone(flow.record);
  record.credentials = null;
  record.revoked = true;
  record.lastDownstreamErrorAt = 0;
  touchConnectionRecord(record, now);
  saveConnectionRecord(context, flow.claims.consumer_id, flow.connectionId, record);
  return flow.redirectUri;
}

/** The user cancelled the revoke: nothing changes. */
export function cancelRevoke(flow: OAuthFlowRequest): string {
  return errorRedirect(
    flow,
    'access_denied',
    `The user cancelled disconnecting ${flow.connector.name}.`,
  );
}
