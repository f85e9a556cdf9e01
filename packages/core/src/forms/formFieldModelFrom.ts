import type { FieldValue, FormField } from '../schemas/formField';
import type { FormFieldModel } from './FormModel';
import { formOptionsFrom } from './formOptions';
import { humanizeFieldId } from './humanizeFieldId';
import { normalizeFormFieldType } from './normalizeFormFieldType';

const LOCATION_HINT = 'Enter an address or a place name.';

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * The model of one form field. `storedValue` is the connection's `settings[id]` when present
 * (not `null`/`undefined`), else the field's own `value`.
 */
export function formFieldModelFrom(formField: FormField, settingsValue?: unknown): FormFieldModel {
  const kind = normalizeFormFieldType(formField);
  const hidden = formField.hidden === true || kind === 'hidden';
  const deprecated = formField.deprecated === true;
  const disabled = formField.disabled === true;
  const { options, optionGroups } = formOptionsFrom(formField.options);
  const stored = (settingsValue ?? formField.value ?? undefined) as FieldValue | undefined;
  const label = typeof formField.label === 'string' ? formField.label.trim() : '';
  return {
    id: formField.id,
    kind,
    type: text(formField.type),
    label: label === '' ? humanizeFieldId(formField.id) : label,
    description: text(formField.description),
    placeholder: text(formField.placeholder),
    hint: kind === 'location' ? LOCATION_HINT : undefined,
    prefix: text(formField.prefix),
    suffix: text(formField.suffix),
    required: formField.required === true,
    disabled,
    hidden,
    deprecated,
    visible: !hidden && !deprecated,
    sensitive: formField.sensitive === true || kind === 'password',
    readOnly: disabled || kind === 'copy' || kind === 'info',
    customField: formField.custom_field === true,
    options,
    optionGroups,
    allowCustomValues: formField.allow_custom_values === true,
    dependsOn: kind === 'filtered-select' ? text(formField.filter?.value) : undefined,
    target: text(formField.target),
    storedValue: stored,
  };
}
