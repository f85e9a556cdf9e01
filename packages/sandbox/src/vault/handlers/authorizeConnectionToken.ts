import type { RoutedRequest, SandboxContext } from '../../sandboxContext';
import { issuedCredentials, touchConnectionRecord } from '../connectionRecord';
import { missingSettingIds, rejectedSecretIds, tokenGrantSettingIds } from '../connectionStatus';
import { renderConnection } from '../connectionView';
import { vaultDataResponse } from '../vaultEnvelope';
import { fieldProblemsResponse, vaultErrorResponse } from '../vaultError';
import {
  connectionNotFoundResponse,
  resolveConnectionScope,
  saveConnectionRecord,
} from './connectionScope';
import { rejectNonEmptyBody } from './emptyBody';

/**
 * `POST /vault/connections/{unified_api}/{service_id}/token` (connectionsToken): exchanges the
 * stored settings for an access token, for the `client_credentials` and `password` grants. The
 * body must be `{}` (or absent). Missing settings are a 400 naming them; a rejected secret
 * (see `rejectedSecretIds`) a 422 naming it, and the connection becomes `invalid`.
 */
export async function authorizeConnectionToken(
  context: SandboxContext,
  routed: RoutedRequest,
): Promise<Response> {
  const scope = await resolveConnectionScope(context, routed);
  if (scope instanceof Response) return scope;
  const bodyProblem = await rejectNonEmptyBody(
    routed.request,
    'Do not send credentials: the token exchange uses the settings stored on the connection',
  );
  if (bodyProblem) return bodyProblem;
  const { connector, record } = scope;
  if (!record) return connectionNotFoundResponse(scope);
  const grant = connector.oauthGrantType;
  if (connector.authType !== 'oauth2' || (grant !== 'client_credentials' && grant !== 'password')) {
    return vaultErrorResponse(422, {
      detail: `${connector.name} uses ${grant ?? connector.authType}; POST /token only supports the client_credentials and password grants.`,
    });
  }
  if (connector.integrationState === 'needs_configuration') {
    return vaultErrorResponse(422, {
      detail: `The ${connector.name} integration needs configuration by the application before it can be authorized.`,
    });
  }
  if (!record.enabled) {
    return vaultErrorResponse(422, { detail: `The ${connector.name} connection is disabled.` });
  }
  const grantSettings = tokenGrantSettingIds(connector);
  const missing = missingSettingIds(grantSettings, record.settings);
  if (missing.length > 0) {
    return fieldProblemsResponse(
      400,
      { missing: missing.map((id) => ({ [id]: 'required' })) },
      'Missing settings for the token exchange',
    );
  }
  const now = context.now();
  const updated = structuredClone(record);
  const rejected = rejectedSecretIds(connector, record.settings).filter((id) =>
    grantSettings.includes(id),
  );
  if (rejected.length > 0) {
    updated.credentials = null;
    updated.lastRefreshFailedAt = now;
    touchConnectionRecord(updated, now);
    saveConnectionRecord(context, scope.consumerId, scope.connectionId, updated);
    return vaultErrorResponse(422, {
      typeName: 'ConnectorCredentialsError',
      message: 'Connector Credentials Error',
      detail: {
        invalid: rejected.map((id) => ({ [id]: `${connector.name} rejected this value` })),
      },
    });
  }
  updated.credentials = issuedCredentials(now, undefined);
  updated.revoked = false;
  updated.lastRefreshFailedAt = 0;
  touchConnectionRecord(updated, now);
  saveConnectionRecord(context, scope.consumerId, scope.connectionId, updated);
  return vaultDataResponse(await renderConnection(context, connector, updated, scope.consumerId));
}
