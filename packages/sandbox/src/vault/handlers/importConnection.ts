import { isPlainObject, readJsonBody } from '../../http/jsonResponse';
import type { RoutedRequest, SandboxContext } from '../../sandboxContext';
import type { ConnectionRecord } from '../../state/sandboxState';
import { newConnectionRecord, touchConnectionRecord } from '../connectionRecord';
import { renderConnection } from '../connectionView';
import { checkFormValuesUpdate } from '../formFieldValues';
import { vaultDataResponse } from '../vaultEnvelope';
import { fieldProblemsResponse, vaultErrorResponse } from '../vaultError';
import { resolveConnectionScope, saveConnectionRecord } from './connectionScope';
import { invalidBodyResponse } from './updateConnection';

const CREDENTIAL_KEYS = new Set(['access_token', 'refresh_token', 'issued_at', 'expires_in']);

/**
 * `POST /vault/connections/{unified_api}/{service_id}/import` (connectionsImport): stores tokens
 * obtained elsewhere and makes an OAuth connection callable. Without `issued_at` or `expires_in`
 * (or with an expired token) the token is queued for refresh: health `pending_refresh` until
 * `POST …/validate` refreshes it.
 */
export async function importConnection(
  context: SandboxContext,
  routed: RoutedRequest,
): Promise<Response> {
  const scope = await resolveConnectionScope(context, routed);
  if (scope instanceof Response) return scope;
  const parsed = await readJsonBody(routed.request);
  if (!parsed.ok || !isPlainObject(parsed.value)) return invalidBodyResponse();
  const body = parsed.value;
  const { connector } = scope;
  if (connector.authType !== 'oauth2') {
    return vaultErrorResponse(422, {
      detail: `${connector.name} uses ${connector.authType} authentication; only OAuth connections can be imported.`,
    });
  }
  if (connector.integrationState === 'disabled') {
    return vaultErrorResponse(422, {
      detail: `The ${connector.name} integration is disabled for this application.`,
    });
  }

  const credentials = body.credentials;
  if (credentials === undefined || credentials === null) {
    return fieldProblemsResponse(400, {
      missing: [{ credentials: 'required' }, { access_token: 'required' }],
    });
  }
  if (!isPlainObject(credentials)) {
    return fieldProblemsResponse(400, {
      invalid: [{ credentials: 'credentials must be an object' }],
    });
  }
  const unknown = Object.keys(credentials).filter((key) => !CREDENTIAL_KEYS.has(key));
  if (unknown.length > 0) {
    return fieldProblemsResponse(400, {
      invalid: unknown.map((key) => ({ [key]: `Unknown credentials property: ${key}` })),
    });
  }
  const {
    access_token: accessToken,
    refresh_token: refreshToken,
    issued_at: issuedAt,
    expires_in: expiresIn,
  } = credentials;
  if (accessToken === undefined || accessToken === null || accessToken === '') {
    return fieldProblemsResponse(400, { missing: [{ access_token: 'required' }] });
  }
  const invalid: Array<Record<string, string>> = [];
  if (typeof accessToken !== 'string') invalid.push({ access_token: 'access_token must be text' });
  if (refreshToken !== undefined && refreshToken !== null && typeof refreshToken !== 'string') {
    invalid.push({ refresh_token: 'refresh_token must be text' });
  }
  const issuedAtMs = typeof issuedAt === 'string' ? Date.parse(issuedAt) : Number.NaN;
  if (issuedAt !== undefined && issuedAt !== null && Number.isNaN(issuedAtMs)) {
    invalid.push({ issued_at: 'issued_at must be a date-time (ISO 8601)' });
  }
  if (expiresIn !== undefined && expiresIn !== null && !Number.isInteger(expiresIn)) {
    invalid.push({ expires_in: 'expires_in must be a whole number of seconds' });
  }
  if (invalid.length > 0) return fieldProblemsResponse(422, { invalid });
  if (body.metadata !== undefined && body.metadata !== null && !isPlainObject(body.metadata)) {
    return fieldProblemsResponse(400, { invalid: [{ metadata: 'metadata must be an object' }] });
  }

  const now = context.now();
  const record: ConnectionRecord = scope.record
    ? structuredClone(scope.record)
    : newConnectionRecord(connector, now);
  if (body.settings !== undefined && body.settings !== null) {
    const checked = checkFormValuesUpdate(
      connector.formFields,
      record.settings,
      body.settings,
      'settings',
    );
    if (!checked.ok) return fieldProblemsResponse(checked.status, checked.problems);
    record.settings = checked.settings;
  }
  if (body.metadata !== undefined) record.metadata = body.metadata as ConnectionRecord['metadata'];
  const knownLifetime = !Number.isNaN(issuedAtMs) && typeof expiresIn === 'number';
  const expired = knownLifetime && issuedAtMs + (expiresIn as number) * 1000 <= now;
  record.enabled = true;
  record.revoked = false;
  record.lastRefreshFailedAt = 0;
  record.credentialsExpireAt = 0;
  record.credentials = {
    accessToken: accessToken as string,
    refreshToken: typeof refreshToken === 'string' ? refreshToken : null,
    issuedAt: Number.isNaN(issuedAtMs) ? null : issuedAtMs,
    expiresIn: typeof expiresIn === 'number' ? expiresIn : null,
    confirmed: true,
    pendingConfirmTokenId: null,
    rejected: false,
    needsRefresh: !knownLifetime || expired,
  };
  if (scope.record) touchConnectionRecord(record, now);
  saveConnectionRecord(context, scope.consumerId, scope.connectionId, record);
  return vaultDataResponse(await renderConnection(context, connector, record, scope.consumerId));
}
