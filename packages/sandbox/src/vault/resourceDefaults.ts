import type { SandboxConnector } from '../catalogue/connectorTypes';
import { isPlainObject } from '../http/jsonResponse';
import { checkFormValuesUpdate } from './formFieldValues';
import type { FieldProblems } from './vaultError';

/** The result of checking a resource defaults update. */
export type ResourceDefaultsCheck =
  | { ok: true; configuration: Record<string, Record<string, unknown>> }
  | { ok: false; status: 400 | 422; problems: FieldProblems };

const bad = (status: 400 | 422, id: string, message: string): ResourceDefaultsCheck => ({
  ok: false,
  status,
  problems: { invalid: [{ [id]: message }] },
});

/**
 * Checks `configuration: [{resource, defaults: [{id, value, target}]}]` against the connector's
 * configurable resources and returns the merged defaults. An unknown resource or default id is a
 * 400 naming it; a value of the wrong type a 422 naming the default's id. With `onlyResource`
 * (`PATCH …/{resource}/config`) every entry must be for that resource.
 */
export function checkResourceDefaultsUpdate(
  connector: SandboxConnector,
  current: Record<string, Record<string, unknown>>,
  configuration: unknown,
  onlyResource?: string,
): ResourceDefaultsCheck {
  if (!Array.isArray(configuration)) {
    return bad(400, 'configuration', 'configuration must be a list of {resource, defaults}');
  }
  const merged: Record<string, Record<string, unknown>> = { ...current };
  for (const entry of configuration) {
    if (!isPlainObject(entry) || typeof entry.resource !== 'string') {
      return bad(400, 'configuration', 'each configuration entry needs a resource name');
    }
    const resource = entry.resource;
    const definition = connector.configurableResources?.find((item) => item.resource === resource);
    if (!definition || (onlyResource !== undefined && resource !== onlyResource)) {
      return bad(
        400,
        'resource',
        onlyResource !== undefined && definition
          ? `This request configures ${onlyResource}, not ${resource}`
          : `Unknown resource for ${connector.name}: ${resource}`,
      );
    }
    if (!Array.isArray(entry.defaults)) {
      return bad(400, 'defaults', `defaults for ${resource} must be a list of {id, value}`);
    }
    const update: Record<string, unknown> = {};
    for (const item of entry.defaults) {
      if (!isPlainObject(item) || typeof item.id !== 'string') {
        return bad(400, 'defaults', 'each default needs an id');
      }
      update[item.id] = item.value ?? null;
    }
    const checked = checkFormValuesUpdate(
      definition.fields,
      merged[resource] ?? {},
      update,
      `${resource} default`,
    );
    if (!checked.ok) return checked;
    merged[resource] = checked.settings;
  }
  return { ok: true, configuration: merged };
}
