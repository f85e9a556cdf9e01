import type { RoutedRequest, SandboxContext } from '../../sandboxContext';
import { connectionNotFoundResponse, resolveConnectionScope } from './connectionScope';

/**
 * `DELETE /vault/connections/{unified_api}/{service_id}` (connectionsDelete): 204 with no body; the
 * connection is an `available` catalogue entry again. 404 when the consumer has no such connection.
 */
export async function deleteConnection(
  context: SandboxContext,
  routed: RoutedRequest,
): Promise<Response> {
  const scope = await resolveConnectionScope(context, routed);
  if (scope instanceof Response) return scope;
  if (!scope.record) return connectionNotFoundResponse(scope);
  delete context.state.consumers[scope.consumerId]?.connections[scope.connectionId];
  context.markChanged();
  return new Response(null, { status: 204 });
}
