import type { FieldValue } from '../schemas/formField';
import type { FormFieldModel } from './FormModel';
import { apiValueForKey, optionKeyOf } from './formOptions';
import { booleanFrom, isEmptyFormValue, numberFrom } from './formValues';

function storedItems(stored: unknown): unknown[] {
  return Array.isArray(stored) ? stored : [stored];
}

/**
 * A form value in the type the API expects for its field, or `undefined` when it is empty.
 * Checkboxes give booleans, numbers give numbers, selects give the option's own value (so `"5"`
 * goes back as `5` when the option's value is the number 5), multi-selects give lists, and text
 * gives strings, except that an unchanged value goes back with the type it was stored with. A
 * value that cannot be converted is passed on as it is rather than dropped.
 */
export function apiValueFromFormValue(
  field: FormFieldModel,
  value: unknown,
  stored: unknown,
): FieldValue | undefined {
  const optionValues = field.options.map((option) => option.value);
  switch (field.kind) {
    case 'checkbox':
      return booleanFrom(value) ?? (value as FieldValue);
    case 'number':
      if (isEmptyFormValue(value)) return undefined;
      return numberFrom(value) ?? (value as FieldValue);
    case 'multi-select': {
      if (isEmptyFormValue(value)) return [];
      const items: unknown[] = Array.isArray(value) ? value : [value];
      const candidates = [...optionValues, ...storedItems(stored)];
      return items.map((item) => apiValueForKey(optionKeyOf(item), candidates)) as FieldValue;
    }
    case 'select':
    case 'filtered-select':
      if (isEmptyFormValue(value) || Array.isArray(value)) {
        return isEmptyFormValue(value) ? undefined : (value as FieldValue);
      }
      return apiValueForKey(optionKeyOf(value), [...optionValues, stored]);
    default:
      if (isEmptyFormValue(value)) return undefined;
      if (typeof value !== 'string') return value as FieldValue;
      return apiValueForKey(value, [stored]);
  }
}

/** Same value for the API's purposes: equal once both are written as form keys. */
export function isSameApiValue(left: unknown, right: unknown): boolean {
  if (Array.isArray(left) || Array.isArray(right)) {
    if (!Array.isArray(left) || !Array.isArray(right) || left.length !== right.length) return false;
    return left.every((item, index) => optionKeyOf(item) === optionKeyOf(right[index]));
  }
  return optionKeyOf(left) === optionKeyOf(right);
}

const MASK_ONLY = /^[*•●∙·]+$/;

/** Whether a value is only mask characters (`****`, `••••`): a placeholder, never a secret. */
export function isMaskedValue(value: unknown): boolean {
  return typeof value === 'string' && MASK_ONLY.test(value.trim());
}
