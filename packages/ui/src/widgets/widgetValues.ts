import type { FormValue } from '@plugboard/core';

/** A value as an `<input>` shows it: strings as they are, numbers and booleans as text, empty as `''`. */
export function textOf(value: FormValue | unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value) ?? '';
}

/** Whether a checkbox value is on: `true`, `"true"`, `1`, `"yes"`, `"on"`. */
export function isChecked(value: FormValue | unknown): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value === 1;
  if (typeof value !== 'string') return false;
  return ['true', '1', 'yes', 'on'].includes(value.trim().toLowerCase());
}

/** A multi-select value as a list of option keys (strings); a single value becomes a list of one. */
export function keysOf(value: FormValue | unknown): string[] {
  if (value === null || value === undefined || value === '') return [];
  const items: unknown[] = Array.isArray(value) ? value : [value];
  return items.map(textOf);
}
