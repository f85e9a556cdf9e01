import type { FieldValue } from '../schemas/formField';
import { apiValueFromFormValue, isMaskedValue, isSameApiValue } from './apiValueFromFormValue';
import type { FormFieldModel } from './FormModel';
import { isBlank, isEmptyFormValue } from './formValues';

/**
 * How an emptied field is written: `'clear-stored'` sends `null` (`[]` for a multi-select) only
 * when something was stored, so the value is cleared, and leaves the field out otherwise (the
 * API treats an absent key as unchanged); `'always'` sends `null` (`[]`) in every case.
 */
export type EmptyValuePolicy = 'clear-stored' | 'always';

/**
 * What to send for one field, or `undefined` to leave it out:
 * - `copy` and `info` fields are never sent;
 * - a sensitive field is sent only when the user typed a new, non-empty value that is not just
 *   mask characters, so a stored secret is never overwritten by its mask or by a blank; a hidden,
 *   deprecated or disabled sensitive field is never sent;
 * - hidden, deprecated and disabled fields, and fields missing from `values`, send their stored
 *   value unchanged (left out when nothing is stored);
 * - every other field sends its value in its API type; an empty one follows `emptyValuePolicy`.
 */
export function payloadValueOf(
  field: FormFieldModel,
  values: Readonly<Record<string, unknown>>,
  stored: unknown,
  emptyValuePolicy: EmptyValuePolicy,
): { value: FieldValue | null } | undefined {
  if (field.kind === 'copy' || field.kind === 'info') return undefined;
  const preserved = !field.visible || field.disabled || !Object.hasOwn(values, field.id);
  if (field.sensitive) {
    if (preserved) return undefined;
    const value = apiValueFromFormValue(field, values[field.id], stored);
    if (value === undefined || isEmptyFormValue(value) || isMaskedValue(value)) return undefined;
    return isSameApiValue(value, stored) ? undefined : { value };
  }
  if (preserved) {
    return stored === undefined || stored === null ? undefined : { value: stored as FieldValue };
  }
  const value = apiValueFromFormValue(field, values[field.id], stored);
  if (value !== undefined && !isEmptyFormValue(value)) return { value };
  if (emptyValuePolicy === 'clear-stored' && isBlank(stored)) return undefined;
  return { value: field.kind === 'multi-select' ? [] : null };
}
