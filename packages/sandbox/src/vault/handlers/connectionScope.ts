import { connectionIdOf } from '../../catalogue/catalogueIndex';
import type { SandboxConnector } from '../../catalogue/connectorTypes';
import type { RoutedRequest, SandboxContext } from '../../sandboxContext';
import type { ConnectionRecord } from '../../state/sandboxState';
import { isKnownUnifiedApi } from '../unifiedApis';
import { authenticateVaultRequest, type VaultCaller } from '../vaultAuth';
import { vaultErrorResponse } from '../vaultError';

/** A connection-scoped request, resolved: who calls, for which connector, and its record. */
export interface ConnectionScope {
  caller: VaultCaller;
  consumerId: string;
  connector: SandboxConnector;
  connectionId: string;
  /** The consumer's record; undefined while the connection is `available`. */
  record: ConnectionRecord | undefined;
}

/** 404 for a unified API or connector the catalogue does not have. */
export function unknownConnectionResponse(
  context: SandboxContext,
  unifiedApi: string,
  serviceId: string,
): Response {
  if (!context.catalogue.unifiedApis.has(unifiedApi) && !isKnownUnifiedApi(unifiedApi)) {
    return vaultErrorResponse(404, {
      message: 'Unknown Unified API',
      detail: `Unified API '${unifiedApi}' does not exist`,
    });
  }
  return vaultErrorResponse(404, {
    message: 'Unknown Connector',
    detail: `Could not find connector '${serviceId}' for unified API '${unifiedApi}'`,
  });
}

/** 404 for an operation on a connection the consumer has not added (or has deleted). */
export function connectionNotFoundResponse(
  scope: Pick<ConnectionScope, 'consumerId' | 'connectionId'>,
): Response {
  return vaultErrorResponse(404, {
    message: 'Unknown Connection',
    detail: `Consumer '${scope.consumerId}' has no connection '${scope.connectionId}'`,
  });
}

/** Authenticates a connection-scoped request and finds its connector and record. */
export async function resolveConnectionScope(
  context: SandboxContext,
  routed: RoutedRequest,
): Promise<ConnectionScope | Response> {
  const caller = await authenticateVaultRequest(context, routed.request, {
    consumerRequired: true,
  });
  if (caller instanceof Response) return caller;
  const unifiedApi = routed.params.unified_api ?? '';
  const serviceId = routed.params.service_id ?? '';
  const connectionId = connectionIdOf(unifiedApi, serviceId);
  const connector = context.catalogue.byConnectionId.get(connectionId);
  if (!connector) return unknownConnectionResponse(context, unifiedApi, serviceId);
  const consumerId = caller.consumerId as string;
  return {
    caller,
    consumerId,
    connector,
    connectionId,
    record: context.state.consumers[consumerId]?.connections[connectionId],
  };
}

/** Stores a consumer's record (creating the consumer on first write) and marks the state changed. */
export function saveConnectionRecord(
  context: SandboxContext,
  consumerId: string,
  connectionId: string,
  record: ConnectionRecord,
): void {
  context.state.consumers[consumerId] ??= { connections: {} };
  (
    context.state.consumers[consumerId] as { connections: Record<string, ConnectionRecord> }
  ).connections[connectionId] = record;
  context.markChanged();
}
