import type { Connection } from '../schemas/connection';
import type { FormField } from '../schemas/formField';
import type { FormModel, FormModelOptions } from './FormModel';
import { formModelFrom } from './formModelFrom';

/**
 * The settings form of a connection: a model per form field, a zod/mini schema for
 * react-hook-form (`zodResolver(model.schema)`) and the values the form starts with.
 *
 * Each field starts with the connection's `settings[id]`, else the field's `value`, else its
 * `default_value`, else the empty value of its widget (`''` for text-like widgets and numbers,
 * `false` for a checkbox, `[]` for a multi-select); blank values (`null`, `''`, `[]`) fall through.
 * Values are converted for their widget only where nothing is lost (see `FormValue`).
 *
 * @param source - a connection (its `form_fields` and `settings`) or a list of form fields
 * @param settings - the stored settings; given, they replace the connection's `settings`
 * @param options - `messages` to replace the default error sentences
 *
 * @example
 * const model = buildSettingsFormModel(connection);
 * const form = useForm({ resolver: zodResolver(model.schema), defaultValues: model.defaultValues });
 */
export function buildSettingsFormModel(
  source: Connection | readonly FormField[],
  settings?: Readonly<Record<string, unknown>> | null,
  options?: FormModelOptions,
): FormModel {
  if (isFormFieldList(source)) return formModelFrom(source, settings, options);
  return formModelFrom(source.form_fields ?? [], settings ?? source.settings, options);
}

function isFormFieldList(
  source: Connection | readonly FormField[],
): source is readonly FormField[] {
  return Array.isArray(source);
}
