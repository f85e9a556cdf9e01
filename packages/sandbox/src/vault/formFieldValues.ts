import { isPlainObject } from '../http/jsonResponse';
import type { FieldProblems } from './vaultError';
import type { FormField, FormFieldOption, SimpleFormFieldOption } from './vaultTypes';

type Scalar = string | number | boolean;

function isScalar(value: unknown): value is Scalar {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

function simpleOptions(options: FormFieldOption[] | undefined): SimpleFormFieldOption[] {
  return (options ?? []).flatMap((option) =>
    option.option_type === 'group' ? option.options : [option],
  );
}

function isOffered(value: Scalar, options: SimpleFormFieldOption[]): boolean {
  return options.some((option) => option.value === value);
}

function isValidDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

function isValidTime(text: string): boolean {
  const match = /^(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(text);
  if (!match) return false;
  return Number(match[1]) < 24 && Number(match[2]) < 60 && Number(match[3] ?? 0) < 60;
}

function isValidUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * What is wrong with a value for a form field, in words a user can act on; undefined when the
 * value is acceptable. `null` always is (it clears the value). `siblings` are the other values of
 * the same form, for `filtered-select`.
 */
export function problemWithValue(
  field: FormField,
  value: unknown,
  siblings: Record<string, unknown>,
): string | undefined {
  if (value === null) return undefined;
  switch (field.type) {
    case 'checkbox':
    case 'boolean':
      return typeof value === 'boolean' ? undefined : `${field.label} must be true or false`;
    case 'number':
      return typeof value === 'number' && Number.isFinite(value)
        ? undefined
        : `${field.label} must be a number`;
    case 'email':
      return typeof value === 'string' && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)
        ? undefined
        : `${field.label} must be an email address`;
    case 'url':
      return typeof value === 'string' && isValidUrl(`${field.prefix ?? ''}${value}`)
        ? undefined
        : `${field.label} must be a URL`;
    case 'tel':
    case 'phone':
      return typeof value === 'string' && /^\+?[0-9][0-9 ().-]{4,24}$/.test(value)
        ? undefined
        : `${field.label} must be a phone number`;
    case 'date':
      return typeof value === 'string' && isValidDate(value)
        ? undefined
        : `${field.label} must be a date (YYYY-MM-DD)`;
    case 'time':
      return typeof value === 'string' && isValidTime(value)
        ? undefined
        : `${field.label} must be a time (HH:MM)`;
    case 'datetime':
      return typeof value === 'string' &&
        /\d{4}-\d{2}-\d{2}T/.test(value) &&
        !Number.isNaN(Date.parse(value))
        ? undefined
        : `${field.label} must be a date and time (ISO 8601)`;
    case 'select': {
      if (!isScalar(value)) return `${field.label} must be one of the options`;
      const options = simpleOptions(field.options);
      if (field.allow_custom_values || options.length === 0 || isOffered(value, options)) {
        return undefined;
      }
      return `${JSON.stringify(value)} is not one of the options for ${field.label}`;
    }
    case 'multi-select': {
      if (!Array.isArray(value) || !value.every(isScalar)) {
        return `${field.label} must be a list of options`;
      }
      const options = simpleOptions(field.options);
      if (field.allow_custom_values || options.length === 0) return undefined;
      const unknown = value.filter((item) => !isOffered(item, options));
      return unknown.length === 0
        ? undefined
        : `${unknown.map((item) => JSON.stringify(item)).join(', ')} not among the options for ${field.label}`;
    }
    case 'filtered-select': {
      if (!isScalar(value)) return `${field.label} must be one of the options`;
      const filterId = field.filter?.value;
      const filterValue = filterId === undefined ? undefined : siblings[filterId];
      const group = (field.options ?? []).find(
        (option) => option.option_type === 'group' && option.id === String(filterValue),
      );
      if (group?.option_type !== 'group') {
        return `Choose ${filterId ?? 'the filter field'} before ${field.label}`;
      }
      return field.allow_custom_values || isOffered(value, group.options)
        ? undefined
        : `${JSON.stringify(value)} is not an option for ${field.label} with ${filterId} ${JSON.stringify(filterValue)}`;
    }
    default:
      return typeof value === 'string' ? undefined : `${field.label} must be text`;
  }
}

/** Field types that display a value and never take one from the user. */
const READ_ONLY_TYPES = new Set(['copy', 'info']);

/** The result of checking a settings update. */
export type SettingsCheck =
  | { ok: true; settings: Record<string, unknown> }
  | { ok: false; status: 400 | 422; problems: FieldProblems };

/**
 * Checks a partial update of form values and returns the merged values. Unknown ids are a 400
 * (the request names something that does not exist); values of the wrong type or outside the
 * options are a 422. Both name the field id, so a client can show the message on that field.
 * Changing a `disabled`, `copy` or `info` field is a 422 (they are read-only).
 */
export function checkFormValuesUpdate(
  fields: FormField[],
  current: Record<string, unknown>,
  update: unknown,
  what: string,
): SettingsCheck {
  if (!isPlainObject(update)) {
    return {
      ok: false,
      status: 400,
      problems: { invalid: [{ [what]: `${what} must be an object` }] },
    };
  }
  const byId = new Map(fields.map((field) => [field.id, field]));
  const unknown = Object.keys(update).filter((id) => !byId.has(id));
  if (unknown.length > 0) {
    return {
      ok: false,
      status: 400,
      problems: { invalid: unknown.map((id) => ({ [id]: `Unknown ${what} field: ${id}` })) },
    };
  }
  const merged: Record<string, unknown> = { ...current, ...update };
  const invalid: Array<Record<string, string>> = [];
  for (const [id, value] of Object.entries(update)) {
    const field = byId.get(id) as FormField;
    const readOnly = field.disabled === true || READ_ONLY_TYPES.has(field.type);
    if (readOnly && JSON.stringify(value) !== JSON.stringify(current[id] ?? field.value ?? null)) {
      invalid.push({ [id]: `${field.label} is read-only` });
      continue;
    }
    const problem = problemWithValue(field, value, merged);
    if (problem) invalid.push({ [id]: problem });
  }
  if (invalid.length > 0) return { ok: false, status: 422, problems: { invalid } };
  for (const [id, value] of Object.entries(update)) {
    if (value === null) delete merged[id];
  }
  return { ok: true, settings: merged };
}
