import type { ResourceDefaultUpdate } from '../schemas/requests';
import type { FormModel } from './FormModel';
import { payloadValueOf } from './payloadValueOf';

/**
 * The `defaults` to send with `updateResourceConfig` (`PATCH …/{resource}/config`) from a
 * resource defaults form's values, one `{id, value, target}` per field in the model's order
 * (`target` only when the field has one).
 *
 * The rules of `settingsPayloadFromValues` apply, except that an empty field is always sent, as
 * `null` (`[]` for a multi-select), so that the resource's default is cleared. Lists keep the
 * type of each item (mixed lists such as `["a", 1, true]` go back as they came).
 *
 * @example
 * await updateResourceConfig(client, {
 *   ...ref,
 *   resource: 'leads',
 *   defaults: resourceDefaultsPayloadFromValues(model, values),
 * });
 */
export function resourceDefaultsPayloadFromValues(
  model: Pick<FormModel, 'fields'>,
  values: Readonly<Record<string, unknown>>,
): ResourceDefaultUpdate[] {
  const defaults: ResourceDefaultUpdate[] = [];
  for (const field of model.fields) {
    const entry = payloadValueOf(field, values, field.storedValue, 'always');
    if (!entry) continue;
    defaults.push(
      field.target === undefined
        ? { id: field.id, value: entry.value }
        : { id: field.id, value: entry.value, target: field.target },
    );
  }
  return defaults;
}
