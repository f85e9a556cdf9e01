import type { FormValue } from '@plugboard/core';
import { booleanFrom, optionKeyOf } from '@plugboard/core/internal';

/**
 * A value as an `<input>` shows it: strings as they are, numbers and booleans as text, empty as
 * `''` (the form's own option key of the value).
 */
export const textOf: (value: FormValue | unknown) => string = optionKeyOf;

/** Whether a checkbox value is on: `true`, `"true"`, `1`, `"yes"`, `"on"`. */
export function isChecked(value: FormValue | unknown): boolean {
  return booleanFrom(value) === true;
}

/** A multi-select value as a list of option keys (strings); a single value becomes a list of one. */
export function keysOf(value: FormValue | unknown): string[] {
  if (value === null || value === undefined || value === '') return [];
  const items: unknown[] = Array.isArray(value) ? value : [value];
  return items.map(textOf);
}
