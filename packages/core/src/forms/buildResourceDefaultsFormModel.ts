import type { Connection, ResourceDefault } from '../schemas/connection';
import { type FormField, FormFieldSchema } from '../schemas/formField';
import type { ResourceConfig } from '../schemas/responses';
import type { FormModel, FormModelOptions } from './FormModel';
import { formModelFrom } from './formModelFrom';

/**
 * A resource default as a form field. Defaults carry no label or type: the label comes from the
 * id, and the widget is inferred from the data (see `normalizeFormFieldType`). Any form-field
 * properties a default does carry (label, type, description…) are kept when they are well formed.
 */
function formFieldFromResourceDefault(resourceDefault: ResourceDefault): FormField {
  const parsed = FormFieldSchema.safeParse(resourceDefault);
  if (parsed.success) return parsed.data;
  return {
    id: resourceDefault.id,
    target: resourceDefault.target,
    options: resourceDefault.options,
    value: resourceDefault.value,
  };
}

/**
 * The resource defaults form (the default values Vault writes into one resource, e.g. `leads`),
 * in the same `{fields, schema, defaultValues}` shape as the settings form.
 *
 * Pass either what `GET …/{resource}/config` answers (`ResourceConfig`, whose `configuration` is
 * a flat list of form fields; the list itself works too), or a connection and a resource name to
 * read `connection.configuration[].defaults` of that resource (an unknown resource gives an empty
 * form). Each field starts with its `value`, else its `default_value`, else its widget's empty
 * value. Write the result with `resourceDefaultsPayloadFromValues`.
 *
 * @example
 * const model = buildResourceDefaultsFormModel(connection, 'leads');
 * const model = buildResourceDefaultsFormModel(await getResourceConfig(client, ref));
 */
export function buildResourceDefaultsFormModel(
  resourceConfig: ResourceConfig | readonly FormField[],
  options?: FormModelOptions,
): FormModel;
export function buildResourceDefaultsFormModel(
  connection: Connection,
  resource: string,
  options?: FormModelOptions,
): FormModel;
export function buildResourceDefaultsFormModel(
  source: ResourceConfig | readonly FormField[] | Connection,
  resourceOrOptions?: string | FormModelOptions,
  options?: FormModelOptions,
): FormModel {
  if (typeof resourceOrOptions === 'string') {
    const connection = source as Connection;
    const configuration = connection.configuration?.find(
      (entry) => entry.resource === resourceOrOptions,
    );
    const formFields = (configuration?.defaults ?? []).map(formFieldFromResourceDefault);
    return formModelFrom(formFields, undefined, options);
  }
  const formFields = Array.isArray(source) ? source : (source as ResourceConfig).configuration;
  return formModelFrom(formFields ?? [], undefined, resourceOrOptions);
}
