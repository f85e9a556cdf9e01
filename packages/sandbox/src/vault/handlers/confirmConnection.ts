import { isPlainObject, readJsonBody } from '../../http/jsonResponse';
import { readConfirmToken } from '../../oauth/confirmToken';
import type { RoutedRequest, SandboxContext } from '../../sandboxContext';
import { touchConnectionRecord } from '../connectionRecord';
import { vaultDataResponse } from '../vaultEnvelope';
import { fieldProblemsResponse } from '../vaultError';
import {
  connectionNotFoundResponse,
  resolveConnectionScope,
  saveConnectionRecord,
} from './connectionScope';

const confirmTokenProblem = (status: 400 | 422, message: string) =>
  fieldProblemsResponse(status, { invalid: [{ confirm_token: message }] }, 'Invalid confirm token');

/**
 * `POST /vault/connections/{unified_api}/{service_id}/confirm` (connectionsConfirm): confirms an
 * OAuth authorization started with a nonce. The `confirm_token` is single use (tracked in the
 * shared state) and valid for 30 minutes; a replayed, expired, foreign or unknown token is
 * rejected naming `confirm_token`.
 */
export async function confirmConnection(
  context: SandboxContext,
  routed: RoutedRequest,
): Promise<Response> {
  const scope = await resolveConnectionScope(context, routed);
  if (scope instanceof Response) return scope;
  const parsed = await readJsonBody(routed.request);
  const body = parsed.ok && isPlainObject(parsed.value) ? parsed.value : undefined;
  const token = body?.confirm_token;
  if (typeof token !== 'string' || token === '') {
    return fieldProblemsResponse(400, { missing: [{ confirm_token: 'required' }] });
  }
  const claims = await readConfirmToken(context, token);
  if (!claims) return confirmTokenProblem(400, 'This is not a confirm token issued by the Vault');
  if (
    claims.consumer_id !== scope.consumerId ||
    claims.unified_api !== scope.connector.unifiedApi ||
    claims.service_id !== scope.connector.serviceId
  ) {
    return confirmTokenProblem(422, 'This confirm token was issued for another connection');
  }
  if (context.state.usedTokens[claims.jti] !== undefined) {
    return confirmTokenProblem(422, 'This confirm token has already been used');
  }
  const now = context.now();
  if (now >= claims.exp * 1000) {
    return confirmTokenProblem(
      422,
      'This confirm token has expired (they are valid for 30 minutes)',
    );
  }
  if (!scope.record) return connectionNotFoundResponse(scope);
  if (scope.record.credentials?.pendingConfirmTokenId !== claims.jti) {
    return confirmTokenProblem(
      422,
      "This confirm token no longer matches the connection's authorization",
    );
  }
  const record = structuredClone(scope.record);
  if (record.credentials) {
    record.credentials.confirmed = true;
    record.credentials.pendingConfirmTokenId = null;
  }
  context.state.usedTokens[claims.jti] = claims.exp * 1000;
  touchConnectionRecord(record, now);
  saveConnectionRecord(context, scope.consumerId, scope.connectionId, record);
  return vaultDataResponse({ confirmed: true });
}
