import { isPlainObject, readJsonBody } from '../../http/jsonResponse';
import type { RoutedRequest, SandboxContext } from '../../sandboxContext';
import { touchConnectionRecord } from '../connectionRecord';
import { renderConnection, resourceConfigFields } from '../connectionView';
import { checkResourceDefaultsUpdate } from '../resourceDefaults';
import { vaultDataResponse } from '../vaultEnvelope';
import { fieldProblemsResponse, vaultErrorResponse } from '../vaultError';
import {
  type ConnectionScope,
  connectionNotFoundResponse,
  resolveConnectionScope,
  saveConnectionRecord,
} from './connectionScope';
import { invalidBodyResponse } from './updateConnection';

function unknownResourceResponse(scope: ConnectionScope, resource: string): Response {
  return vaultErrorResponse(404, {
    message: 'Unknown Resource',
    detail: `${scope.connector.name} has no configurable resource '${resource}'`,
  });
}

/**
 * `GET /vault/connections/{unified_api}/{service_id}/{resource}/config` (connectionSettingsAll):
 * the connection, with `configuration` as the flat list of the resource's default fields (id,
 * type, label, options, value, target…).
 */
export async function getResourceConfig(
  context: SandboxContext,
  routed: RoutedRequest,
): Promise<Response> {
  const scope = await resolveConnectionScope(context, routed);
  if (scope instanceof Response) return scope;
  const resource = routed.params.resource ?? '';
  if (!scope.connector.configurableResources?.some((entry) => entry.resource === resource)) {
    return unknownResourceResponse(scope, resource);
  }
  const connection = await renderConnection(
    context,
    scope.connector,
    scope.record,
    scope.consumerId,
  );
  return vaultDataResponse({
    ...connection,
    configuration: resourceConfigFields(
      scope.connector,
      scope.record,
      resource,
      context.formFieldTypes,
    ),
  });
}

/**
 * `PATCH /vault/connections/{unified_api}/{service_id}/{resource}/config` (connectionSettingsUpdate)
 * with `{configuration: [{resource, defaults: [{id, value, target}]}]}`.
 */
export async function updateResourceConfig(
  context: SandboxContext,
  routed: RoutedRequest,
): Promise<Response> {
  const scope = await resolveConnectionScope(context, routed);
  if (scope instanceof Response) return scope;
  const resource = routed.params.resource ?? '';
  if (!scope.connector.configurableResources?.some((entry) => entry.resource === resource)) {
    return unknownResourceResponse(scope, resource);
  }
  const parsed = await readJsonBody(routed.request);
  if (!parsed.ok || !isPlainObject(parsed.value)) return invalidBodyResponse();
  if (parsed.value.configuration === undefined) {
    return fieldProblemsResponse(400, { missing: [{ configuration: 'required' }] });
  }
  if (!scope.record) return connectionNotFoundResponse(scope);
  const checked = checkResourceDefaultsUpdate(
    scope.connector,
    scope.record.configuration,
    parsed.value.configuration,
    resource,
  );
  if (!checked.ok) return fieldProblemsResponse(checked.status, checked.problems);
  const record = structuredClone(scope.record);
  record.configuration = checked.configuration;
  touchConnectionRecord(record, context.now());
  saveConnectionRecord(context, scope.consumerId, scope.connectionId, record);
  return vaultDataResponse(
    await renderConnection(context, scope.connector, record, scope.consumerId),
  );
}
