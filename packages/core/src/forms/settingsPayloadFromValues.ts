import type { SettingValue } from '../schemas/requests';
import type { FormModel } from './FormModel';
import { payloadValueOf } from './payloadValueOf';

/**
 * The `settings` object to send with `updateConnection` (`PATCH …/{unified_api}/{service_id}`)
 * from a settings form's values (raw form values or the schema's parsed output).
 *
 * - Every editable field is sent in its API type: booleans, numbers, option values as the API
 *   typed them, lists for multi-selects, strings for text.
 * - An emptied field is sent as `null` (`[]` for a multi-select) when a value was stored, so it is
 *   cleared; otherwise it is left out, as the API treats an absent key as unchanged.
 * - Sensitive fields are sent only when the user typed a new, non-empty value that is not just
 *   mask characters: a stored secret is never overwritten by its mask or by a blank.
 * - Hidden, deprecated and disabled fields (and fields absent from `values`) send their stored
 *   value back unchanged, and are left out when nothing is stored.
 * - `copy` and `info` fields are never sent.
 *
 * @param original - the stored settings to compare with; defaults to what the model was built
 *   from (`settings[id]`, else the field's `value`)
 *
 * @example
 * await updateConnection(client, { ...ref, settings: settingsPayloadFromValues(model, values) });
 */
export function settingsPayloadFromValues(
  model: Pick<FormModel, 'fields'>,
  values: Readonly<Record<string, unknown>>,
  original?: Readonly<Record<string, unknown>> | null,
): Record<string, SettingValue> {
  const settings: Record<string, SettingValue> = {};
  for (const field of model.fields) {
    const stored =
      original && Object.hasOwn(original, field.id) ? original[field.id] : field.storedValue;
    const entry = payloadValueOf(field, values, stored, 'clear-stored');
    if (entry) settings[field.id] = entry.value;
  }
  return settings;
}
