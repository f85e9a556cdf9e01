import type { FormFieldModel, FormModel } from './FormModel';

/** Field errors split between the fields a form renders and the form as a whole. */
export interface FormErrorsFromApi {
  /** Field id → message, for fields the form renders; feed them to react-hook-form's `setError`. */
  fieldErrors: Record<string, string>;
  /** Messages to show above the form: errors about fields it does not render, or does not know. */
  formErrors: string[];
}

const BRACKETED = /^settings\[\s*(['"]?)(.+?)\1\s*\]$/;
const DOTTED = /^settings\.(.+)$/;
const POINTER = /^\/?settings\/(.+)$/;

/** The field id an API error key names: `x`, `settings.x`, `settings[x]`, `settings["x"]`, `/settings/x`. */
function fieldIdOf(key: string): string {
  const trimmed = key.trim();
  const match = BRACKETED.exec(trimmed) ?? DOTTED.exec(trimmed) ?? POINTER.exec(trimmed);
  if (!match) return trimmed;
  return (match.length === 3 ? match[2] : match[1]) ?? trimmed;
}

function fieldFor(fields: readonly FormFieldModel[], id: string): FormFieldModel | undefined {
  const lower = id.toLowerCase();
  return (
    fields.find((field) => field.id === id) ??
    fields.find((field) => field.id.toLowerCase() === lower)
  );
}

function mentions(message: string, name: string): boolean {
  return name !== '' && message.toLowerCase().includes(name.toLowerCase());
}

/**
 * Maps an API error's `fieldErrors` (from a 400 or 422 `PlugboardError`) onto a generated form.
 * Keys may be `instance_url`, `settings.instance_url` or `settings[instance_url]`, matched to field
 * ids exactly first and then ignoring case. Errors about rendered fields (neither hidden nor
 * deprecated) go to `fieldErrors` under the field's id; the rest go to `formErrors`, prefixed with
 * the field's label (or the key's id for an unknown field) unless the message already names it.
 * When several keys name one field, the first message wins.
 *
 * @example
 * const { fieldErrors, formErrors } = mapFieldErrorsToForm(model, error.fieldErrors);
 * for (const [id, message] of Object.entries(fieldErrors)) form.setError(id, { message });
 */
export function mapFieldErrorsToForm(
  model: Pick<FormModel, 'fields'>,
  fieldErrors: Readonly<Record<string, string>> | null | undefined,
): FormErrorsFromApi {
  const result: FormErrorsFromApi = { fieldErrors: {}, formErrors: [] };
  for (const [key, rawMessage] of Object.entries(fieldErrors ?? {})) {
    const message =
      typeof rawMessage === 'string' && rawMessage !== '' ? rawMessage : 'This value is not valid.';
    const id = fieldIdOf(key);
    const field = fieldFor(model.fields, id);
    if (field?.visible) {
      result.fieldErrors[field.id] ??= message;
      continue;
    }
    const name = field?.label ?? id;
    const named = mentions(message, name) || mentions(message, field?.id ?? id);
    result.formErrors.push(named ? message : `${name}: ${message}`);
  }
  return result;
}
