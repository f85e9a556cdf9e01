import { isEmptyFormValue } from '../forms/formValues';
import type { Connection } from '../schemas/connection';

/**
 * The ids in `settings_required_for_authorization` that still have no value, in the order the
 * connection lists them. A setting counts as filled when `settings[id]` or the matching form
 * field's `value` holds something other than `null`, an empty or blank string, or an empty list
 * (`false` and `0` count as filled). A field's `default_value` does not count: it is only a
 * suggestion until the settings are saved.
 *
 * @returns an empty array when the connection can be authorized as far as settings go.
 */
export function missingSettingsForAuthorization(connection: Connection): string[] {
  const required = connection.settings_required_for_authorization ?? [];
  const missing: string[] = [];
  for (const id of required) {
    if (missing.includes(id)) continue;
    const formField = connection.form_fields?.find((candidate) => candidate.id === id);
    if (isEmptyFormValue(connection.settings?.[id]) && isEmptyFormValue(formField?.value)) {
      missing.push(id);
    }
  }
  return missing;
}
