import type { RoutedRequest, SandboxContext } from '../../sandboxContext';
import { renderConnection } from '../connectionView';
import { vaultDataResponse } from '../vaultEnvelope';
import { resolveConnectionScope } from './connectionScope';

/** `GET /vault/connections/{unified_api}/{service_id}` (connectionsOne); `available` ones too. */
export async function getConnection(
  context: SandboxContext,
  routed: RoutedRequest,
): Promise<Response> {
  const scope = await resolveConnectionScope(context, routed);
  if (scope instanceof Response) return scope;
  return vaultDataResponse(
    await renderConnection(context, scope.connector, scope.record, scope.consumerId),
  );
}
