import { isPlainObject, readJsonBody } from '../../http/jsonResponse';
import type { RoutedRequest, SandboxContext } from '../../sandboxContext';
import type { ConnectionRecord } from '../../state/sandboxState';
import { newConnectionRecord, touchConnectionRecord } from '../connectionRecord';
import { renderConnection } from '../connectionView';
import { checkFormValuesUpdate } from '../formFieldValues';
import { checkResourceDefaultsUpdate } from '../resourceDefaults';
import { vaultDataResponse } from '../vaultEnvelope';
import { type FieldProblems, fieldProblemsResponse, vaultErrorResponse } from '../vaultError';
import {
  type ConnectionScope,
  resolveConnectionScope,
  saveConnectionRecord,
} from './connectionScope';

/** A 400 for a body that is not a JSON object. */
export function invalidBodyResponse(): Response {
  return vaultErrorResponse(400, { detail: 'The request body must be a JSON object.' });
}

/** Whether a change would leave a connection enabled on an integration the application disabled. */
function enablesDisabledIntegration(scope: ConnectionScope, enabled: unknown): boolean {
  const willBeEnabled = enabled === true || (enabled === undefined && !scope.record);
  return scope.connector.integrationState === 'disabled' && willBeEnabled && !scope.record?.enabled;
}

function checkCustomMappings(
  scope: ConnectionScope,
  current: Record<string, string>,
  update: unknown,
):
  | { ok: true; customMappings: Record<string, string> }
  | { ok: false; status: 400 | 422; problems: FieldProblems } {
  if (!Array.isArray(update)) {
    return {
      ok: false,
      status: 400,
      problems: { invalid: [{ custom_mappings: 'custom_mappings must be a list' }] },
    };
  }
  const known = new Set((scope.connector.customMappings ?? []).map((mapping) => mapping.id));
  const merged = { ...current };
  for (const item of update) {
    if (!isPlainObject(item) || typeof item.id !== 'string' || !known.has(item.id)) {
      const id = isPlainObject(item) && typeof item.id === 'string' ? item.id : 'custom_mappings';
      return {
        ok: false,
        status: 400,
        problems: { invalid: [{ [id]: `Unknown custom mapping: ${id}` }] },
      };
    }
    if (typeof item.value !== 'string') {
      return {
        ok: false,
        status: 422,
        problems: { invalid: [{ [item.id]: 'A mapping value must be text' }] },
      };
    }
    merged[item.id] = item.value;
  }
  return { ok: true, customMappings: merged };
}

/**
 * `PATCH /vault/connections/{unified_api}/{service_id}` (connectionsUpdate): `enabled`, `settings`,
 * `metadata`, `configuration`, `custom_mappings`; read-only fields are ignored. Patching an
 * `available` connection adds it (enabled unless `enabled: false` is sent), as the Vault does.
 */
export async function updateConnection(
  context: SandboxContext,
  routed: RoutedRequest,
): Promise<Response> {
  const scope = await resolveConnectionScope(context, routed);
  if (scope instanceof Response) return scope;
  const parsed = await readJsonBody(routed.request);
  if (!parsed.ok || !isPlainObject(parsed.value)) return invalidBodyResponse();
  const body = parsed.value;

  if (body.enabled !== undefined && typeof body.enabled !== 'boolean') {
    return fieldProblemsResponse(400, { invalid: [{ enabled: 'enabled must be true or false' }] });
  }
  if (body.metadata !== undefined && body.metadata !== null && !isPlainObject(body.metadata)) {
    return fieldProblemsResponse(400, { invalid: [{ metadata: 'metadata must be an object' }] });
  }
  if (enablesDisabledIntegration(scope, body.enabled)) {
    return vaultErrorResponse(422, {
      detail: `The ${scope.connector.name} integration is disabled for this application.`,
    });
  }

  const now = context.now();
  const record: ConnectionRecord = scope.record
    ? structuredClone(scope.record)
    : newConnectionRecord(scope.connector, now);
  if (typeof body.enabled === 'boolean') record.enabled = body.enabled;
  if (body.metadata !== undefined) record.metadata = body.metadata as ConnectionRecord['metadata'];
  if (body.settings !== undefined && body.settings !== null) {
    const checked = checkFormValuesUpdate(
      scope.connector.formFields,
      record.settings,
      body.settings,
      'settings',
    );
    if (!checked.ok) return fieldProblemsResponse(checked.status, checked.problems);
    record.settings = checked.settings;
  }
  if (body.configuration !== undefined) {
    const checked = checkResourceDefaultsUpdate(
      scope.connector,
      record.configuration,
      body.configuration,
    );
    if (!checked.ok) return fieldProblemsResponse(checked.status, checked.problems);
    record.configuration = checked.configuration;
  }
  if (body.custom_mappings !== undefined) {
    const checked = checkCustomMappings(scope, record.customMappings, body.custom_mappings);
    if (!checked.ok) return fieldProblemsResponse(checked.status, checked.problems);
    record.customMappings = checked.customMappings;
  }
  if (scope.record) touchConnectionRecord(record, now);
  saveConnectionRecord(context, scope.consumerId, scope.connectionId, record);
  return vaultDataResponse(
    await renderConnection(context, scope.connector, record, scope.consumerId),
  );
}
