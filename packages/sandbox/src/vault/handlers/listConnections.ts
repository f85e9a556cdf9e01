import { connectionIdOf } from '../../catalogue/catalogueIndex';
import type { RoutedRequest, SandboxContext } from '../../sandboxContext';
import { renderConnection } from '../connectionView';
import { isKnownUnifiedApi } from '../unifiedApis';
import { authenticateVaultRequest } from '../vaultAuth';
import { vaultDataResponse } from '../vaultEnvelope';
import { fieldProblemsResponse, vaultErrorResponse } from '../vaultError';

/**
 * `GET /vault/connections?api=&configured=` (connectionsAll). Without a consumer (API key and no
 * `x-apideck-consumer-id`) every connection is listed as `available`. `configured=true` keeps the
 * connections the consumer has added (any state but `available`), `false` the others.
 */
export async function listConnections(
  context: SandboxContext,
  routed: RoutedRequest,
): Promise<Response> {
  const caller = await authenticateVaultRequest(context, routed.request, {
    consumerRequired: false,
  });
  if (caller instanceof Response) return caller;
  const api = routed.url.searchParams.get('api');
  if (api !== null && !context.catalogue.unifiedApis.has(api) && !isKnownUnifiedApi(api)) {
    return vaultErrorResponse(404, {
      message: 'Unknown Unified API',
      detail: `Unified API '${api}' does not exist`,
    });
  }
  const configuredParam = routed.url.searchParams.get('configured');
  if (configuredParam !== null && configuredParam !== 'true' && configuredParam !== 'false') {
    return fieldProblemsResponse(400, {
      invalid: [{ configured: 'configured must be true or false' }],
    });
  }
  const records = caller.consumerId
    ? (context.state.consumers[caller.consumerId]?.connections ?? {})
    : {};
  const connectors = context.catalogue.connectors.filter((connector) => {
    if (api !== null && connector.unifiedApi !== api) return false;
    if (configuredParam === null) return true;
    const configured = connectionIdOf(connector.unifiedApi, connector.serviceId) in records;
    return configuredParam === 'true' ? configured : !configured;
  });
  const data = await Promise.all(
    connectors.map((connector) =>
      renderConnection(
        context,
        connector,
        records[connectionIdOf(connector.unifiedApi, connector.serviceId)],
        caller.consumerId,
      ),
    ),
  );
  return vaultDataResponse(data);
}
