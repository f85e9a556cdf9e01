import type { FieldValue } from '../schemas/formField';
import type { FormFieldModel, FormValue } from './FormModel';
import { optionKeyOf } from './formOptions';
import type { FormFieldKind } from './normalizeFormFieldType';

/** Nothing there: `null`, `undefined`, `''` or an empty list. `false` and `0` are answers. */
export function isBlank(value: unknown): boolean {
  if (value === null || value === undefined || value === '') return true;
  return Array.isArray(value) && value.length === 0;
}

/** Not filled in, as `required` means it: blank, or a string of spaces only. */
export function isEmptyFormValue(value: unknown): boolean {
  if (isBlank(value)) return true;
  return typeof value === 'string' && value.trim() === '';
}

/** What an untouched widget of a kind holds: `false`, `[]`, or `''` (numbers included). */
export function emptyFormValueFor(kind: FormFieldKind): FormValue {
  if (kind === 'checkbox') return false;
  if (kind === 'multi-select') return [];
  return '';
}

const TRUE_WORDS = new Set(['true', '1', 'yes', 'on']);
const FALSE_WORDS = new Set(['false', '0', 'no', 'off', '']);

/** A boolean read from `true`/`false`, `1`/`0`, `"yes"`/`"no"`, `"on"`/`"off"`; else `undefined`. */
export function booleanFrom(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (value === null || value === undefined) return false;
  if (typeof value === 'number') return value === 1 ? true : value === 0 ? false : undefined;
  if (typeof value !== 'string') return undefined;
  const word = value.trim().toLowerCase();
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  return undefined;
}

/** A finite number read from a number or a numeric string; `undefined` for anything else. */
export function numberFrom(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const parsed = Number(value.trim());
  return Number.isFinite(parsed) ? parsed : undefined;
}

/**
 * An API value turned into what the field's widget holds, only where nothing is lost: numbers
 * and booleans become strings for text widgets, `"true"`/`"1"` become booleans for checkboxes,
 * numeric strings become numbers, select values become option keys and a single value becomes a
 * one-item list for a multi-select. A value that cannot be converted safely is kept as it is
 * (the schema then reports it). Fields that are not rendered keep the API's value untouched.
 */
export function formValueFor(
  field: Pick<FormFieldModel, 'kind' | 'visible'>,
  value: FieldValue | null | undefined,
): FormValue {
  if (value === null || value === undefined) return emptyFormValueFor(field.kind);
  if (!field.visible || field.kind === 'hidden') return value;
  const { kind } = field;
  if (kind === 'checkbox') return booleanFrom(value) ?? value;
  if (kind === 'number') {
    if (value === '') return '';
    return numberFrom(value) ?? value;
  }
  if (kind === 'multi-select') {
    const items = Array.isArray(value) ? value : value === '' ? [] : [value];
    return items.map((item) => optionKeyOf(item));
  }
  if (Array.isArray(value)) return value;
  return optionKeyOf(value);
}
