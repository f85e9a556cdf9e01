import { randomId } from '../../crypto/tokenSigner';
import type { RoutedRequest, SandboxContext } from '../../sandboxContext';
import { touchConnectionRecord } from '../connectionRecord';
import { describeConnectionStatus } from '../connectionStatus';
import { vaultDataResponse } from '../vaultEnvelope';
import {
  connectionNotFoundResponse,
  resolveConnectionScope,
  saveConnectionRecord,
} from './connectionScope';
import { rejectNonEmptyBody } from './emptyBody';

/**
 * `POST /vault/connections/{unified_api}/{service_id}/validate` (validateConnectionState). For
 * OAuth connections it forces a token refresh: a token queued for refresh (`pending_refresh`) or a
 * connection marked `degraded` is healthy again; rejected credentials stay `invalid`. For other
 * auth types it re-checks the required settings. Answers `{id, state}`.
 */
export async function validateConnectionState(
  context: SandboxContext,
  routed: RoutedRequest,
): Promise<Response> {
  const scope = await resolveConnectionScope(context, routed);
  if (scope instanceof Response) return scope;
  const bodyProblem = await rejectNonEmptyBody(
    routed.request,
    'Do not send credentials: validation uses the connection as stored',
  );
  if (bodyProblem) return bodyProblem;
  if (!scope.record) return connectionNotFoundResponse(scope);
  const now = context.now();
  const record = structuredClone(scope.record);
  const credentials = record.credentials;
  if (scope.connector.authType === 'oauth2' && credentials?.confirmed) {
    if (credentials.rejected) {
      record.lastRefreshFailedAt = now;
    } else {
      credentials.accessToken = `sandbox-access-${randomId()}`;
      credentials.issuedAt = now;
      credentials.expiresIn = 3600;
      credentials.needsRefresh = false;
      record.lastDownstreamErrorAt = 0;
    }
    touchConnectionRecord(record, now);
    saveConnectionRecord(context, scope.consumerId, scope.connectionId, record);
  }
  const { state } = describeConnectionStatus(scope.connector, record);
  return vaultDataResponse({ id: scope.connectionId, state });
}
