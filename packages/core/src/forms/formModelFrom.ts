import type { FormField } from '../schemas/formField';
import type { FormFieldModel, FormModel, FormModelOptions, FormValues } from './FormModel';
import { FORM_ERROR_MESSAGES } from './formErrorMessages';
import { formFieldModelFrom } from './formFieldModelFrom';
import { formSchemaFor } from './formSchemaFor';
import { emptyFormValueFor, formValueFor, isBlank } from './formValues';

/**
 * The value a field starts with: the first of `settings[id]`, the field's `value` and its
 * `default_value` that is not blank (`null`, `undefined`, `''`, `[]`), converted for its widget;
 * the widget's empty value when all are blank.
 */
function defaultFormValueOf(
  field: FormFieldModel,
  formField: FormField,
  settingsValue: unknown,
): FormValues[string] {
  const candidates = [settingsValue, formField.value, formField.default_value];
  const first = candidates.find((candidate) => !isBlank(candidate));
  if (first === undefined) return emptyFormValueFor(field.kind);
  return formValueFor(field, first as FormField['value']);
}

/**
 * A form model from a list of form fields and the values stored for them. Fields whose id was
 * already seen are dropped (the first one wins), as are entries without a string id.
 */
export function formModelFrom(
  formFields: readonly FormField[],
  settings: Readonly<Record<string, unknown>> | null | undefined,
  options: FormModelOptions | undefined,
): FormModel {
  const fields: FormFieldModel[] = [];
  const defaultValues: FormValues = {};
  const seen = new Set<string>();
  for (const formField of formFields) {
    if (!formField || typeof formField.id !== 'string' || seen.has(formField.id)) continue;
    seen.add(formField.id);
    const settingsValue =
      settings && Object.hasOwn(settings, formField.id) ? settings[formField.id] : undefined;
    const field = formFieldModelFrom(formField, settingsValue);
    fields.push(field);
    defaultValues[field.id] = defaultFormValueOf(field, formField, settingsValue);
  }
  const messages = { ...FORM_ERROR_MESSAGES, ...options?.messages };
  return { fields, schema: formSchemaFor(fields, messages), defaultValues };
}
